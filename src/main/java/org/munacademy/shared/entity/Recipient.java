package org.munacademy.shared.entity;

import java.util.Locale;

/**
 * Whom a notification goes to: an account's user name for the in-app list (or {@code null} for a person without
 * an account), an e-mail address for mail (or {@code null}), and the language they read in.
 */
public record Recipient(String username, String email, Locale language) {

    public Recipient {
        language = language == null ? Locale.forLanguageTag("ru") : language;
        email = email == null || email.isBlank() ? null : email.trim();
    }
}
