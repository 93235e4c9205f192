package de.newsroom.console.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.TaxonomyTestSecurity;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import de.newsroom.console.media.MediaDetails;
import de.newsroom.console.media.MediaException;
import de.newsroom.console.media.MediaImage;
import de.newsroom.console.media.MediaService;
import de.newsroom.console.media.TestImages;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The featured image and body pictures: usage in the library, alt text before publishing, API and reader page. */
@IntegrationTest
@WithMockUser(username = "editor", roles = "EDITOR")
class ArticleImagesTest {

    @Autowired ArticleEditing articles;
    @Autowired ArticleWorkflow workflow;
    @Autowired ArticleImages images;
    @Autowired MediaService media;
    @Autowired CategoryService categories;
    @Autowired MockMvc mvc;
    @Autowired ApplicationContext ctx;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    CategoryNode category;

    @BeforeEach
    void setUp() {
        TaxonomyTestSecurity.useStrategyOf(ctx);
        category = ArticleTestData.category(categories, "Bilder");
    }

    @Test
    void featured_and_body_pictures_count_as_usage_and_block_deletion() {
        MediaImage featured = media.upload("f.jpg", TestImages.jpeg(900, 500)).image();
        MediaImage inBody = media.upload("b.jpg", TestImages.jpeg(600, 400)).image();
        ArticleDetails article = articles.save(ArticleTestData.withBody(ArticleTestData.complete(
                "Hafen " + UUID.randomUUID(), category.id()), "Text.\n\n![Ein Kran](media:" + inBody.id() + ")\n"));

        images.setFeaturedImage(article.id(), featured.id());

        assertThat(images.featuredImage(article.id())).contains(featured.id());
        assertThat(media.find(featured.id()).orElseThrow().usage()).isEqualTo(1);
        assertThat(media.find(inBody.id()).orElseThrow().usage()).isEqualTo(1);
        assertThatThrownBy(() -> media.delete(featured.id(), featured.version()))
                .isInstanceOfSatisfying(MediaException.class,
                        e -> assertThat(e.reason()).isEqualTo(MediaException.Reason.IN_USE));

        images.setFeaturedImage(article.id(), null);
        assertThat(media.find(featured.id()).orElseThrow().usage()).isZero();
    }

    @Test
    void an_article_whose_picture_has_no_alt_text_cannot_be_published_and_the_message_names_it() throws Exception {
        MediaImage picture = media.upload("p.jpg", TestImages.jpeg(1300, 700)).image();
        picture = media.updateDetails(picture.id(), picture.version(),
                new MediaDetails("", "Die Elbphilharmonie", "Foto: dpa", 0.5, 0.5));
        ArticleDetails article = articles.save(ArticleTestData.complete("Konzert " + UUID.randomUUID(),
                category.id()));
        images.setFeaturedImage(article.id(), picture.id());
        ArticleDetails inReview = workflow.transition(article.id(), article.version(), ArticleStatus.IN_REVIEW);

        assertThatThrownBy(() -> workflow.transition(article.id(), inReview.version(), ArticleStatus.PUBLISHED))
                .isInstanceOfSatisfying(ArticleWorkflowException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("article.error.image.alt");
                    assertThat(e.args()).containsExactly("Die Elbphilharmonie");
                });

