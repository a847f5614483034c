package org.munacademy.assessment.control;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The rich texts of GIFT ({@code [html]} and {@code [markdown]}) as the bank keeps every question text: plain text
 * with its images as file references ({@code FileRefs}), the form storage, scoring, the diff, the views and QTI all
 * read. {@code [markdown]} is rendered to HTML by commonmark-java (with GFM tables); HTML is cleaned by jsoup's
 * {@link Cleaner} against a {@link Safelist} (script, style, event handlers, {@code javascript:} links never get
 * through), then laid out as text: paragraphs, headings, list items and table rows on lines of their own, list
 * items marked ({@code •} or their number), {@code <br>} a line break, a link as its text followed by its address
 * in brackets (only http, https and mailto addresses survive the cleaning), and {@code <pre>} kept verbatim (spaces
 * and line breaks as written). Emphasis is not kept: the bank has no rich text. Images are not this class's
 * business: the reader has already replaced each {@code <img>} by a file reference (a {@code data:} image stored
 * like a QTI one; an image at an outside address is refused with a message, never fetched).
 */
final class GiftText {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    /** What survives the cleaning: jsoup's relaxed list (links with http, https, mailto) plus rules and struck text. */
    private static final Safelist SAFELIST = Safelist.relaxed().addTags("hr", "del", "s")
            .removeProtocols("a", "href", "ftp");

    /** Stands for a line break inside {@code <pre>} until the other lines are tidied. */
    private static final char PRE_BREAK = '\u0000';
    /** Stands for a space inside {@code <pre>} until the other lines are tidied. */
    private static final char PRE_SPACE = '\u0001';

    private GiftText() {
    }

    /** Markdown (CommonMark with GFM tables) as HTML, not yet cleaned. */
    static String markdownToHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    /** HTML, cleaned, as the bank's plain text; stripped. */
    static String plain(String html) {
        Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(html));
        StringBuilder out = new StringBuilder();
        children(clean.body(), out, false);
        StringBuilder tidy = new StringBuilder();
        for (String line : out.toString().split("\n", -1)) {
            tidy.append(line.strip()).append('\n');
        }
        return tidy.toString().replaceAll("\n{3,}", "\n\n").strip()
                .replace(PRE_BREAK, '\n').replace(PRE_SPACE, ' ');
    }

    private static void children(Element parent, StringBuilder out, boolean pre) {
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                if (pre) {
                    out.append(text.replace("\r\n", "\n").replace('\n', PRE_BREAK).replace(' ', PRE_SPACE)
                            .replace('\t', PRE_SPACE));
                } else {
                    out.append(text.replace('\u00a0', ' ').replaceAll("\\s+", " "));
                }
            } else if (node instanceof Element e) {
                element(e, out, pre);
            }
        }
    }

    private static void element(Element e, StringBuilder out, boolean pre) {
        switch (e.normalName()) {
            case "br" -> out.append(pre ? PRE_BREAK : '\n');
            case "pre" -> {
                block(out);
                // a line break right after <pre> is not content (HTML drops it too)
                StringBuilder inner = new StringBuilder();
                children(e, inner, true);
                String text = inner.length() > 0 && inner.charAt(0) == PRE_BREAK ? inner.substring(1)
                        : inner.toString();
                while (text.endsWith(String.valueOf(PRE_BREAK))) {
                    text = text.substring(0, text.length() - 1);
                }
                out.append(text);
                block(out);
            }
            case "li" -> {
                Element list = e.parent();
                boolean ordered = list != null && list.normalName().equals("ol");
                int start = ordered && list.hasAttr("start") ? number(list.attr("start")) : 1;
                block(out);
                out.append(ordered ? (start + e.elementSiblingIndex()) + ". " : "• ");
                children(e, out, pre);
                block(out);
            }
            case "a" -> {
                int from = out.length();
                children(e, out, pre);
                String label = out.substring(from).strip();
                String href = e.attr("href").strip();
                if (!href.isEmpty() && !href.equals(label) && !href.equals("mailto:" + label)) {
                    out.append(label.isEmpty() ? href : " (" + href + ")");
                }
            }
            case "td", "th" -> {
                children(e, out, pre);
                out.append(' ');
            }
            case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "ul", "ol", "table", "hr",
                    "dl", "dt", "dd", "caption" -> {
                block(out);
                children(e, out, pre);
                block(out);
            }
            default -> children(e, out, pre);
        }
    }

    /** Starts a new line unless the text is empty or a line has just started (blocks never make blank lines). */
    private static void block(StringBuilder out) {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        if (end > 0 && out.charAt(end - 1) != '\n') {
            out.append('\n');
        }
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
