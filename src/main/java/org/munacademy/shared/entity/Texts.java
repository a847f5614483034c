package org.munacademy.shared.entity;

/**
 * Where user-facing texts come from, in one language: a bundle key and its arguments give the text. The REST
 * problem mapper passes the request's language (Accept-Language), a view passes its own
 * {@code Component::getTranslation}; exceptions never decide the language themselves.
 */
@FunctionalInterface
public interface Texts {

    String text(String key, Object... args);

    /**
     * The text of a key whose arguments may themselves be texts ({@link Translatable}: a place in a file, a field's
     * name): those are put in this language first, so that "строка 12" stands in a Russian text and "line 12" in an
     * English one.
     */
    default String render(String key, Object... args) {
        Object[] resolved = args.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof Translatable t) {
                resolved[i] = t.text(this);
            }
        }
        return text(key, resolved);
    }
}
