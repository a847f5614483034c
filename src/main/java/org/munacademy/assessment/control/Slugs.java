package org.munacademy.assessment.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.munacademy.shared.control.CyrillicLatin;

/**
 * Question codes made from titles: Cyrillic transliterated as passports write it ({@link CyrillicLatin}: ж zh, х kh,
 * ц ts, щ shch, ъ ie, ю iu, я ia), accents dropped, anything else outside {@code [a-z0-9._]} a hyphen.
 */
public final class Slugs {

    private Slugs() {
    }

    /** The slug of a text: lower case, {@code "Тема 2-08 ЭП"} gives {@code "tema-2-08-ep"}; "" when nothing is left. */
    public static String slug(String text) {
        String s = Normalizer.normalize(text == null ? "" : text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            String latin = CyrillicLatin.of(ch);
            if (latin != null) {
                b.append(latin);
            } else if (ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '.' || ch == '_') {
                b.append(ch);
            } else {
                String plain = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "");
                b.append(plain.matches("[a-z0-9]+") ? plain : "-");
            }
        }
        return b.toString().replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", "");
    }

    /**
     * The code of a question whose title (Moodle's question name) is no code: the competency and the title as slugs
     * ({@code "Вопрос 1"} for competency DIG-01 gives {@code DIG-01-vopros-1}; a title without a Latin or Cyrillic
     * letter or digit gives 8 hex digits of its SHA-256), cut to leave room for a suffix within {@code max}
     * characters; {@code -2}, {@code -3}, … when {@code taken} (lower-case codes of earlier items of the file) has
     * it. The same file gives the same codes, so importing it again finds the questions it created.
     */
    public static String questionCode(String competency, String title, Set<String> taken, int max) {
        String slug = slug(title);
        String prefix = slug(competency).toUpperCase(Locale.ROOT);
        String base = (prefix.isEmpty() ? "Q" : prefix) + "-" + (slug.isEmpty() ? digest(title) : slug);
        base = base.length() > max - 4 ? base.substring(0, max - 4).replaceAll("[-.]+$", "") : base;
        String code = base;
        for (int n = 2; taken.contains(code.toLowerCase(Locale.ROOT)); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
