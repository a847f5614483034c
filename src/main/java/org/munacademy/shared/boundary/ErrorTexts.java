package org.munacademy.shared.boundary;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.munacademy.shared.entity.Texts;

/**
 * The texts of error codes outside the UI (REST problem details, audit entries), from the error bundle of the code's
 * context: key {@code error.<context>.<NAME>} lives in {@code i18n/errors-<context>_ru.properties} and {@code _en}.
 * The UI reads the same bundles through its translation provider.
 */
public final class ErrorTexts implements Texts {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;

    /** English texts: audit entries, logs, and REST answers without an Accept-Language. */
    public static final ErrorTexts IN_ENGLISH = new ErrorTexts(ENGLISH);

    private static final Logger LOG = Logger.getLogger(ErrorTexts.class.getName());
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;

    private ErrorTexts(Locale locale) {
        this.locale = locale;
    }

    /** Texts in Russian for a Russian locale, else in English. */
    public static ErrorTexts in(Locale locale) {
        return locale != null && RUSSIAN.getLanguage().equals(locale.getLanguage()) ? new ErrorTexts(RUSSIAN)
                : IN_ENGLISH;
    }

    /**
     * The language of an answer to a client that accepts these languages (Accept-Language, most wanted first): the
     * first one we speak, English when none (or none given).
     */
    public static ErrorTexts accepting(List<Locale> acceptable) {
        for (Locale l : acceptable == null ? List.<Locale>of() : acceptable) {
            if (RUSSIAN.getLanguage().equals(l.getLanguage())) {
                return new ErrorTexts(RUSSIAN);
            }
            if (ENGLISH.getLanguage().equals(l.getLanguage())) {
                return IN_ENGLISH;
            }
        }
        return IN_ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    @Override
    public String text(String key, Object... args) {
        String pattern = pattern(key, locale);
        if (pattern == null) {
            LOG.warning(() -> "Missing error text " + key + " for " + locale);
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The raw text of an error key in a language, or null when its bundle has none. */
    static String pattern(String key, Locale locale) {
        String[] parts = key.split("\\.");
        if (parts.length < 3 || !parts[0].equals("error")) {
            return null;
        }
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/errors-" + parts[1], locale,
                    ErrorTexts.class.getClassLoader(), NO_FALLBACK);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
