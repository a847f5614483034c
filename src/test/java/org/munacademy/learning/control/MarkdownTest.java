package org.munacademy.learning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Markdown is rendered to HTML and cleaned: an XSS corpus (script tags, event handlers, javascript: and data: links
 * in every disguise, SVG with script, iframes, styles with expression or url(javascript:)) renders harmless, while
 * ordinary Markdown keeps its shape.
 */
class MarkdownTest {

    /** Elements the cleaned HTML may hold. */
    private static final Set<String> ALLOWED_TAGS = Set.of("a", "b", "blockquote", "br", "caption", "cite", "code",
            "col", "colgroup", "dd", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "i", "img", "li",
            "ol", "p", "pre", "q", "small", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td",
            "tfoot", "th", "thead", "tr", "u", "ul", "hr", "del", "s", "body", "html", "head", "#root");

    static List<String> corpus() {
        return List.of(
                "<script>alert(1)</script>",
                "Текст <SCRIPT SRC=https://evil.example/x.js></SCRIPT> дальше",
                "<scr<script>ipt>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<IMG SRC=\"https://a.example/i.png\" ONERROR=\"alert(1)\">",
                "<p onclick=\"alert(1)\" onmouseover='alert(2)'>нажми</p>",
                "<a href=\"#\" onfocus=alert(1) autofocus>фокус</a>",
                "<body onload=alert(1)>",
                "<details open ontoggle=alert(1)>",
                "[ссылка](javascript:alert(1))",
                "[ссылка](JaVaScRiPt:alert(1))",
                "[ссылка](&#106;avascript:alert(1))",
                "[ссылка](&#x6A;&#x61;vascript&#58;alert(1))",
                "[ссылка](java\tscript:alert(1))",
                "[ссылка]( javascript:alert(1))",
                "<javascript:alert(1)>",
                "<a href=\"javascript:alert(1)\">прямая</a>",
                "<a href=\"  JAVASCRIPT:alert(1)\">пробелы</a>",
                "<a href=\"jav&#x09;ascript:alert(1)\">табуляция</a>",
                "<a href=\"jav&#10;ascript:alert(1)\">перевод строки</a>",
                "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112"
                        + "&#0000116&#0000058alert(1)\">длинные сущности</a>",
                "<a href=\"vbscript:msgbox(1)\">vbs</a>",
                "[данные](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "![картинка](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "<a href=\"DATA:text/html,<script>alert(1)</script>\">данные</a>",
                "<img src=\"data:image/png;base64,iVBORw0KGgo=\">",
                "<svg onload=alert(1)><script>alert(2)</script></svg>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">",
                "<div style=\"width: expression(alert(1))\">стиль</div>",
                "<div style=\"background:url(javascript:alert(1))\">фон</div>",
                "<style>body{background:url(\"javascript:alert(1)\")}</style>",
                "<link rel=stylesheet href=\"https://evil.example/x.css\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<form action=\"https://evil.example\"><input name=p><button>Отправить</button></form>",
                "<base href=\"https://evil.example/\">",
                "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |",
                "> цитата <a href=javascript:alert(1)>x</a>",
                "`<script>alert(1)</script>` и ```\n<script>alert(1)</script>\n```");
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void every_piece_of_the_xss_corpus_renders_harmless(String markdown) {
        String html = Markdown.toSafeHtml(markdown);
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<script", "<svg", "<iframe", "<object", "<embed", "<style", "<math",
                "<link", "<meta", "<form", "<base", "<input", "style=", "srcdoc");
        Document parsed = Jsoup.parseBodyFragment(html);
        for (Element e : parsed.getAllElements()) {
            assertThat(e.normalName()).as("element in %s", html).isIn(ALLOWED_TAGS);
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey().toLowerCase(Locale.ROOT)).as("attribute in %s", html).doesNotStartWith("on")
                        .isNotEqualTo("style");
                if (a.getKey().equals("href") || a.getKey().equals("src")) {
                    String url = a.getValue().strip().toLowerCase(Locale.ROOT);
                    assertThat(url).as("address in %s", html).matches("^(https://|http://|mailto:).*");
                }
            }
        }
    }

    @Test
    void script_content_is_dropped_not_shown_as_text() {
        assertThat(Markdown.toSafeHtml("До <script>alert('x')</script> после")).doesNotContain("alert")
                .contains("До").contains("после");
    }

    @Test
    void code_that_shows_a_script_stays_visible_as_escaped_text() {
        String html = Markdown.toSafeHtml("Пример: `<script>alert(1)</script>`");
        assertThat(html).contains("<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>");
    }

    @Test
    void a_link_whose_address_is_removed_keeps_only_its_text() {
        assertThat(Markdown.toSafeHtml("[нажмите](javascript:alert(1))")).isEqualTo("<p>нажмите</p>");
    }

    @Test
    void ordinary_markdown_keeps_headings_emphasis_lists_tables_and_links() {
        String html = Markdown.toSafeHtml("""
                ## Этапы

                **Жители** выдвигают *инициативу*, ~~не~~ администрация помогает.

                1. Сбор идей
                2. Голосование

                | Этап | Срок |
                |:-----|-----:|
                | Отбор | 30 дней |

                Подробнее: [портал](https://budget.example.ru/ib "Портал").
                """);
        assertThat(html).contains("<h2>Этапы</h2>").contains("<strong>Жители</strong>").contains("<em>инициативу</em>")
                .contains("<ol>").contains("<li>Сбор идей</li>").contains("<table>")
                .contains("<th align=\"left\">Этап</th>")
                .contains("<td align=\"right\">30 дней</td>");
        Element link = Jsoup.parseBodyFragment(html).selectFirst("a");
        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo("https://budget.example.ru/ib");
        assertThat(link.attr("target")).isEqualTo("_blank");
        assertThat(link.attr("rel")).contains("noopener").contains("nofollow");
    }

    @Test
    void an_https_image_stays_and_an_http_image_goes() {
        assertThat(Markdown.toSafeHtml("![схема](https://files.example.ru/s.png)"))
                .contains("<img src=\"https://files.example.ru/s.png\" alt=\"схема\">");
        assertThat(Markdown.toSafeHtml("![схема](http://files.example.ru/s.png)")).doesNotContain("<img");
    }

    @Test
    void blank_text_renders_nothing() {
        assertThat(Markdown.toSafeHtml(null)).isEmpty();
        assertThat(Markdown.toSafeHtml("  \n ")).isEmpty();
    }
}
