package de.newsroom.console.reader;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.base.web.RestoresSecurityStrategy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public API's refusals through the real Tomcat, where query strings are decoded: MockMvc hands parameters over
 * already decoded and cannot show what a broken percent escape does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(RestoresSecurityStrategy.class)
class PublicApiHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_query_string_that_is_not_utf_8_is_a_400_naming_the_parameter_not_a_redirect_to_the_login() throws Exception {
        // %C3%28 is no UTF-8 sequence: Tomcat refuses to decode the parameters; this used to end as a 500 that the
        // error dispatch turned into a 302 to the console's login page.
        var response = get("/api/public/articles?category=%C3%28");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"error\":\"invalid_input\"",
                "\"fieldErrors\":{\"category\":\"is not valid UTF-8\"}");
    }

    @Test
    void a_nul_byte_in_the_tag_is_a_400_through_the_real_server_too() throws Exception {
        var response = get("/api/public/articles?tag=%00");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"fieldErrors\":{\"tag\":");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/public/articles/a;b", "/api/public/articles;x", "/api/public//articles",
            "/api/public/articles/a%252Fb", "/api/public/articles/a%3Bb/comments", "/api/public/comments/1;x/reports"})
    void an_address_the_firewall_refuses_is_a_400_in_json_not_a_redirect_to_the_login(String path) throws Exception {
        // Spring Security's firewall refuses these; its 400 went through the error dispatch to /error, which only the
        // console's chain covers, and reached the API client as a 302 to the console's login page.
        var response = get(path);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).startsWith("{\"status\":400,\"error\":\"bad_request\",\"message\":\"This address")
                .doesNotContain("fieldErrors"); // no field named: no (empty) fieldErrors, as everywhere in the API
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/read/a;b", "/read//x", "/read/rubrik/news-archiv;x", "/read;x"})
    void a_reader_page_the_firewall_refuses_is_a_400_page_in_the_site_language(String path) throws Exception {
        var response = get(path);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<html lang=\"de\">", "<h1>Ungültige Adresse</h1>",
                "href=\"/read\">Zur Startseite</a>");
        // The page's own policy, the only one (not the console's beside it).
        assertThat(response.headers().allValues("Content-Security-Policy")).containsExactly(
                ReaderPages.CONTENT_SECURITY_POLICY);
    }

    @Test
    void the_comment_list_with_a_query_that_is_not_utf_8_is_a_400_naming_the_parameter_not_a_500() throws Exception {
        var response = get("/api/public/articles/nope/comments?page=%C3%28");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"error\":\"invalid_input\"",
                "\"fieldErrors\":{\"page\":\"is not valid UTF-8\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/read?seite=%C3%28", "/read/rubrik/news-archiv?seite=%C3%28",
            "/read/irgendein-artikel?antwort=%C3%28"})
    void a_reader_page_with_a_query_that_is_not_utf_8_is_a_400_page_not_a_redirect_to_the_login(String path)
            throws Exception {
        var response = get(path);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<h1>Ungültige Adresse</h1>");
    }

    @Test
    void a_comment_form_that_is_not_utf_8_is_a_400_page_not_a_redirect_to_the_login() throws Exception {
        // A browser sends the page's form in UTF-8; this is what a broken client or a hand-made post gets.
        for (String path : List.of("/read/irgendein-artikel", "/read/irgendein-artikel/melden")) {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("authorName=A&body=%C3%28&reason=%C3%28"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).as(path).contains("<h1>Ungültige Adresse</h1>");
        }
    }

    @Test
    void a_failure_of_ours_is_a_500_in_the_reader_sides_form_not_a_redirect_to_the_login() throws Exception {
        // A table that is not there: an error no retry mends (not an outage, which is a 503).
        jdbc.execute("alter table category rename to category_hidden_by_test");
        try {
            var api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/public/categories"))
                    .header("Accept-Language", "de").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(500);
            assertThat(api.body()).isEqualTo("{\"status\":500,\"error\":\"internal_error\",\"message\":"
                    + "\"Bei uns ist etwas schiefgegangen. Bitte versuchen Sie es später noch einmal.\"}");
            var page = get("/read");
            assertThat(page.statusCode()).isEqualTo(500);
            assertThat(page.body()).contains("<h1>Seite nicht verfügbar</h1>").doesNotContain("Exception", "category");
        } finally {
            jdbc.execute("alter table category_hidden_by_test rename to category");
        }
    }
}
