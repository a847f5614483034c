package org.munacademy.assessment.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Question codes made from titles: Cyrillic transliterated (the passport system of 2013, without diacritics:
 * ж zh, х kh, ц ts, щ shch, ъ ie, ю iu, я ia), accents dropped, anything else outside {@code [a-z0-9._]} a hyphen.
 */
public final class Slugs {

    private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєў";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n",
        "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia", "i", "i",
        "e", "u"};

    private Slugs() {
    }

    /** The slug of a text: lower case, {@code "Тема 2-08 ЭП"} gives {@code "tema-2-08-ep"}; "" when nothing is left. */
    public static String slug(String text) {
        String s = Normalizer.normalize(text == null ? "" : text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            int at = CYRILLIC.indexOf(ch);
            if (at >= 0) {
                b.append(LATIN[at]);
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
}
