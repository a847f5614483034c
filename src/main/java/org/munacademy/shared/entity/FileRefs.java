package org.munacademy.shared.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a plain text refers to a stored file it shows (an image in a question's stem or option):
 * {@code ![alt text](file:<sha256>)}, the Markdown image syntax with the file's content address. Texts stay plain
 * text everywhere (storage, diff, scoring, exchange formats); a view renders such a reference as an image served by
 * the file store, an exchange format writes the file itself and reads it back to the same reference.
 */
public final class FileRefs {

    /** A reference: group 1 the alternative text, group 2 the SHA-256 in lower-case hex. */
    public static final Pattern REFERENCE = Pattern.compile("!\\[([^\\]\\n]*)]\\(file:([0-9a-f]{64})\\)");

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private FileRefs() {
    }

    /** A piece of a text: plain text, or a file shown in its place. */
    public sealed interface Part permits Text, Ref {
    }

    /** Plain text. */
    public record Text(String text) implements Part {
    }

    /** A stored file shown in the text, with its alternative text (may be empty). */
    public record Ref(String sha256, String alt) implements Part {
    }

    /** Whether the string is a SHA-256 in lower-case hex (a file's address). */
    public static boolean isSha256(String s) {
        return s != null && SHA256.matcher(s).matches();
    }

    /**
     * The reference to a file with an alternative text; brackets and line breaks in the alternative text are
     * replaced (they would end the reference), white space is collapsed.
     */
    public static String reference(String sha256, String alt) {
        if (!isSha256(sha256)) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        String a = alt == null ? "" : alt.replaceAll("[\\[\\]]", "").replaceAll("\\s+", " ").strip();
        return "![" + a + "](file:" + sha256 + ")";
    }

    /** The files a text refers to, in order of first appearance (also inside JSON: the syntax needs no escaping). */
    public static Set<String> files(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
                out.add(m.group(2));
            }
        }
        return out;
    }

    /** The text cut into plain pieces and references, in order; an empty text gives no parts. */
    public static List<Part> parts(String text) {
        List<Part> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        Matcher m = REFERENCE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(new Text(text.substring(at, m.start())));
            }
            out.add(new Ref(m.group(2), m.group(1)));
            at = m.end();
        }
        if (at < text.length()) {
            out.add(new Text(text.substring(at)));
        }
        return out;
    }

    /** The text with every reference replaced by its alternative text (or "🖼" when it has none), for previews. */
    public static String plain(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(m.group(1).isBlank() ? "🖼" : m.group(1)));
        }
        m.appendTail(b);
        return b.toString();
    }
}
