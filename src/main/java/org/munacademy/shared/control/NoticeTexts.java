package org.munacademy.shared.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of notifications, from the {@code i18n/notify} bundles (Russian and English, no fallback between
 * them): a title (the in-app entry and the mail subject), a text (the in-app entry) and a body (the mail, whose
 * last argument is the link), with the arguments filled in.
 * Arguments are kept as a JSON array of strings, so that the in-app list renders them in the reader's language.
 */
public final class NoticeTexts {

    public static final String BUNDLE = "i18n/notify";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private NoticeTexts() {
    }

    /** English for an English locale, Russian for every other. */
    public static Locale language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("ru");
    }

    public static String title(String templateKey, Locale locale, List<String> args) {
        return format(templateKey + ".title", locale, args);
    }

    public static String text(String templateKey, Locale locale, List<String> args) {
        return format(templateKey + ".text", locale, args);
    }

    public static String body(String templateKey, Locale locale, List<String> args) {
        return format(templateKey + ".body", locale, args);
    }

    /** Whether both languages have the title, the text and the body of a template. */
    public static boolean complete(String templateKey) {
        for (Locale l : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
            ResourceBundle b = bundle(l);
            if (!b.containsKey(templateKey + ".title") || !b.containsKey(templateKey + ".text")
                    || !b.containsKey(templateKey + ".body")) {
                return false;
            }
        }
        return true;
    }

    private static String format(String key, Locale locale, List<String> args) {
        Locale effective = language(locale);
        ResourceBundle b = bundle(effective);
        if (!b.containsKey(key)) {
            throw new MissingResourceException("No notification text " + key, BUNDLE, key);
        }
        return new MessageFormat(b.getString(key), effective).format(args.toArray());
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, language(locale), NoticeTexts.class.getClassLoader(), NO_FALLBACK);
    }

    public static String encodeArgs(List<String> args) {
        if (args.isEmpty()) {
            return null;
        }
        JsonArrayBuilder a = Json.createArrayBuilder();
        args.forEach(s -> a.add(s == null ? "" : s));
        return a.build().toString();
    }

    public static List<String> decodeArgs(String json) {
        List<String> out = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            reader.readArray().getValuesAs(JsonString.class).forEach(s -> out.add(s.getString()));
        }
        return out;
    }
}
