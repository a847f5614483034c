package org.munacademy.assessment.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.munacademy.assessment.entity.AssessmentImportError;
import org.munacademy.shared.entity.FileRefs;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.entity.Location;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The XML side of the QTI package reader and writer: a parser that is safe against hostile files, DOM helpers that
 * look at local names only (QTI 2.0, 2.1 and 2.2 differ in namespace, not in structure), the plain text of mixed
 * content, and a small escaping writer.
 */
final class QtiXml {

    /** Deeper nesting than this is refused by the parser (no QTI item comes close). */
    private static final int MAX_ELEMENT_DEPTH = 200;

    private QtiXml() {
    }

    /** A problem with one file: the code and arguments of the user's text (the message is for developers). */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        private final transient AssessmentImportError code;
        private final transient Object[] args;

        Invalid(AssessmentImportError code, Object... args) {
            super(code.name() + java.util.Arrays.toString(args), null, false, false);
            this.code = code;
            this.args = args.clone();
        }

        AssessmentImportError code() {
            return code;
        }

        /** The problem as an error of the import at a place of the package. */
        ImportError at(Location location) {
            return ImportError.of(location, code, args);
        }
    }

    // ---------------------------------------------------------------- parsing

    /**
     * Parses a file with a DOM parser that refuses any DOCTYPE (so no entity can be declared, expanded or fetched:
     * neither XXE nor "billion laughs"), loads no external DTD or schema, does not process XInclude and runs in
     * secure-processing mode with a depth limit.
     */
    static Document parse(byte[] bytes) throws Invalid {
        DocumentBuilder builder;
        try {
            builder = factory().newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser cannot be configured safely", e);
        }
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
        });
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // ignored: warnings do not stop the import
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        try {
            return builder.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXParseException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE") || message.contains("disallow-doctype-decl")) {
                throw new Invalid(AssessmentImportError.QTI_DOCTYPE);
            }
            if (message.contains("maxElementDepth") || message.contains("ElementDepth")) {
                throw new Invalid(AssessmentImportError.QTI_TOO_DEEP, MAX_ELEMENT_DEPTH);
            }
            // the parser's own message is not for users: the position is enough to find the error
            throw new Invalid(AssessmentImportError.QTI_XML_INVALID_AT, e.getLineNumber(), e.getColumnNumber());
        } catch (SAXException e) {
            throw new Invalid(AssessmentImportError.QTI_XML_INVALID);
        } catch (IOException e) {
            throw new Invalid(AssessmentImportError.QTI_UNREADABLE);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        // the JDK's own implementation, whatever else is on the class path
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try {
            f.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth",
                    String.valueOf(MAX_ELEMENT_DEPTH));
        } catch (IllegalArgumentException notSupported) {
            // a parser without this JDK property: the other limits still hold
        }
        return f;
    }

    // ---------------------------------------------------------------- DOM helpers (local names only)

    static String name(Node n) {
        String local = n.getLocalName();
        return local != null ? local : n.getNodeName();
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (localName == null || name(e).equals(localName))) {
                result.add(e);
            }
        }
        return result;
    }

    static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name(e).equals(localName)) {
                return e;
            }
        }
        return null;
    }

    static Element firstChildElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    /** Descendants (not the element itself) with the local name, in document order. */
    static List<Element> descendants(Element root, String localName) {
        List<Element> result = new ArrayList<>();
        collect(root, localName, result);
        return result;
    }

    private static void collect(Element parent, String localName, List<Element> into) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (name(e).equals(localName)) {
                    into.add(e);
                }
                collect(e, localName, into);
            }
        }
    }

    /** An attribute without namespace, trimmed; null when absent or blank. */
    static String attr(Element e, String name) {
        String v = e.getAttribute(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    // ---------------------------------------------------------------- text of mixed content

    private static final Set<String> BLOCKS = Set.of("p", "div", "prompt", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "caption", "blockquote", "pre", "address", "hr",
            "thead", "tbody", "tfoot", "simpleChoice", "simpleAssociableChoice", "simpleMatchSet",
            "feedbackBlock", "modalFeedback", "itemBody", "templateBlock");

    private static final Set<String> CELLS = Set.of("td", "th");

    /** Elements whose content is never part of a text: feedback, rubrics, printed variables. */
    static final Set<String> NOT_TEXT = Set.of("feedbackInline", "feedbackBlock", "modalFeedback", "rubricBlock",
            "printedVariable", "object", "img", "script", "style");

    /**
     * The plain text of an element: tags stripped, blocks and {@code br} as line breaks, whitespace collapsed within
     * a line, lines trimmed, empty lines dropped.
     *
     * @param skip     local names whose content is left out
     * @param replaced elements written as the given text instead of their content
     */
    static String text(Element e, Set<String> skip, Map<Element, String> replaced) {
        StringBuilder sb = new StringBuilder();
        appendText(e, skip, replaced, sb);
        return normalize(sb.toString());
    }

    static String text(Element e) {
        return text(e, NOT_TEXT, Map.of());
    }

    private static void appendText(Node parent, Set<String> skip, Map<Element, String> replaced, StringBuilder sb) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (n.getNodeType()) {
                // line ends in the source are layout, not content: only blocks and <br> break lines
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> sb.append(n.getNodeValue().replace('\n', ' ')
                        .replace('\r', ' '));
                case Node.ELEMENT_NODE -> {
                    Element e = (Element) n;
                    String name = name(e);
                    String replacement = replaced.get(e);
                    if (replacement != null) {
                        sb.append(replacement);
                    } else if (name.equals("br")) {
                        sb.append('\n');
                    } else if (skip.contains(name)) {
                        // left out
                    } else if (BLOCKS.contains(name)) {
                        sb.append('\n');
                        appendText(e, skip, replaced, sb);
                        sb.append('\n');
                    } else if (CELLS.contains(name)) {
                        sb.append(' ');
                        appendText(e, skip, replaced, sb);
                        sb.append(' ');
                    } else {
                        appendText(e, skip, replaced, sb);
                    }
                }
                default -> {
                    // comments, processing instructions
                }
            }
        }
    }

    /**
     * The content of an element as HTML, for rich text ({@link RichHtml} sanitises it): elements by their local
     * name (so MathML with an {@code m:} prefix or in the default namespace reads alike), attributes without
     * namespace; text escaped.
     *
     * @param skip     local names whose content is left out
     * @param replaced elements written as the given HTML instead of their content
     */
    static String html(Element e, Set<String> skip, Map<Element, String> replaced) {
        StringBuilder sb = new StringBuilder();
        appendHtml(e, skip, replaced, sb);
        return sb.toString();
    }

    private static void appendHtml(Node parent, Set<String> skip, Map<Element, String> replaced, StringBuilder sb) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(escape(n.getNodeValue(), false));
            } else if (n instanceof Element e && replaced.containsKey(e)) {
                sb.append(replaced.get(e));
            } else if (n instanceof Element e && !skip.contains(name(e))) {
                sb.append('<').append(name(e));
                org.w3c.dom.NamedNodeMap attributes = e.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Node a = attributes.item(i);
                    if (a.getNamespaceURI() == null && !a.getNodeName().contains(":")) {
                        sb.append(' ').append(a.getNodeName()).append("=\"").append(escape(a.getNodeValue(), true))
                                .append('"');
                    }
                }
                sb.append('>');
                if (!Set.of("br", "img", "hr").contains(name(e))) {
                    appendHtml(e, skip, replaced, sb);
                    sb.append("</").append(name(e)).append('>');
                }
            }
        }
    }

    /** Whitespace collapsed within each line, lines trimmed, empty lines dropped, lines joined by '\n'. */
    static String normalize(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("[\\n\\r\\u2028\\u2029]+")) {
            String collapsed = line.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!collapsed.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(collapsed);
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- writing

    /** A tiny XML element tree for writing: elements with text children are written on one line. */
    static final class El {
        final String name;
        final List<String[]> attrs = new ArrayList<>();
        final List<Object> content = new ArrayList<>();

        El(String name) {
            this.name = name;
        }

        El attr(String attrName, Object value) {
            if (value != null) {
                attrs.add(new String[] {attrName, String.valueOf(value)});
            }
            return this;
        }

        El add(El child) {
            content.add(child);
            return child;
        }

        El with(El child) {
            content.add(child);
            return this;
        }

        /** Well-formed XML written as it is (a rich text's XHTML, {@link RichHtml#xhtml}). */
        El raw(String xml) {
            if (xml != null && !xml.isEmpty()) {
                content.add(new Raw(xml));
            }
            return this;
        }

        El text(String text) {
            if (text != null && !text.isEmpty()) {
                content.add(text);
            }
            return this;
        }

        /** Plain text whose lines are separated by {@code <br/>}. */
        El lines(String text) {
            return lines(text, Map.of());
        }

        /**
         * Plain text whose lines are separated by {@code <br/>}; a file reference whose address {@code media} maps
         * to a path becomes an {@code img} with that {@code src} (an {@code object} for audio and video).
         */
        El lines(String text, Map<String, String> media) {
            if (text == null) {
                return this;
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    content.add(new El("br"));
                }
                for (FileRefs.Part part
                        : FileRefs.parts(lines[i])) {
                    if (part instanceof FileRefs.Ref ref
                            && media.containsKey(ref.sha256())) {
                        content.add(media(media.get(ref.sha256()), ref.alt()));
                    } else if (part instanceof FileRefs.Ref ref) {
                        text(FileRefs.reference(ref.sha256(), ref.alt()));
                    } else {
                        text(((FileRefs.Text) part).text());
                    }
                }
            }
            return this;
        }

        /**
         * An {@code img} for an image, an {@code object} with the media type for audio and video (the type known by
         * the extension the package's file was written with), its alternative text the object's fallback content.
         */
        private static El media(String path, String alt) {
            String extension = path.substring(path.lastIndexOf('.') + 1);
            java.util.Optional<org.munacademy.shared.entity.FileType> played = java.util.Arrays.stream(
                    org.munacademy.shared.entity.FileType.values()).filter(t -> t.isAudio() || t.isVideo())
                    .filter(t -> t.extension().equals(extension)).findFirst();
            if (played.isEmpty()) {
                return new El("img").attr("src", path).attr("alt", alt);
            }
            return new El("object").attr("data", path).attr("type", played.get().mediaType()).text(alt);
        }

        String document() {
            StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            write(sb, 0);
            sb.append('\n');
            return sb.toString();
        }

        private void write(StringBuilder sb, int depth) {
            sb.append('<').append(name);
            for (String[] a : attrs) {
                sb.append(' ').append(a[0]).append("=\"").append(escape(a[1], true)).append('"');
            }
            if (content.isEmpty()) {
                sb.append("/>");
                return;
            }
            sb.append('>');
            boolean mixed = content.stream().anyMatch(o -> o instanceof String || o instanceof Raw);
            for (Object c : content) {
                if (!mixed) {
                    sb.append('\n').append("  ".repeat(depth + 1));
                }
                if (c instanceof El el) {
                    el.write(sb, mixed ? 0 : depth + 1);
                } else if (c instanceof Raw r) {
                    sb.append(r.xml());
                } else {
                    sb.append(escape((String) c, false));
                }
            }
            if (!mixed) {
                sb.append('\n').append("  ".repeat(depth));
            }
            sb.append("</").append(name).append('>');
        }
    }

    /** XML content written as it is. */
    record Raw(String xml) {
    }

    /** Escapes markup characters and drops characters XML 1.0 cannot hold. */
    static String escape(String s, boolean attribute) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !Character.isSurrogate(c)) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
