package de.newsroom.console.comment.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.comment.CommentTestData.Article;
import de.newsroom.console.comment.CommentTestData;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public comment API answers in the reader's language: German for {@code Accept-Language: de}, naming fields. */
@IntegrationTest
class PublicCommentLanguageTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode send(String slug, String body, String language) throws Exception {
        String address = CommentTestData.freshAddress();
        MockHttpServletResponse response = mvc.perform(post("/api/public/articles/{slug}/comments", slug)
                .contentType(MediaType.APPLICATION_JSON).characterEncoding(StandardCharsets.UTF_8)
                .content(body.getBytes(StandardCharsets.UTF_8)).header("Accept-Language", language)
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return json.readTree(response.getContentAsString());
    }

    @Test
    void field_errors_come_in_german_and_name_their_field() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        JsonNode answer = send(article.slug(), "{\"authorName\": \"\", \"body\": \"\", \"email\": \"keine-adresse\"}",
                "de-DE,de;q=0.9");

        assertThat(answer.get("status").asInt()).isEqualTo(400);
        assertThat(answer.get("message").asString()).isEqualTo(
                "Der Kommentar wurde nicht angenommen. Bitte prüfen Sie die Felder.");
        assertThat(answer.get("fieldErrors").get("authorName").asString())
                .isEqualTo("Bitte füllen Sie das Feld „Name“ aus.");
        assertThat(answer.get("fieldErrors").get("body").asString())
                .isEqualTo("Bitte füllen Sie das Feld „Kommentar“ aus.");
        assertThat(answer.get("fieldErrors").get("email").asString())
                .isEqualTo("Das Feld „E-Mail-Adresse“ enthält keine gültige E-Mail-Adresse.");
    }

    @Test
    void a_too_long_comment_names_the_limit_with_german_grouping() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        JsonNode german = send(article.slug(), "{\"authorName\": \"Leserin\", \"body\": \"" + "ä".repeat(5001) + "\"}",
                "de");
        JsonNode english = send(article.slug(), "{\"authorName\": \"Leserin\", \"body\": \"" + "ä".repeat(5001)
                + "\"}", "en");

        assertThat(german.get("fieldErrors").get("body").asString())
                .isEqualTo("Das Feld „Kommentar“ darf höchstens 5.000 Zeichen lang sein.");
        assertThat(english.get("fieldErrors").get("body").asString()).isEqualTo("must be at most 5000 characters");
    }

    @Test
    void unknown_articles_and_duplicates_are_refused_in_german() throws Exception {
        JsonNode missing = send("gibt-es-nicht-" + System.nanoTime(), "{\"authorName\": \"A\", \"body\": \"B\"}", "de");
        assertThat(missing.get("status").asInt()).isEqualTo(404);
        assertThat(missing.get("message").asString())
                .isEqualTo("Zu dieser Adresse gibt es keinen Artikel, der Kommentare annimmt.");

        Article article = CommentTestData.publishedArticle(jdbc);
        String comment = "{\"authorName\": \"Doppelt\", \"body\": \"Zweimal derselbe Gedanke " + System.nanoTime()
                + "\"}";
        String address = CommentTestData.freshAddress();
        for (int i = 0; i < 2; i++) {
            var response = mvc.perform(post("/api/public/articles/{slug}/comments", article.slug())
                    .contentType(MediaType.APPLICATION_JSON).content(comment.getBytes(StandardCharsets.UTF_8))
                    .header("Accept-Language", "de").with(r -> {
                        r.setRemoteAddr(address);
                        return r;
                    })).andReturn().getResponse();
            response.setCharacterEncoding("UTF-8");
            if (i == 1) {
                JsonNode duplicate = json.readTree(response.getContentAsString());
                assertThat(duplicate.get("status").asInt()).isEqualTo(409);
                assertThat(duplicate.get("message").asString())
                        .isEqualTo("Diesen Kommentar haben Sie schon gesendet. Er wird nach Prüfung veröffentlicht.");
            }
        }
    }

    @Test
    void without_a_german_preference_the_answers_stay_english() throws Exception {
        JsonNode missing = send("gibt-es-nicht-" + System.nanoTime(), "{\"authorName\": \"A\", \"body\": \"B\"}",
                "fr-FR");
        assertThat(missing.get("message").asString()).isEqualTo("No article accepts comments at this address.");
        var list = mvc.perform(get("/api/public/articles/{slug}/comments", "gibt-es-nicht-x")
                .header("Accept-Language", "de")).andReturn().getResponse();
        list.setCharacterEncoding("UTF-8");
        assertThat(list.getStatus()).isEqualTo(404);
    }

    @Test
    void the_content_api_refuses_in_german_too_and_varies_by_language() throws Exception {
        var missing = mvc.perform(get("/api/public/articles/{slug}", "gibt-es-nicht-" + System.nanoTime())
                .header("Accept-Language", "de")).andReturn().getResponse();
        missing.setCharacterEncoding("UTF-8");
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(json.readTree(missing.getContentAsString()).get("message").asString())
                .isEqualTo("Unter dieser Adresse gibt es keinen veröffentlichten Artikel und keine Rubrik.");
        assertThat(missing.getHeader("Vary")).contains("Accept-Language");

        var paging = mvc.perform(get("/api/public/articles").param("size", "500").header("Accept-Language", "de"))
                .andReturn().getResponse();
        paging.setCharacterEncoding("UTF-8");
        assertThat(paging.getStatus()).isEqualTo(400);
        assertThat(json.readTree(paging.getContentAsString()).get("message").asString())
                .isEqualTo("„page“ muss 0 oder größer sein, „size“ zwischen 1 und 50, und „page“ × „size“ höchstens 10.000.");
        var english = mvc.perform(get("/api/public/articles").param("size", "500")).andReturn().getResponse();
        assertThat(json.readTree(english.getContentAsString()).get("message").asString())
                .isEqualTo("page must be 0 or more, size 1 to 50, and page × size at most 10000");
    }
}
