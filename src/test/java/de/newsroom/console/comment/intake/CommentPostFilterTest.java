package de.newsroom.console.comment.intake;

import static de.newsroom.console.comment.CommentTestData.freshAddress;
import static de.newsroom.console.comment.CommentTestData.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.base.web.ReaderCors;
import de.newsroom.console.comment.CommentTestData.Article;
import de.newsroom.console.comment.CommentTestData;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The comment POST answered ahead of Spring Security and Spring MVC: same answers, same protections. */
@IntegrationTest
class CommentPostFilterTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommentIntakeService intake;

    @Autowired
    CommentReportService reports;

    @Autowired
    CommentRateLimiter limiter;

    @Autowired
    ClientAddresses clients;

    @Autowired
    JsonMapper json;

    private MockHttpServletResponse postAs(String slug, String contentType, byte[] body) throws Exception {
        var request = post("/api/public/articles/{slug}/comments", slug).content(body).with(r -> {
                    r.setRemoteAddr(freshAddress());
                    return r;
                });
        if (contentType != null) {
            request.contentType(contentType);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void an_accepted_comment_carries_the_security_headers_and_no_cookie() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        var response = postAs(article.slug(), "application/json;charset=UTF-8",
                submission("Anna", null, "Guter Artikel").getBytes(StandardCharsets.UTF_8));

        assertThat(response.getStatus()).isEqualTo(202);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        assertThat(response.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void over_https_the_answer_carries_strict_transport_security_as_the_other_chains_do() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        var https = mvc.perform(post("https://console.example/api/public/articles/{slug}/comments", article.slug())
                .secure(true).contentType("application/json")
                .content(submission("Anna", null, "Sicher").getBytes(StandardCharsets.UTF_8))
                .with(r -> {
                    r.setRemoteAddr(freshAddress());
                    return r;
                })).andReturn().getResponse();
        var api = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("https://console.example/api/public/categories").secure(true)).andReturn().getResponse();

        assertThat(https.getStatus()).isEqualTo(202);
        assertThat(https.getHeader("Strict-Transport-Security")).isNotBlank()
                .isEqualTo(api.getHeader("Strict-Transport-Security"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "none", value = {"text/plain", "application/x-www-form-urlencoded", "none", "json"})
    void anything_but_json_is_a_415(String contentType) throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        var response = postAs(article.slug(), contentType,
                submission("Anna", null, "Hallo").getBytes(StandardCharsets.UTF_8));

        assertThat(response.getStatus()).isEqualTo(415);
        assertThat(response.getContentAsString()).contains("\"error\":\"unsupported_media_type\"");
        assertThat(jdbc.queryForObject("select count(*) from comment where article_id = ?", Integer.class,
                article.id())).isZero();
    }

    @Test
    void a_body_far_over_any_valid_comment_is_a_413_without_reading_it_all() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        byte[] huge = submission("Anna", null, "x".repeat(CommentPostFilter.MAX_BODY_BYTES))
                .getBytes(StandardCharsets.UTF_8);
        var response = postAs(article.slug(), "application/json", huge);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("\"error\":\"too_large\"");
    }

    @Test
    void a_json_null_is_malformed_not_a_server_error() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        var response = postAs(article.slug(), "application/json", "null".getBytes(StandardCharsets.UTF_8));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"error\":\"malformed_json\"");
    }

    @Test
    void a_body_in_another_declared_charset_is_read_in_that_charset() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        var response = postAs(article.slug(), "application/json;charset=ISO-8859-1",
                submission("Jürgen", null, "Größe und Maß").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(response.getStatus()).isEqualTo(202);
        assertThat(jdbc.queryForObject("select author_name || ': ' || body from comment where article_id = ?",
                String.class, article.id())).isEqualTo("Jürgen: Größe und Maß");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "/api/public/articles/wirtschaft-zinsen/comments | wirtschaft-zinsen",
            "/api/public/articles/m%C3%BCnchen-%C3%BCberblick/comments | münchen-überblick",
            "/api/public/articles/a%2Fb/comments | none",
            "/api/public/articles/a%5Cb/comments | none",
            "/api/public/articles/../comments | none",
            "/api/public/articles/%2E%2E/comments | none",
            "/api/public/articles/x;jsessionid=1/comments | none",
            "/api/public/articles/x/comments/ | none",
            "/api/public/articles/x/y/comments | none",
            "/api/public/articles//comments | none",
            "/api/public/articles/%zz/comments | none",
            "/api/public/articles/x/comments;a=b | none"})
    void only_the_exact_intake_path_is_answered_here(String uri, String slug) {
        var request = new MockHttpServletRequest("POST", uri);
        assertThat(CommentPostFilter.slugOf(request)).isEqualTo(slug);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/api/public/comments/123/reports | 123",
            "/api/public/comments/999999999999999999/reports | 999999999999999999",
            "/api/public/comments/9999999999999999999/reports | -1",
            "/api/public/comments/0/reports | -1",
            "/api/public/comments/-5/reports | -1",
            "/api/public/comments/abc/reports | -1",
            "/api/public/comments//reports | -1",
            "/api/public/comments/1;a=b/reports | -1",
            "/api/public/comments/1/reports;a=b | -1",
            "/api/public/comments/1/2/reports | -1",
            "/api/public/comments/1/reports/ | -1"})
    void only_the_exact_report_path_with_a_positive_id_is_answered_here(String uri, long id) {
        assertThat(CommentPostFilter.reportedCommentOf(new MockHttpServletRequest("POST", uri))).isEqualTo(id);
    }

    @Test
    void a_report_is_answered_here_without_spring_mvc_and_an_empty_or_null_body_asks_for_a_reason()
            throws Exception {
        var filter = new CommentPostFilter(intake, reports, limiter, clients, json, new ReaderCors(""));
        long id = CommentTestData.comment(jdbc, CommentTestData.publishedArticle(jdbc).id(), "APPROVED", "Leser",
                "Gemeldet am Filter.");
        for (String body : new String[] {"{\"reason\":\"spam\"}", "", "null", "{\"reason\":"}) {
            var request = new MockHttpServletRequest("POST", "/api/public/comments/" + id + "/reports");
            request.setContentType("application/json");
            request.setContent(body.getBytes(StandardCharsets.UTF_8));
            request.setRemoteAddr(freshAddress());
            request.addHeader("Accept-Language", "de");
            var response = new MockHttpServletResponse();
            var chain = new MockFilterChain();
            filter.doFilter(request, response, chain);
            assertThat(chain.getRequest()).as("not passed on: %s", body).isNull();
            response.setCharacterEncoding("UTF-8");
            if (body.startsWith("{\"reason\":\"")) {
                assertThat(response.getStatus()).isEqualTo(202);
                assertThat(response.getContentAsString()).contains("\"status\":\"received\"");
            } else if (body.equals("{\"reason\":")) {
                assertThat(response.getStatus()).isEqualTo(400);
                assertThat(response.getContentAsString()).contains("\"malformed_json\"");
            } else {
                assertThat(response.getStatus()).as(body).isEqualTo(400);
                assertThat(response.getContentAsString()).contains("\"invalid_input\"").contains("\"reason\"");
            }
        }
        assertThat(jdbc.queryForObject("select report_count from comment where id = ?", Integer.class, id)).isOne();
    }

    @Test
    void other_methods_and_paths_go_down_the_normal_chain() throws Exception {
        var filter = new CommentPostFilter(intake, reports, limiter, clients, json, new ReaderCors(""));
        for (var request : new MockHttpServletRequest[] {
                new MockHttpServletRequest("GET", "/api/public/articles/x/comments"),
                new MockHttpServletRequest("PUT", "/api/public/articles/x/comments"),
                new MockHttpServletRequest("POST", "/api/public/articles/x/comments/extra"),
                new MockHttpServletRequest("GET", "/api/public/comments/1/reports"),
                new MockHttpServletRequest("POST", "/api/public/comments/abc/reports")}) {
            var chain = new MockFilterChain();
            filter.doFilter(request, new MockHttpServletResponse(), chain);
            assertThat(chain.getRequest()).as(request.getMethod() + " " + request.getRequestURI()).isSameAs(request);
        }
    }

    @Test
    void cross_origin_posts_follow_the_reader_sites_cors_settings() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        var filter = new CommentPostFilter(intake, reports, limiter, clients, json, new ReaderCors("https://leser.example"));

        var allowed = corsPost(article, "https://leser.example", "Von der Leserseite");
        var allowedResponse = new MockHttpServletResponse();
        filter.doFilter(allowed, allowedResponse, new MockFilterChain());
        assertThat(allowedResponse.getStatus()).isEqualTo(202);
        assertThat(allowedResponse.getHeader("Access-Control-Allow-Origin")).isEqualTo("https://leser.example");

        var foreign = corsPost(article, "https://fremd.example", "Von woanders");
        var foreignResponse = new MockHttpServletResponse();
        filter.doFilter(foreign, foreignResponse, new MockFilterChain());
        assertThat(foreignResponse.getStatus()).isEqualTo(403);
        assertThat(foreignResponse.getHeader("Access-Control-Allow-Origin")).isNull();
        assertThat(jdbc.queryForList("select body from comment where article_id = ?", String.class, article.id()))
                .containsExactly("Von der Leserseite");
    }

    private static MockHttpServletRequest corsPost(Article article, String origin, String body) {
        var request = new MockHttpServletRequest("POST", "/api/public/articles/" + article.slug() + "/comments");
        request.setServerName("console.example");
        request.addHeader("Origin", origin);
        request.setContentType("application/json");
        request.setContent(submission("Leserin", null, body).getBytes(StandardCharsets.UTF_8));
        request.setRemoteAddr(freshAddress());
        return request;
    }
}
