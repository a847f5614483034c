package org.munacademy.assessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.munacademy.assessment.entity.RichText;

class RichHtmlTest {

    private static final String SHA = "a".repeat(64);
    private static final String FRACTION = "<math display=\"block\"><mfrac><mn>1</mn><mi>x</mi></mfrac></math>";

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script><b>x</b>", "<img src=x onerror=alert(1)><b>x</b>",
        "<a href=\"javascript:alert(1)\">x</a>", "<a href=\" JaVaScRiPt:alert(1)\">x</a>",
        "<b onclick=\"alert(1)\" style=\"color:red\">x</b>", "<svg onload=alert(1)><b>x</b></svg>",
        "<iframe src=\"https://evil.example\"></iframe><b>x</b>",
        "<math><mi href=\"javascript:alert(1)\">x</mi></math>",
        "<math><maction actiontype=\"statusline\" onmouseover=\"alert(1)\"><mi>x</mi></maction></math>",
        "<img src=\"https://evil.example/a.png\"><b>x</b>", "<img src=\"data:image/png;base64,AAAA\"><b>x</b>",
        "<style>b{color:red}</style><b>x</b>", "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "<form action=\"https://evil.example\"><input name=p><b>x</b></form>", "<b>x</b><!-- <script> -->",
        "<math><annotation-xml encoding=\"text/html\"><script>alert(1)</script></annotation-xml></math>",
        "<p><math><mtext><img src=x onerror=alert(1)></mtext></math></p>"})
    void hostileMarkupIsRemoved(String hostile) {
        String clean = RichHtml.clean(hostile).toLowerCase(java.util.Locale.ROOT);
        for (String bad : new String[] {"<script", "onerror", "onclick", "onload", "onmouseover", "javascript:",
            "style", "<iframe", "<svg", "evil", "data:", "<form", "<input", "<!--", "maction", "annotation-xml"}) {
            assertFalse(clean.contains(bad), () -> bad + " survived in " + clean);
        }
    }

    @Test
    void mathMlIsKept() {
        String html = "<p>Найдите <math><msup><mi mathvariant=\"bold\">x</mi><mn>2</mn></msup><mo stretchy=\"false\">"
                + "+</mo><msqrt><mi>y</mi></msqrt><semantics><mrow><mi>z</mi></mrow>"
                + "<annotation encoding=\"application/x-tex\">z</annotation></semantics></math></p>" + FRACTION;
        assertEquals(html, RichHtml.clean(html));
    }

    @Test
    void linksAreForcedToOpenSafely() {
        assertEquals("<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow noopener\" target=\"_blank\">"
                + "site</a> <a href=\"mailto:a@example.org\" rel=\"nofollow noopener\" target=\"_blank\">mail</a>",
                RichHtml.clean("<a href=\"https://example.org/a?b=1&c=2\" target=\"_self\" rel=\"opener\">site</a> "
                        + "<a href=\"mailto:a@example.org\">mail</a>"));
        assertEquals("x", RichHtml.clean("<a href=\"ftp://example.org\">x</a>"));
    }

    @Test
    void onlyFileStoreImagesStay() {
        assertEquals("<p>a <img src=\"file:" + SHA + "\" alt=\"схема\"> b</p>",
                RichHtml.clean("<p>a ![схема](file:" + SHA + ") b</p>"));
        assertEquals("<img src=\"file:" + SHA + "\" alt=\"\">",
                RichHtml.clean("<img src=\"file:" + SHA + "\" alt=\"\" width=\"9\">"));
        assertEquals("", RichHtml.clean("<img src=\"file:../etc/passwd\">"));
    }

    @Test
    void tablesListsAndCodeAreKept() {
        String html = "<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>"
                + "<ol start=\"2\"><li><u>u</u></li></ol><ul><li><i>i</i> <em>e</em></li></ul><pre><code>x  y\n"
                + "z</code></pre><blockquote>q</blockquote><p>H<sub>2</sub>O x<sup>2</sup><br></p>";
        assertEquals(html, RichHtml.clean(html));
    }

    @Test
    void onlyTextsThatWouldLoseSomethingBecomeRich() {
        assertEquals("plain", RichHtml.richOrPlain("<p>Вопрос</p>", () -> "plain"));
        assertEquals("plain", RichHtml.richOrPlain("<p><strong> </strong></p>", () -> "plain"));
        String rich = RichHtml.richOrPlain("<p><strong>Вопрос</strong><script>x</script></p>", () -> "plain");
        assertEquals(RichText.PREFIX + "<p><strong>Вопрос</strong></p>", rich);
        assertTrue(RichText.isRich(rich));
        assertEquals("Вопрос", RichText.plain(rich));
    }

    @Test
    void plainTextOfRichTextKeepsLinesAndImages() {
        assertEquals("a b\nc\n![p](file:" + SHA + ")",
                RichText.plain(RichText.of("<p>a <b>b</b></p><p>c</p><img src=\"file:" + SHA + "\" alt=\"p\">")));
        assertEquals("plain <b>", RichText.plain("plain <b>"));
    }

    @Test
    void xhtmlPutsMathInItsNamespaceAndImagesAtTheirPaths() {
        String x = RichHtml.xhtml(RichText.of("<p>a<br><img src=\"file:" + SHA + "\" alt=\"p\">&nbsp;</p>"
                + FRACTION), sha -> "media/" + sha + ".png");
        assertEquals("<p>a<br /><img src=\"media/" + SHA + ".png\" alt=\"p\" />&#xa0;</p><math display=\"block\" "
                + "xmlns=\"" + RichHtml.MATHML_NS + "\"><mfrac><mn>1</mn><mi>x</mi></mfrac></math>", x);
    }
}
