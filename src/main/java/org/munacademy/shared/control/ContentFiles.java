package org.munacademy.shared.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The seed content shipped in the WAR: the top-level {@code content/} folder of the project is copied to
 * {@code content/} on the class path by the build.
 */
public final class ContentFiles {

    private ContentFiles() {
    }

    /** The rows of a CSV file under {@code content/}, or empty when the file is not there. */
    public static Optional<List<Table.Row>> csv(String path) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = ContentFiles.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream("content/" + path)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(Csv.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text (UTF-8) of a file under {@code content/}, or empty when the file is not there. */
    public static Optional<String> text(String path) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = ContentFiles.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream("content/" + path)) {
            return in == null ? Optional.empty()
                    : Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a (binary) file under {@code content/}, or empty when the file is not there. */
    public static Optional<byte[]> bytes(String path) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = ContentFiles.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream("content/" + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Thrown when a content file breaks a rule: names the file, the line and what is wrong. */
    public static class ContentException extends RuntimeException {
        public ContentException(String file, int line, String problem) {
            super("content/" + file + ", line " + line + ": " + problem);
        }
    }
}
