package org.munacademy.shared.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.munacademy.shared.entity.Texts;

/**
 * The texts of one of the UI bundles ({@code i18n/<name>_ru}, {@code _en}) outside a view: the headers and words of
 * a file the boundary writes (an XLSX export) in the language of whoever asked for it — a view passes its UI's
 * locale, REST the request's Accept-Language. Russian for a Russian locale, English for every other; no fallback
 * between them (a missing key shows as {@code !key!}, and {@code TranslationsTest} keeps the bundles complete).
 */
public final class BundleTexts implements Texts {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String bundle;
    private final Locale locale;

    private BundleTexts(String bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The texts of {@code i18n/<name>} in Russian for a Russian locale, else in English. */
    public static BundleTexts of(String name, Locale locale) {
        return new BundleTexts("i18n/" + name,
                locale != null && RUSSIAN.getLanguage().equals(locale.getLanguage()) ? RUSSIAN : Locale.ENGLISH);
    }

    /** The first of the acceptable languages (Accept-Language, most wanted first) that we speak; English if none. */
    public static BundleTexts accepting(String name, List<Locale> acceptable) {
        for (Locale l : acceptable == null ? List.<Locale>of() : acceptable) {
            if (RUSSIAN.getLanguage().equals(l.getLanguage()) || Locale.ENGLISH.getLanguage().equals(l.getLanguage())) {
                return of(name, l);
            }
        }
        return of(name, Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    @Override
    public String text(String key, Object... args) {
        String pattern;
        try {
            ResourceBundle b = ResourceBundle.getBundle(bundle, locale, BundleTexts.class.getClassLoader(),
                    NO_FALLBACK);
            pattern = b.containsKey(key) ? b.getString(key) : null;
        } catch (MissingResourceException e) {
            pattern = null;
        }
        if (pattern == null) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
