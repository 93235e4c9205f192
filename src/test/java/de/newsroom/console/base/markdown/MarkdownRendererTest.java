package de.newsroom.console.base.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.base.domain.Teasers;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    private static final String ARTICLE = """
            Die Straße bleibt gesperrt.

            ## Hintergrund

            Die Stadt hat **drei** Gründe genannt, *vorläufig*:

            - Bauarbeiten
            - Sicherheit

            1. erstens
            2. zweitens

            > Wir bitten um Geduld.

            Mehr unter [stadt.de](https://www.stadt.de/verkehr?a=1&b=2).
            """;

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void renders_a_normal_article() {
        String html = renderer.toHtml(ARTICLE);

        assertThat(html)
                .contains("<h2>Hintergrund</h2>")
                .contains("<strong>drei</strong>", "<em>vorläufig</em>")
                .contains("<ul>", "<li>Bauarbeiten</li>", "<li>Sicherheit</li>", "</ul>")
                .contains("<ol>", "<li>erstens</li>", "</ol>")
                .contains("<blockquote>", "Wir bitten um Geduld.", "</blockquote>")
                .contains("<p>");
        // The sanitiser writes "=" as "&#61;" inside attributes; browsers read both the same.
        assertThat(html).contains("<a href=\"https://www.stadt.de/verkehr?a&#61;1&amp;b&#61;2\" "
                + "rel=\"nofollow noopener noreferrer\">stadt.de</a>");
    }

    @Test
    void keeps_umlauts_and_eszett() {
        String html = renderer.toHtml(ARTICLE);

        assertThat(Teasers.decodeEntities(html)).contains("Die Straße bleibt gesperrt.", "Gründe");
    }

    @Test
    void maps_h1_to_h2_because_the_title_is_the_only_h1() {
        assertThat(renderer.toHtml("# Überschrift")).isEqualTo("<h2>Überschrift</h2>\n");
    }

    @Test
    void keeps_lower_headings() {
        assertThat(renderer.toHtml("### Drei\n\n###### Sechs")).contains("<h3>Drei</h3>", "<h6>Sechs</h6>");
    }

    @Test
    void renders_code_rules_and_line_breaks() {
        String html = renderer.toHtml("Text  \nneue Zeile\n\n---\n\n`inline`\n\n```java\nint x = 1 < 2;\n```");

        assertThat(html).contains("<br />", "<hr />", "<code>inline</code>", "<pre><code class=\"language-java\">")
                .contains("int x &#61; 1 &lt; 2;");
    }

    @Test
    void renders_tables() {
        String html = renderer.toHtml("""
                | Partei | Anteil |
                |:-------|-------:|
                | SPD    | 25 %   |
                """);

        assertThat(html).contains("<table>", "<thead>", "<tbody>", "<tr>", "<th align=\"left\">Partei</th>",
                "<td align=\"right\">25 %</td>", "</table>");
    }

    @Test
    void allows_mailto_and_http_links() {
        assertThat(renderer.toHtml("[Mail](mailto:redaktion@example.de) [Alt](http://example.de)"))
                .contains("href=\"mailto:redaktion&#64;example.de\"", "href=\"http://example.de\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "Text <script>alert(1)</script> Text",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<img src=x onerror=alert(1)>",
            "![Bild](https://example.de/bild.png)",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "[x]( javascript:alert(1) )",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<div onclick=\"alert(1)\">Klick</div>",
            "<div>\n<p onmouseover=\"alert(1)\">Hover</p>\n</div>",
            "<style>body{display:none}</style>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "<svg onload=alert(1)>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<form action=\"https://evil.example\"><input name=q></form>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<a href=\"//evil.example/\">x</a>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
    })
    void removes_everything_dangerous(String markdown) {
        String html = renderer.toHtml(markdown).toLowerCase(Locale.ROOT);

        assertThat(html).doesNotContain("<script", "<iframe", "<img", "<style", "<svg", "<object", "<embed",
                "<form", "<input", "<div", "<math", "onerror", "onclick", "onmouseover", "onload", "style=",
                "javascript:", "vbscript:", "data:", "href=\"//");
        assertThat(html).doesNotContain("alert(1)</");
    }

    @Test
    void keeps_the_text_of_dropped_elements_but_not_of_scripts() {
        assertThat(renderer.toHtml("<div onclick=\"alert(1)\">Klick</div>")).contains("Klick");
        assertThat(renderer.toHtml("<script>alert(1)</script>")).doesNotContain("alert");
    }

    @Test
    void drops_a_javascript_link_but_keeps_its_text() {
        assertThat(renderer.toHtml("[klick mich](javascript:alert(1))")).isEqualTo("<p>klick mich</p>\n");
    }

    @Test
    void maps_raw_b_and_i_to_strong_and_em() {
        assertThat(renderer.toHtml("<b>fett</b> und <i>kursiv</i>")).contains("<strong>fett</strong>", "<em>kursiv</em>");
    }

    @Test
    void renders_nothing_for_null_or_blank_input() {
        assertThat(renderer.toHtml(null)).isEmpty();
        assertThat(renderer.toHtml(" \n ")).isEmpty();
        assertThat(renderer.toPlainText(null)).isEmpty();
    }

    @Test
    void plain_text_has_one_line_per_block_and_no_markup() {
        assertThat(renderer.toPlainText(ARTICLE)).isEqualTo("""
                Die Straße bleibt gesperrt.
                Hintergrund
                Die Stadt hat drei Gründe genannt, vorläufig:
                Bauarbeiten
                Sicherheit
                erstens
                zweitens
                Wir bitten um Geduld.
                Mehr unter stadt.de.""");
    }

    @Test
    void plain_text_decodes_entities_and_joins_soft_line_breaks() {
        assertThat(renderer.toPlainText("Tom &amp; Jerry\nsind &uuml;berall & <b>fett</b> 1 < 2"))
                .isEqualTo("Tom & Jerry sind überall & fett 1 < 2");
    }

    @Test
    void plain_text_leaves_out_scripts_images_and_raw_markup() {
        String plain = renderer.toPlainText(
                "Vorher <script>alert(1)</script> ![Bild](https://example.de/x.png)\n\n<div onclick=\"x\">Klick</div>");

        assertThat(plain).isEqualTo("Vorher\nKlick");
    }

    @Test
    void plain_text_separates_table_cells() {
        assertThat(renderer.toPlainText("| A | B |\n|---|---|\n| 1 | 2 |")).isEqualTo("A B\n1 2");
    }

    @Test
    void can_be_shared_between_threads() throws Exception {
        String expected = renderer.toHtml(ARTICLE);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<String>> results = IntStream.range(0, 200)
                    .mapToObj(i -> pool.submit(() -> renderer.toHtml(ARTICLE)))
                    .toList();

            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        }
    }
}