        media.updateDetails(picture.id(), picture.version(),
                new MediaDetails("Das Konzerthaus am Hafen", "Die Elbphilharmonie", "Foto: dpa", 0.5, 0.5));
        ArticleDetails published = workflow.transition(article.id(), inReview.version(), ArticleStatus.PUBLISHED);
        assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);

        mvc.perform(get("/api/public/articles/" + published.slug()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.featuredImage.url", Matchers.matchesPattern("/media/[0-9a-f]{16}-1024\\.jpg")))
                .andExpect(jsonPath("$.featuredImage.width").value(1024))
                .andExpect(jsonPath("$.featuredImage.height").value(551))
                .andExpect(jsonPath("$.featuredImage.alt").value("Das Konzerthaus am Hafen"))
                .andExpect(jsonPath("$.featuredImage.caption").value("Die Elbphilharmonie"))
                .andExpect(jsonPath("$.featuredImage.credit").value("Foto: dpa"))
                .andExpect(jsonPath("$.featuredImage.srcset", Matchers.containsString("-320.jpg 320w")));
        String html = mvc.perform(get("/read/" + published.slug())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("src=\"/media/[0-9a-f]{16}-1024\\.jpg\"")
                .containsPattern("srcset=\"[^\"]*-640\\.jpg 640w")
                .contains("loading=\"lazy\"", "sizes=\"(max-width: 720px) 100vw, 720px\"",
                        "alt=\"Das Konzerthaus am Hafen\"", "<span class=\"credit\">Foto: dpa</span>",
                        "Die Elbphilharmonie");
    }

    @Test
    void pictures_in_the_body_reach_the_api_and_the_reader_page_and_unknown_ones_leave_nothing() throws Exception {
        MediaImage picture = media.upload("k.jpg", TestImages.jpeg(1280, 960)).image();
        picture = media.updateDetails(picture.id(), picture.version(),
                new MediaDetails("Ein Kran am Hafen", "Der Kran <Alte Liebe>", "Foto: dpa", 0.5, 0.5));
        ArticleDetails article = articles.save(ArticleTestData.withBody(ArticleTestData.complete(
                "Kran " + UUID.randomUUID(), category.id()), "Erster Absatz.\n\n![Kran](media:" + picture.id()
                + ")\n\nLetzter Absatz."));
        article = workflow.transition(article.id(), article.version(), ArticleStatus.IN_REVIEW);
        ArticleDetails fixed = workflow.transition(article.id(), article.version(), ArticleStatus.PUBLISHED);
        // Typed into the live text afterwards: a picture the library does not have renders nothing.
        jdbc.update("update article set body = body || ? where id = ?",
                "\n\n![Weg](media:999999999)\n\nNachtrag ![x](media:999999998) Ende.", fixed.id());

        mvc.perform(get("/api/public/articles/" + fixed.slug()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bodyImages.length()").value(1))
                .andExpect(jsonPath("$.bodyImages[0].url", Matchers.matchesPattern("/media/[0-9a-f]{16}-1024\\.jpg")))
                .andExpect(jsonPath("$.bodyImages[0].width").value(1024))
                .andExpect(jsonPath("$.bodyImages[0].height").value(768))
                .andExpect(jsonPath("$.bodyImages[0].alt").value("Ein Kran am Hafen"))
                .andExpect(jsonPath("$.bodyImages[0].caption").value("Der Kran <Alte Liebe>"))
                .andExpect(jsonPath("$.bodyImages[0].credit").value("Foto: dpa"))
                .andExpect(jsonPath("$.bodyImages[0].srcset", Matchers.containsString("-640.jpg 640w")))
                .andExpect(jsonPath("$.bodyHtml", Matchers.containsString("<figure class=\"body-image\"><img src=\"/media/")))
                .andExpect(jsonPath("$.bodyHtml", Matchers.not(Matchers.containsString("99999999"))));
        String html = mvc.perform(get("/read/" + fixed.slug())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String body = html.substring(html.indexOf("<div class=\"body\">"));
        assertThat(body).containsPattern("<figure class=\"body-image\"><img src=\"/media/[0-9a-f]{16}-1024\\.jpg\"")
                .containsPattern("srcset=\"[^\"]*-640\\.jpg 640w")
                .contains("sizes=\"(max-width: 720px) 100vw, 720px\"", "loading=\"lazy\"",
                        "alt=\"Ein Kran am Hafen\"", "Der Kran &lt;Alte Liebe&gt; <span class=\"credit\">Foto: dpa</span>",
                        "<p>Letzter Absatz.</p>", "<p>Nachtrag  Ende.</p>")
                .doesNotContain("99999999", "<p></p>");
    }

    @Test
    void an_article_without_pictures_has_no_featured_image_in_the_api() throws Exception {
        ArticleDetails article = articles.save(ArticleTestData.complete("Ohne Bild " + UUID.randomUUID(),
                category.id()));
        article = workflow.transition(article.id(), article.version(), ArticleStatus.IN_REVIEW);
        article = workflow.transition(article.id(), article.version(), ArticleStatus.PUBLISHED);

        mvc.perform(get("/api/public/articles/" + article.slug()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.featuredImage").doesNotExist());
    }
}
