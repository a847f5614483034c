package org.munacademy.identity.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import org.munacademy.identity.entity.UserName;
import org.munacademy.shared.control.CyrillicLatin;

/**
 * User names for accounts that nobody typed (the staff-list import): the surname transliterated into Latin letters,
 * a dot and the initials — «Смирнова Анна Викторовна» is {@code smirnova.av} — the way Russian organisations name
 * their directory logins. Transliteration follows ICAO Doc 9303, the table Russian international passports use
 * ({@link CyrillicLatin}): people recognise their name as it is written in their passport. The
 * result always satisfies {@link UserName#isWellFormed} (Latin letters, digits, dot, dash; at most 60 characters);
 * a name already taken gets the smallest free number appended ({@code smirnova.av2}, {@code smirnova.av3} …), so
 * the same people and the same existing names always give the same user names.
 */
public final class UserNames {

    /** The longest user name ({@link org.munacademy.identity.entity.Account#USERNAME_PATTERN}). */
    public static final int MAX_LENGTH = 60;

    /** The name given when nothing of the surname or the e-mail address can be written in the safe set. */
    static final String FALLBACK = "employee";

    private UserNames() {
    }

    /**
     * Latin spelling of a text: Cyrillic letters by the ICAO table, Latin letters without their accents, digits
     * kept, spaces and dashes between parts as one dash ({@code petrova-vodkina}), anything else (apostrophes,
     * other scripts) dropped; lower case.
     */
    public static String transliterate(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder latin = new StringBuilder();
        for (char c : Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFC).toCharArray()) {
            String mapped = CyrillicLatin.of(c);
            // a Latin letter loses its accents (é → e); й and ё are whole letters of the table above
            latin.append(mapped != null ? mapped
                    : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
        }
        String plain = latin.toString();
        StringBuilder out = new StringBuilder();
        for (char c : plain.toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            } else if ((c == '-' || c == '–' || Character.isWhitespace(c)) && out.length() > 0
                    && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /**
     * The user name a person would get if it were free: {@code surname.initials}; without a surname that can be
     * written in Latin letters, the e-mail address's local part; without either, {@value #FALLBACK}.
     */
    public static String base(String lastName, String firstName, String middleName, String email) {
        String surname = transliterate(lastName);
        String initials = initial(firstName) + initial(middleName);
        String name;
        if (!surname.isEmpty()) {
            name = initials.isEmpty() ? surname : surname + "." + initials;
        } else {
            name = localPart(email);
        }
        name = trimToLength(name, MAX_LENGTH);
        return UserName.isWellFormed(name) ? name : FALLBACK;
    }

    /**
     * {@code base} if it is free, else {@code base2}, {@code base3} … (shortened so that the number fits).
     *
     * @param taken whether a name is used already (by an account, or by another name of the same import)
     */
    public static String unique(String base, Predicate<String> taken) {
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = String.valueOf(n);
            String candidate = trimToLength(base, MAX_LENGTH - suffix.length()) + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    private static String initial(String name) {
        String latin = transliterate(name).replace("-", "");
        // the first Cyrillic letter may transliterate to two Latin ones (Юлия → iu): the initial is its first
        return latin.isEmpty() ? "" : latin.substring(0, 1);
    }

    private static String localPart(String email) {
        if (email == null || email.indexOf('@') <= 0) {
            return "";
        }
        String local = UserName.normalise(email.substring(0, email.indexOf('@')));
        StringBuilder out = new StringBuilder();
        for (char c : local.toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_') {
                out.append(c);
            }
        }
        while (out.length() > 0 && !Character.isLetterOrDigit(out.charAt(0))) {
            out.deleteCharAt(0);
        }
        return out.toString();
    }

    /** Cut to at most {@code max} characters, without a dot or dash left at the end. */
    private static String trimToLength(String name, int max) {
        String cut = name.length() <= max ? name : name.substring(0, max);
        while (!cut.isEmpty() && !Character.isLetterOrDigit(cut.charAt(cut.length() - 1))) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut;
    }
}
