package de.newsroom.console.base.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Library pictures in the Markdown body ({@code ![alt](media:42)}) rendered as figures, and what is refused. */
class MarkdownPicturesTest {

    private static final String KEY = "0123456789abcdef";
    private static final Figure KRAN = new Figure(42, "/media/" + KEY + "-1024.jpg",
            "/media/" + KEY + "-320.jpg 320w, /media/" + KEY + "-1024.jpg 1024w", "(max-width: 720px) 100vw, 720px",
            1024, 683, "Ein Kran am Hafen", "Der Kran <b>\"Alte Liebe\"</b>", "Foto: dpa");

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void a_picture_alone_in_its_paragraph_becomes_a_figure_with_caption_and_credit() {
        String html = renderer.toHtml("Text davor.\n\n![Kran](media:42)\n\nText danach.", Map.of(42L, KRAN));

        assertThat(html).contains("<p>Text davor.</p>", "<p>Text danach.</p>")
                .contains("<figure class=\"body-image\"><img src=\"/media/" + KEY + "-1024.jpg\"")
                // The sanitiser's srcset guard puts a space before the comma; browsers read both the same.
                .contains("srcset=\"/media/" + KEY + "-320.jpg 320w , /media/" + KEY + "-1024.jpg 1024w\"")
                .contains("sizes=\"(max-width: 720px) 100vw, 720px\"", "width=\"1024\"", "height=\"683\"",
                        "alt=\"Ein Kran am Hafen\"", "loading=\"lazy\"", "decoding=\"async\"")
                .contains("<figcaption>Der Kran &lt;b&gt;&#34;Alte Liebe&#34;&lt;/b&gt; "
                        + "<span class=\"credit\">Foto: dpa</span></figcaption></figure>")
                .doesNotContain("<p><figure", "media:42", "<p></p>");
    }

    @Test
    void the_text_in_brackets_stands_in_only_when_the_library_has_no_alt_text() {
        Figure noAlt = new Figure(42, KRAN.src(), "", KRAN.sizes(), 10, 10, "", "", "");

        String html = renderer.toHtml("![Ein Kran](media:42)", Map.of(42L, noAlt));

        assertThat(html).contains("alt=\"Ein Kran\"").doesNotContain("figcaption", "srcset");
    }

    @Test
    void a_picture_inside_a_sentence_is_a_plain_image_in_the_paragraph() {
        String html = renderer.toHtml("Hier ![Kran](media:42) steht er.", Map.of(42L, KRAN));

        assertThat(html).startsWith("<p>Hier <img src=\"/media/").contains("steht er.</p>")
                .doesNotContain("figure");
    }

    @Test
    void unknown_or_deleted_pictures_and_other_images_leave_nothing_behind() {
        String html = renderer.toHtml("""
                Anfang.

                ![Weg](media:7)

                ![Extern](https://tracker.example/pixel.png) und ![Lokal](/media/%s-320.jpg)

                ![A](media:7)
                ![B](media:42)

                Ende.""".formatted(KEY), Map.of(42L, KRAN));

        assertThat(html).doesNotContain("media:7", "tracker.example", "-320.jpg\" alt=\"Lokal", "<p></p>",
                        "Weg", "<p><figure")
                .contains("<p>Anfang.</p>", "<p>Ende.</p>");
        assertThat(html.split("<figure", -1)).hasSize(2);
        assertThat(renderer.toHtml("![Kran](media:42)")).isEmpty();
    }

    @Test
    void raw_html_cannot_smuggle_foreign_images_or_script_through_the_picture_rules() {
        String html = renderer.toHtml("""
                <figure class="x" onclick="alert(1)"><img src="https://evil.example/a.jpg" \
                srcset="https://evil.example/b.jpg 1w" onerror="alert(2)" sizes="100vw"></figure>

                <img src="javascript:alert(3)"> <span style="color:red" class="credit">x</span>
                """, Map.of());

        assertThat(html).doesNotContain("evil.example", "onclick", "onerror", "javascript", "style", "class=\"x\"");
    }

    @Test
    void the_inserted_markdown_is_one_link_the_usage_pattern_recognises() {
        String md = MediaLinks.markdown(42, "Ein [Kran]\nam \\Hafen");

        assertThat(md).isEqualTo("![Ein Kran am Hafen](media:42)");
        assertThat(MediaLinks.ids("a " + md + " b ![x](media:7) " + md)).containsExactly(42L, 7L);
        assertThat(renderer.toPlainText(md + "\n\nText")).isEqualTo("Text");
    }
}
