package org.munacademy.learning.control;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown of programme descriptions and text lessons as HTML a page may show: rendered by commonmark-java
 * (CommonMark with GFM tables), then cleaned by jsoup's {@link Cleaner} against a {@link Safelist} — the only HTML
 * that reaches a browser. Methodologists may write inline HTML; whatever is not on the list goes: no
 * {@code <script>}, {@code <style>}, {@code <iframe>}, {@code <svg>}, {@code <object>} or forms, no {@code on*}
 * handlers or {@code style} attributes, and links and images only to absolute {@code https:}/{@code http:} (images:
 * {@code https:} only, no {@code data:}) or {@code mailto:} addresses, checked after entities are decoded and
 * whatever the case or white space. Every link that survives opens in a new tab with
 * {@code rel="noopener noreferrer nofollow"}.
 * <p>
 * The result is a fragment of block elements; a Vaadin view shows it in an {@code Html} component wrapped in one
 * {@code <div>}.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .sanitizeUrls(true).build();

    /** What survives: jsoup's relaxed list, without ftp links or plain-http images, plus rules and table alignment. */
    static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("hr", "del", "s")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .removeProtocols("a", "href", "ftp")
            .removeProtocols("img", "src", "http");

    private Markdown() {
    }

    /** The sanitised HTML of the Markdown text; empty for null or blank text. */
    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return clean(RENDERER.render(PARSER.parse(markdown)));
    }

    /** HTML from anywhere, cleaned by the same rules (links opening in a new tab, images without a source gone). */
    public static String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        for (Element a : clean.select("a")) {
            if (a.hasAttr("href")) {
                a.attr("rel", "noopener noreferrer nofollow").attr("target", "_blank");
            } else {
                a.unwrap(); // a link whose address was dropped is just its text
            }
        }
        clean.select("img:not([src])").remove();
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().strip();
    }
}
