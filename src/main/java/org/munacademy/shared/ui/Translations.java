package org.munacademy.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * All UI texts, from one resource bundle per bounded context ({@code i18n/<context>_ru.properties} and
 * {@code _en}). Russian is the default; English is the second language. The base bundle (no suffix) is empty on
 * purpose so that a missing key shows as {@code !key!} rather than silently in another language.
 */
@ApplicationScoped
public class Translations implements I18NProvider {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(RUSSIAN, ENGLISH);

    /** One bundle per context; a new context adds its name here. */
    static final List<String> BUNDLES = List.of("shared", "organisation", "identity", "identity-admin",
            "competency", "assessment", "assessment-admin", "kit", "staff", "notify",
            "errors-shared", "errors-organisation", "errors-identity", "errors-competency", "errors-assessment");

    private static final Logger LOG = Logger.getLogger(Translations.class.getName());
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = ENGLISH.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? ENGLISH : RUSSIAN;
        for (String bundle : BUNDLES) {
            ResourceBundle b;
            try {
                b = ResourceBundle.getBundle("i18n/" + bundle, effective, Translations.class.getClassLoader(),
                        NO_FALLBACK);
            } catch (MissingResourceException e) {
                continue;
            }
            if (b.containsKey(key)) {
                String text = b.getString(key);
                return params.length == 0 ? text : new MessageFormat(text, effective).format(params);
            }
        }
        LOG.fine(() -> "Missing translation " + key + " for " + effective);
        return "!" + key + "!";
    }
}
