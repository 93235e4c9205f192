package de.newsroom.console.comment.intake;

import static de.newsroom.console.comment.CommentTestData.freshAddress;
import static de.newsroom.console.comment.CommentTestData.json;
import static de.newsroom.console.comment.CommentTestData.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.comment.CommentTestData.Article;
import de.newsroom.console.comment.CommentTestData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class PublicCommentApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private MockHttpServletResponse postFrom(String address, String slug, String json, String idempotencyKey)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/api/public/articles/{slug}/comments", slug)
                .contentType(MediaType.APPLICATION_JSON).characterEncoding(StandardCharsets.UTF_8)
                .content(json.getBytes(StandardCharsets.UTF_8))
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private MockHttpServletResponse send(String slug, String json) throws Exception {
        return postFrom(freshAddress(), slug, json, null);
    }

    private int commentsOf(Article article) {
        return jdbc.queryForObject("select count(*) from comment where article_id = ?", Integer.class, article.id());
    }

    @Test
    void a_valid_comment_is_accepted_as_pending_and_stored_normalised_without_the_address() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        String address = freshAddress();
        // "a" + combining diaeresis must be stored composed; surrounding spaces trimmed.
        MockHttpServletResponse response = postFrom(address, article.slug(),
                submission("  Jürgen ", "leser@example.org", "  Scho\u0308n geschrieben!  "), null);

        assertThat(response.getStatus()).isEqualTo(202);
        assertThat(response.getContentAsString()).contains("\"status\":\"PENDING\"").contains("\"message\":");
        assertThat(response.getHeader("Set-Cookie")).isNull();
        var row = jdbc.queryForMap("select author_name, body, status, client_hash from comment where article_id = ?",
                article.id());
        assertThat(row.get("author_name")).isEqualTo("Jürgen");
        assertThat(row.get("body")).isEqualTo("Schön geschrieben!");
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat((String) row.get("client_hash")).hasSize(64).doesNotContain(address);
    }

    static Stream<Arguments> invalid_inputs() {
        String emoji = "😀";
        return Stream.of(
                Arguments.of("missing author", "{\"body\":\"Hallo\"}", "authorName"),
                Arguments.of("blank author", submission("   ", null, "Hallo"), "authorName"),
                Arguments.of("author of 81 code points", submission("a".repeat(81), null, "Hallo"), "authorName"),
                Arguments.of("missing body", "{\"authorName\":\"Anna\"}", "body"),
                Arguments.of("blank body", submission("Anna", null, " \n\t "), "body"),
                Arguments.of("5,001 emoji", submission("Anna", null, emoji.repeat(5001)), "body"),
                Arguments.of("NUL in the body", submission("Anna", null, "Hal\u0000lo"), "body"),
                Arguments.of("lone high surrogate in the body", submission("Anna", null, "Hal\uD83Dlo"), "body"),
                Arguments.of("lone low surrogate in the author", submission("An\uDE00na", null, "Hallo"),
                        "authorName"),
                Arguments.of("U+FFFF in the body", submission("Anna", null, "Hallo\uFFFF"), "body"),
                Arguments.of("e-mail without @", submission("Anna", "anna.example.org", "Hallo"), "email"),
                Arguments.of("e-mail with spaces", submission("Anna", "an na@example.org", "Hallo"), "email"),
                Arguments.of("negative parent", "{\"authorName\":\"Anna\",\"body\":\"Hallo\",\"parentId\":-3}",
                        "parentId"),
                // Valid JSON with a value of the wrong kind names the field (it was "malformed_json", no field).
                Arguments.of("parent id text", "{\"authorName\":\"Anna\",\"body\":\"x\",\"parentId\":\"abc\"}",
                        "parentId"),
                Arguments.of("parent id too big for a number", "{\"authorName\":\"Anna\",\"body\":\"x\","
                        + "\"parentId\":1e99}", "parentId"),
                Arguments.of("body a list", "{\"authorName\":\"Anna\",\"body\":[\"x\"]}", "body"),
                Arguments.of("author an object", "{\"authorName\":{\"first\":\"Anna\"},\"body\":\"x\"}",
                        "authorName"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void invalid_inputs(String name, String json, String field) throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        MockHttpServletResponse response = send(article.slug(), json);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString()).contains("\"error\":\"invalid_input\"")
                .contains("\"fieldErrors\":{\"" + field + "\":")
                .doesNotContain("Exception").doesNotContain("at de.");
        assertThat(commentsOf(article)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformed_json_is_a_400_not_a_500(String name, String json) throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        MockHttpServletResponse response = send(article.slug(), json);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"error\":\"malformed_json\"");
    }

    static Stream<Arguments> malformed() {
        return Stream.of(Arguments.of("truncated", "{\"authorName\":\"Anna\",\"bo"),
                Arguments.of("not an object", "[1,2,3]"),
                Arguments.of("empty", ""));
    }

    @Test
    void exactly_5000_emoji_and_80_code_points_of_name_are_accepted() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        MockHttpServletResponse response = send(article.slug(), submission("ä".repeat(80), null,
                "😀".repeat(5000)));
        assertThat(response.getStatus()).isEqualTo(202);
        Integer length = jdbc.queryForObject("select char_length(body) from comment where article_id = ?",
                Integer.class, article.id());
        assertThat(length).isEqualTo(5000);
    }

    @Test
    void unknown_unpublished_and_closed_articles_get_the_same_404() throws Exception {
        Article draft = CommentTestData.article(jdbc, "DRAFT", true);
        Article closed = CommentTestData.article(jdbc, "PUBLISHED", false);
        String body = submission("Anna", null, "Hallo");

        MockHttpServletResponse unknown = send("there-is-no-such-article", body);
        MockHttpServletResponse unpublished = send(draft.slug(), body);
        MockHttpServletResponse commentsClosed = send(closed.slug(), body);

        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unpublished.getStatus()).isEqualTo(404);
        assertThat(commentsClosed.getStatus()).isEqualTo(404);
        assertThat(unpublished.getContentAsString()).isEqualTo(unknown.getContentAsString());
        assertThat(commentsClosed.getContentAsString()).isEqualTo(unknown.getContentAsString());
        assertThat(unknown.getContentAsString()).contains("not_found");
    }

    @Test
    void a_parent_that_is_not_an_approved_comment_of_the_same_article_is_refused() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        Article other = CommentTestData.publishedArticle(jdbc);
        long pending = CommentTestData.comment(jdbc, article.id(), "PENDING", "Paul", "noch offen");
        long elsewhere = CommentTestData.comment(jdbc, other.id(), "APPROVED", "Paul", "anderswo");
        long approved = CommentTestData.comment(jdbc, article.id(), "APPROVED", "Paul", "freigegeben");

        for (long parent : List.of(pending, elsewhere, 999_999_999L)) {
            MockHttpServletResponse response = send(article.slug(),
                    "{\"authorName\":\"Anna\",\"body\":\"Antwort\",\"parentId\":" + parent + "}");
            assertThat(response.getStatus()).as("parent %d", parent).isEqualTo(400);
            assertThat(response.getContentAsString()).contains("parentId");
        }
        MockHttpServletResponse ok = send(article.slug(),
                "{\"authorName\":\"Anna\",\"body\":\"Antwort\",\"parentId\":" + approved + "}");
        assertThat(ok.getStatus()).isEqualTo(202);
    }

    @Test
    void the_same_idempotency_key_returns_the_same_answer_and_stores_once() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        String address = freshAddress();
        String body = submission("Anna", null, "Nur einmal, bitte.");

        MockHttpServletResponse first = postFrom(address, article.slug(), body, "retry-key-1");
        MockHttpServletResponse second = postFrom(address, article.slug(), body, "retry-key-1");

        assertThat(first.getStatus()).isEqualTo(202);
        assertThat(second.getStatus()).isEqualTo(202);
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(commentsOf(article)).isEqualTo(1);
    }

    @Test
    void two_concurrent_retries_with_one_key_store_one_comment() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        String address = freshAddress();
        String body = submission("Anna", null, "Gleichzeitig geschickt.");
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<MockHttpServletResponse> attempt = () -> {
            start.await();
            return postFrom(address, article.slug(), body, "concurrent-key");
        };
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<MockHttpServletResponse> a = pool.submit(attempt);
            Future<MockHttpServletResponse> b = pool.submit(attempt);
            assertThat(a.get().getStatus()).isEqualTo(202);
            assertThat(b.get().getStatus()).isEqualTo(202);
            assertThat(a.get().getContentAsString()).isEqualTo(b.get().getContentAsString());
        }
        assertThat(commentsOf(article)).isEqualTo(1);
    }

    @Test
    void fifty_posts_in_a_second_get_exactly_the_burst_through_and_the_rest_429() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        String client = freshAddress();
        List<MockHttpServletResponse> responses = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            responses.add(postFrom(client, article.slug(), submission("Bot", null, "Nachricht " + i), null));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(responses).filteredOn(r -> r.getStatus() == 202).hasSize(5);
        List<MockHttpServletResponse> limited = responses.stream().filter(r -> r.getStatus() == 429).toList();
        assertThat(limited).hasSize(45);
        assertThat(limited).allSatisfy(r -> assertThat(Integer.parseInt(r.getHeader("Retry-After"))).isPositive());
        assertThat(millis).as("the 50 posts took %d ms", millis).isLessThan(12_000);

        // Another client is not affected, and a spoofed X-Forwarded-For from the limited socket does not help.
        assertThat(postFrom(freshAddress(), article.slug(), submission("Anna", null, "Ich bin jemand anderes"), null)
                .getStatus()).isEqualTo(202);
        MockHttpServletResponse spoofed = mvc.perform(post("/api/public/articles/{slug}/comments", article.slug())
                        .contentType(MediaType.APPLICATION_JSON).content(submission("Bot", null, "verkleidet"))
                        .header("X-Forwarded-For", "203.0.113.77")
                        .with(r -> {
                            r.setRemoteAddr(client);
                            return r;
                        }))
                .andReturn().getResponse();
        assertThat(spoofed.getStatus()).isEqualTo(429);
        assertThat(commentsOf(article)).isEqualTo(6);
    }

    @Test
    void a_filled_honeypot_looks_accepted_but_stores_nothing() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        MockHttpServletResponse response = send(article.slug(),
                "{\"authorName\":\"Bot\",\"body\":\"Buy now\",\"website\":\"http://spam.example\"}");
        assertThat(response.getStatus()).isEqualTo(202);
        assertThat(response.getContentAsString()).contains("\"status\":\"PENDING\"").contains("\"id\":");
        assertThat(commentsOf(article)).isZero();
    }

    @Test
    void the_same_body_from_the_same_client_within_an_hour_is_refused() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        String address = freshAddress();
        String body = submission("Anna", null, "Das sage ich gern zweimal.");
        assertThat(postFrom(address, article.slug(), body, null).getStatus()).isEqualTo(202);
        MockHttpServletResponse again = postFrom(address, article.slug(), body, null);
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString()).contains("already sent");
        assertThat(commentsOf(article)).isEqualTo(1);
    }

    @Test
    void the_public_list_shows_approved_comments_threaded_as_json_text_without_email_or_hash() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        String attack = "<img src=x onerror=alert(1)>";
        long root = CommentTestData.comment(jdbc, article.id(), "APPROVED", "Anna", attack);
        jdbc.update("update comment set email = 'anna@example.org', created_at = now() - interval '1 hour' "
                + "where id = ?", root);
        long reply = jdbc.queryForObject("""
                insert into comment (article_id, parent_id, author_name, body, status, client_hash)
                values (?, ?, 'Bert', 'Stimmt!', 'APPROVED', 'h2') returning id""", Long.class, article.id(), root);
        CommentTestData.comment(jdbc, article.id(), "PENDING", "Carla", "noch nicht frei");
        CommentTestData.comment(jdbc, article.id(), "REJECTED", "Dora", "abgelehnt");

        MockHttpServletResponse response = mvc.perform(get("/api/public/articles/{slug}/comments", article.slug()))
                .andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        String text = response.getContentAsString();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(text).contains("\"body\":" + json(attack).replace("<", "<"))
                .contains("\"replies\":[{\"id\":" + reply)
                .doesNotContain("Carla").doesNotContain("Dora")
                .doesNotContain("anna@example.org").doesNotContain("email").doesNotContain("testhash")
                .doesNotContain("clientHash");
        assertThat(response.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void the_public_list_of_an_unknown_article_is_the_same_404() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/public/articles/{slug}/comments", "nope"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).contains("not_found");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void paging_the_public_list_out_of_range_is_a_400_naming_the_parameter(String query, String field)
            throws Exception {
        // These used to be changed quietly (page -1 answered as page 0, size 500 as 100): a client never learnt.
        Article article = CommentTestData.publishedArticle(jdbc);
        MockHttpServletResponse response = mvc.perform(get("/api/public/articles/{slug}/comments?" + query,
                article.slug()).header("Accept-Language", "de")).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"error\":\"invalid_input\"")
                .contains("\"fieldErrors\":{\"" + field + "\":\"„" + field + "“ muss zwischen");
    }

    static Stream<Arguments> paging_the_public_list_out_of_range_is_a_400_naming_the_parameter() {
        return Stream.of(Arguments.of("page=-1", "page"), Arguments.of("page=10001", "page"),
                Arguments.of("size=0", "size"), Arguments.of("size=101", "size"));
    }

    @Test
    void the_edges_of_the_public_list_paging_are_answered() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        for (String query : List.of("page=0&size=1", "page=10000&size=100")) {
            MockHttpServletResponse response = mvc.perform(get("/api/public/articles/{slug}/comments?" + query,
                    article.slug())).andReturn().getResponse();
            assertThat(response.getStatus()).as(query).isEqualTo(200);
        }
    }
}
