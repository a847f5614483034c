package org.munacademy.shared.entity;

/**
 * A value that is itself a text of the bundles — a place in a file ({@link Location}), a field's name, a note — shown
 * in the reader's language wherever it stands: on its own, or as an argument of another text ({@link Texts#render}
 * puts it in the same language first). Exceptions and records carry such values, never their words.
 */
@FunctionalInterface
public interface Translatable {

    /** The text in the language {@code texts} speaks. */
    String text(Texts texts);
}
