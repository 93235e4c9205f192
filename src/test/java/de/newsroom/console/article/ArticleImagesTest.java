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
