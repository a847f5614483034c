package org.munacademy.assessment.control;

import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.munacademy.assessment.entity.RichText;
import org.munacademy.shared.entity.FileRefs;

/**
 * The one sanitiser of rich question texts ({@link RichText}). Allowed: paragraphs and line breaks, emphasis
 * (b, strong, i, em, u), sub and sup, lists, pre and code, blockquote, tables, links to http, https and mailto
 * addresses (always {@code rel="nofollow noopener"} and {@code target="_blank"}), images of the file store
 * ({@code src="file:<sha256>"} only) and presentation MathML with its annotations. Everything else goes: other
 * tags (their text stays, except script and style), style and event attributes, other URL schemes.
 */
public final class RichHtml {

    /** The MathML namespace (QTI writes MathML in it). */
    public static final String MATHML_NS = "http://www.w3.org/1998/Math/MathML";

    static final Set<String> MATH_TAGS = Set.of("math", "mrow", "mi", "mn", "mo", "msup", "msub", "msubsup",
            "mfrac", "msqrt", "mroot", "mtext", "mspace", "mtable", "mtr", "mtd", "mover", "munder", "munderover",
            "semantics", "annotation");

    /** The tags whose presence makes an imported text rich (what plain text would lose). */
    private static final String RICH_SELECTOR = "b, strong, i, em, u, sub, sup, a, ul, ol, pre, code, blockquote, "
            + "table, math";

    private static final Pattern FILE_SRC = Pattern.compile("file:[0-9a-f]{64}");

    private static final Safelist SAFELIST = safelist();

    private RichHtml() {
    }

    private static Safelist safelist() {
        Safelist s = new Safelist()
                .addTags("p", "br", "b", "strong", "i", "em", "u", "sub", "sup", "ul", "ol", "li", "pre", "code",
                        "blockquote", "table", "thead", "tbody", "tr", "th", "td", "a", "img")
                .addAttributes("a", "href").addProtocols("a", "href", "http", "https", "mailto")
                .addEnforcedAttribute("a", "rel", "nofollow noopener").addEnforcedAttribute("a", "target", "_blank")
                .addAttributes("img", "src", "alt")
                .addAttributes("ol", "start").addAttributes("th", "colspan", "rowspan")
                .addAttributes("td", "colspan", "rowspan")
                .preserveRelativeLinks(true);
        MATH_TAGS.forEach(s::addTags);
        MATH_TAGS.forEach(t -> s.addAttributes(t, "mathvariant", "displaystyle", "scriptlevel"));
        s.addAttributes("math", "display");
        s.addAttributes("mo", "stretchy", "fence", "separator", "form", "largeop", "movablelimits", "accent",
                "lspace", "rspace");
        s.addAttributes("mfrac", "linethickness");
        s.addAttributes("mspace", "width", "height", "depth");
        s.addAttributes("mover", "accent").addAttributes("munder", "accentunder")
                .addAttributes("munderover", "accent", "accentunder");
        s.addAttributes("mtd", "columnspan", "rowspan").addAttributes("annotation", "encoding");
        return s;
    }

    /**
     * The HTML sanitised: file references ({@code ![alt](file:sha)}) in its text become images of the file store,
     * then only what the safelist allows stays; an image with any other source and a link without a safe address
     * are dropped (the link's text stays).
     */
    public static String clean(String html) {
        Document doc = Jsoup.parseBodyFragment(html == null ? "" : html);
        doc.body().select("script, style, template, noscript, iframe, object, embed").remove();
        for (TextNode t : textNodes(doc.body())) {
            references(t);
        }
        Document clean = new Cleaner(SAFELIST).clean(doc);
        clean.outputSettings().prettyPrint(false);
        for (Element img : clean.body().select("img")) {
            if (!FILE_SRC.matcher(img.attr("src")).matches()) {
                img.remove();
            }
        }
        for (Element a : clean.body().select("a")) {
            if (!a.hasAttr("href")) {
                a.unwrap();
            }
        }
        // layout white space of the source is not content (except in pre): one space, none at the ends
        for (TextNode t : textNodes(clean.body())) {
            if (t.parent() != null && t.parent().closest("pre") == null) {
                String text = t.getWholeText().replaceAll("[ \\t\\r\\n]+", " ");
                boolean afterSpace = t.previousSibling() instanceof TextNode prev && prev.getWholeText().endsWith(" ");
                text = afterSpace && text.startsWith(" ") ? text.substring(1) : text;
                if (text.isEmpty()) {
                    t.remove();
                } else {
                    t.text(text);
                }
            }
        }
        return clean.body().html().strip();
    }

    /** Whether sanitised HTML holds something plain text would lose (emphasis, links, lists, code, tables, math). */
    public static boolean rich(String cleanHtml) {
        return !Jsoup.parseBodyFragment(cleanHtml).body().select(RICH_SELECTOR).isEmpty();
    }

    /**
     * An imported text in HTML as the bank keeps it: rich text when, sanitised, it holds what plain text would lose,
     * else the plain text {@code plain} gives (as every text was read before rich text).
     */
    public static String richOrPlain(String html, Supplier<String> plain) {
        String clean = clean(html);
        return rich(clean) && !Jsoup.parseBodyFragment(clean).body().text().isBlank() ? RichText.of(clean)
                : plain.get();
    }

    /** The HTML a view shows for a rich text, sanitised again (never the stored string as it is). */
    public static String show(String text) {
        return clean(RichText.html(text));
    }

    /**
     * A rich text as XHTML for QTI: well-formed, MathML in the MathML namespace, each image's {@code src} the
     * address {@code imageSrc} gives for its SHA-256 (an image it gives none for stays a file reference in text).
     */
    public static String xhtml(String text, java.util.function.UnaryOperator<String> imageSrc) {
        Document doc = Jsoup.parseBodyFragment(clean(RichText.html(text)));
        for (Element img : doc.body().select("img")) {
            String sha = img.attr("src").substring(RichText.FILE_SRC.length());
            String src = imageSrc.apply(sha);
            if (src == null) {
                img.replaceWith(new TextNode(FileRefs.reference(sha, img.attr("alt"))));
            } else {
                img.attr("src", src);
            }
        }
        doc.body().select("math").attr("xmlns", MATHML_NS);
        doc.body().select("a").removeAttr("rel").removeAttr("target"); // the reader enforces them again
        doc.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml).charset("UTF-8");
        return doc.body().html();
    }

    private static java.util.List<TextNode> textNodes(Element root) {
        java.util.List<TextNode> out = new java.util.ArrayList<>();
        root.traverse((Node node, int depth) -> {
            if (node instanceof TextNode t) {
                out.add(t);
            }
        });
        return out;
    }

    /** Replaces the file references in a text node by images of the file store. */
    private static void references(TextNode t) {
        String text = t.getWholeText();
        Matcher m = FileRefs.REFERENCE.matcher(text);
        if (!m.find()) {
            return;
        }
        m.reset();
        Node at = t;
        int from = 0;
        while (m.find()) {
            at = after(at, new TextNode(text.substring(from, m.start())));
            at = after(at, new Element("img").attr("src", RichText.FILE_SRC + m.group(2)).attr("alt", m.group(1)));
            from = m.end();
        }
        after(at, new TextNode(text.substring(from)));
        t.remove();
    }

    private static Node after(Node at, Node next) {
        at.after(next);
        return next;
    }
}
