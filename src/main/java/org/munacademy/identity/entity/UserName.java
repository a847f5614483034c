package org.munacademy.identity.entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one spelling of a user name. Names are normalised once, when an account is created (and the same way
 * wherever a typed name is looked up or counted): surrounding spaces removed, Unicode NFC, lower case in the root
 * locale. An account's name must then match {@link Account#USERNAME_PATTERN} (Latin letters, digits, dot, dash,
 * underscore), so that no two names look alike; the database compares them byte for byte (binary collation,
 * migration V5), so that {@code ádmin} never finds {@code admin}.
 */
public final class UserName {

    private static final java.util.regex.Pattern WELL_FORMED =
            java.util.regex.Pattern.compile(Account.USERNAME_PATTERN);

    private UserName() {
    }

    /** The normalised form of a typed or entered name; {@code ""} for none. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return Normalizer.normalize(typed.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Whether a normalised name could belong to an account at all (names outside the safe set never do). */
    public static boolean isWellFormed(String normalised) {
        return normalised != null && WELL_FORMED.matcher(normalised).matches();
    }
}
