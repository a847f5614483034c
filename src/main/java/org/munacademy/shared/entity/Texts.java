package org.munacademy.shared.entity;

/**
 * Where user-facing texts come from, in one language: a bundle key and its arguments give the text. The REST
 * problem mapper passes the request's language (Accept-Language), a view passes its own
 * {@code Component::getTranslation}; exceptions never decide the language themselves.
 */
@FunctionalInterface
public interface Texts {

    String text(String key, Object... args);
}
