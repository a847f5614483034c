package org.munacademy.assessment.entity;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.munacademy.shared.entity.FileRefs;

/**
 * How a question text is kept as rich text (issue 13): a text that starts with {@link #PREFIX} is sanitised HTML
 * (the control's {@code RichHtml} made it, and the views clean it again before they show it), every other text is
 * plain text as before, so stored rows and their JSON read unchanged. Images in rich text are
 * {@code <img src="file:<sha256>">}, the file store's content address like the plain texts' references.
 */
public final class RichText {

    /** What a rich text starts with (an HTML comment: invisible if such a text is ever shown as HTML). */
    public static final String PREFIX = "<!--html-->";
    /** The {@code src} prefix of an image of the file store in rich text. */
    public static final String FILE_SRC = "file:";

    /** An image of the file store in rich text, also inside JSON (the quote may be escaped): group 1 the SHA-256. */
    private static final java.util.regex.Pattern IMG_FILE = java.util.regex.Pattern.compile(
            "src=\\\\?\"file:([0-9a-f]{64})");

    private RichText() {
    }

    /** The files a text shows: its file references and the images of its rich text, in order. */
    public static java.util.Set<String> files(String text) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>(FileRefs.files(text));
        if (text != null) {
            java.util.regex.Matcher m = IMG_FILE.matcher(text);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** Whether the text is rich text. */
    public static boolean isRich(String text) {
        return text != null && text.startsWith(PREFIX);
    }

    /** The rich text of already sanitised HTML. */
    public static String of(String sanitisedHtml) {
        return PREFIX + sanitisedHtml;
    }

    /** The HTML of a rich text (without the marker); a plain text as it is. */
    public static String html(String text) {
        return isRich(text) ? text.substring(PREFIX.length()) : text;
    }

    /**
     * The text as plain text: a rich text's words on one line each block, its images as file references; a plain
     * text as it is.
     */
    public static String plain(String text) {
        if (!isRich(text)) {
            return text;
        }
        Document doc = Jsoup.parseBodyFragment(html(text));
        for (Element img : doc.body().select("img")) {
            String src = img.attr("src");
            String sha = src.startsWith(FILE_SRC) ? src.substring(FILE_SRC.length()) : "";
            img.replaceWith(new TextNode(FileRefs.isSha256(sha) ? FileRefs.reference(sha, img.attr("alt")) : ""));
        }
        for (Element block : doc.body().select("br, p, li, tr, pre, blockquote, h1, h2, h3, h4, h5, h6, div")) {
            block.before(new TextNode("\n"));
            if (!block.normalName().equals("br")) {
                block.after(new TextNode("\n"));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String line : doc.body().wholeText().split("\n")) {
            String l = line.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!l.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(l);
            }
        }
        return out.toString();
    }
}
