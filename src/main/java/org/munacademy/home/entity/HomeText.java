package org.munacademy.home.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text on the home page: a bundle key with its arguments, translated by the home view in the user's language, or
 * plain data shown as it is (a name, a test title, a code).
 */
public record HomeText(String key, List<Object> args) {

    public HomeText {
        args = List.copyOf(args);
        if (key == null && args.size() != 1) {
            throw new IllegalArgumentException("A plain text is exactly one value");
        }
    }

    /**
     * A bundle key with arguments ({@code MessageFormat} placeholders); an argument that is itself a
     * {@code HomeText} is translated before it is put in.
     */
    public static HomeText of(String key, Object... args) {
        return new HomeText(Objects.requireNonNull(key, "key"), Arrays.asList(args));
    }

    /** Data shown as it is, never translated. */
    public static HomeText plain(String text) {
        return new HomeText(null, List.of(text == null ? "" : text));
    }

    public boolean isPlain() {
        return key == null;
    }
}
