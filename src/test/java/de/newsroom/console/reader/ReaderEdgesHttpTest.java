package de.newsroom.console.reader;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.base.web.RestoresSecurityStrategy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The edges of the reader side over a raw socket. Requests Tomcat refuses before any filter or servlet runs ({@code %2F}, {@code %5C}, {@code %00}, a broken escape,
 * a raw backslash, {@code ..} above the root, a bad {@code Host} header, {@code TRACE}), sent over a raw socket: an
 * HTTP client would normalise or refuse such a path itself. They used to get Tomcat's bare English HTML page (or, for
 * {@code TRACE}, a {@code 302} to the console's login page); now the API's JSON under {@code /api/public/} and the
 * reader's page under {@code /read}. And the public API's one error vocabulary: every 4xx has the same shape and a
 * code from the table in docs/features/reader.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(RestoresSecurityStrategy.class)
class ReaderEdgesHttpTest {

    @LocalServerPort
    int port;

    /** A raw HTTP/1.1 answer: the status, the headers (names in lower case, first value) and the body. */
    record Answer(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private Answer send(String requestLineAndHeaders) throws IOException {
        return send(requestLineAndHeaders, "");
    }

    private Answer send(String requestLineAndHeaders, String requestBody) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((requestLineAndHeaders + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(requestBody.getBytes(StandardCharsets.UTF_8));
            var bytes = new ByteArrayOutputStream();
            try (InputStream in = socket.getInputStream()) {
                in.transferTo(bytes);
            } catch (SocketTimeoutException e) {
                // whatever came is the answer
            }
            String raw = bytes.toString(StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            String[] head = raw.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.putIfAbsent(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        head[i].substring(colon + 1).strip());
            }
            String body = raw.substring(end + 4);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunk(body);
            }
            return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, body);
        }
    }

    private static String unchunk(String chunked) {
        var body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                return body.toString();
            }
            // Sizes count bytes; the bodies here are short, re-encode to cut by bytes.
            byte[] rest = chunked.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
            String chunk = new String(rest, 0, size, StandardCharsets.UTF_8);
            body.append(chunk);
            at = lineEnd + 2 + chunk.length() + 2;
        }
    }

    private Answer get(String path, String language) throws IOException {
        return send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: " + language + "\r\n");
    }

    private static void assertNoContainerPage(Answer answer) {
        assertThat(answer.body()).doesNotContain("HTTP Status", "Tomcat", "Exception", "at org.");
        assertThat(answer.header("Server")).isNull();
        assertThat(answer.header("Set-Cookie")).isNull();
    }

    private static void assertApiError(Answer answer, int status, String code) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.body()).startsWith("{\"status\":" + status + ",\"error\":\"" + code + "\",\"message\":\"");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        assertNoContainerPage(answer);
    }

    private static void assertReaderPage(Answer answer, int status, String heading) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualToIgnoringCase("text/html;charset=UTF-8");
        // The reader site's language (German by default), as every reader page, whatever the browser asks for.
        assertThat(answer.body()).contains("<html lang=\"de\">", "<h1>" + heading + "</h1>",
                "href=\"/read\">Zur Startseite</a>", "href=\"/read/assets/reader-");
        assertThat(answer.header("Content-Security-Policy")).isEqualTo(ReaderPages.CONTENT_SECURITY_POLICY);
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertNoContainerPage(answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/public/articles/a%2Fb", "/api/public/articles/a%5Cb", "/api/public/articles/a%00b",
            "/api/public/articles/a%zz", "/api/public/articles/a%7", "/api/public/articles/%C3%28",
            "/api/public/articles/a\\b", "/api/public/../../../etc/passwd", "/api/public/articles/a%2Fb/comments"})
    void a_path_tomcat_refuses_under_the_api_is_the_apis_json_400(String path) throws IOException {
        var answer = get(path, "de");
        assertApiError(answer, 400, "bad_request");
        // In UTF-8, as every JSON answer (Tomcat's writer sent ISO-8859-1 at first: "ung\uFFFDltig").
        assertThat(answer.body()).contains("Die Anfrage ist nicht lesbar: Ihre Adresse oder einer ihrer Header ist "
                + "ungültig");
        assertThat(answer.header("Vary")).isEqualTo("Accept-Language");
    }

    @Test
    void the_apis_400_speaks_the_callers_language() throws IOException {
        assertThat(get("/api/public/articles/a%2Fb", "en").body()).contains("This request cannot be read");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/read/a%2Fb", "/read/a%5Cb", "/read/a%00b", "/read/a%zz", "/read/a%7", "/read/%C3%28",
            "/read/a\\b", "/read/../../x", "/read/rubrik/politik%2Finland", "/read%2Fx"})
    void a_path_tomcat_refuses_under_read_is_the_readers_400_page(String path) throws IOException {
        assertReaderPage(get(path, "en"), 400, "Ungültige Adresse");
    }

    @Test
    void a_bad_host_header_gets_the_reader_sides_form_too() throws IOException {
        for (String host : List.of("bad host!", "a..b", "[::1")) {
            assertApiError(send("GET /api/public/articles HTTP/1.1\r\nHost: " + host + "\r\n"), 400, "bad_request");
            assertReaderPage(send("GET /read HTTP/1.1\r\nHost: " + host + "\r\n"), 400, "Ungültige Adresse");
        }
        assertApiError(send("GET /api/public/articles HTTP/1.1\r\n"), 400, "bad_request");
        assertApiError(send("GET /api/public/articles HTTP/1.1\r\nHost: a\r\nHost: b\r\n"), 400, "bad_request");
    }

    @Test
    void a_body_or_protocol_tomcat_cannot_read_gets_the_reader_sides_form_with_tomcats_status() throws IOException {
        String post = "POST /api/public/articles/x/comments HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\n";
        assertApiError(send(post + "Content-Length: abc\r\n"), 400, "bad_request");
        assertApiError(send(post + "Transfer-Encoding: gzip\r\n"), 501, "bad_request");
        assertApiError(send("GET /api/public/articles HTTP/9.9\r\nHost: localhost\r\n"), 505, "bad_request");
        assertReaderPage(send("GET /read HTTP/9.9\r\nHost: localhost\r\n"), 505, "Ungültige Adresse");
        assertApiError(send("GET http://localhost/api/public/articles/a%2Fb HTTP/1.1\r\nHost: localhost\r\n"), 400,
                "bad_request");
    }

    @Test
    void a_missing_asset_is_a_404_and_a_post_to_one_a_405_not_a_redirect_to_the_login() throws IOException {
        assertReaderPage(get("/read/assets/reader-0000.css", "de"), 404, "Artikel nicht gefunden");
        assertReaderPage(get("/read/assets/", "de"), 404, "Artikel nicht gefunden");
        var post = send("POST /read/assets/reader.css HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n");
        assertReaderPage(post, 405, "Anfrage nicht möglich");
        assertThat(post.header("Allow")).isEqualTo("GET, HEAD");
    }

    @Test
    void options_on_the_api_names_the_addresses_own_methods() throws IOException {
        // It named every method there is (PUT, DELETE, TRACE, PATCH too): the catch-all mapping takes them all.
        assertThat(send("OPTIONS /api/public/articles HTTP/1.1\r\nHost: localhost\r\n").header("Allow"))
                .isEqualTo("GET, HEAD, OPTIONS");
        assertThat(send("OPTIONS /api/public/articles/x/comments HTTP/1.1\r\nHost: localhost\r\n").header("Allow"))
                .isEqualTo("GET, HEAD, POST, OPTIONS");
        assertThat(send("OPTIONS /api/public/comments/1/reports HTTP/1.1\r\nHost: localhost\r\n").header("Allow"))
                .isEqualTo("POST, OPTIONS");
        var unknown = send("OPTIONS /api/public/nichts HTTP/1.1\r\nHost: localhost\r\n");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).startsWith("{\"status\":404,\"error\":\"not_found\",");
    }

    @Test
    void trace_is_a_405_with_the_right_allow_not_a_redirect_to_the_login() throws IOException {
        var api = send("TRACE /api/public/articles HTTP/1.1\r\nHost: localhost\r\nAccept-Language: de\r\n");
        assertApiError(api, 405, "method_not_allowed");
        assertThat(api.header("Allow")).isEqualTo("GET, HEAD");
        assertThat(api.body()).contains("Diese Adresse beantwortet TRACE nicht, nur GET, HEAD.");
        var report = send("TRACE /api/public/comments/1/reports HTTP/1.1\r\nHost: localhost\r\n");
        assertApiError(report, 405, "method_not_allowed");
        assertThat(report.header("Allow")).isEqualTo("POST");
        var page = send("TRACE /read/irgendein-artikel HTTP/1.1\r\nHost: localhost\r\n");
        assertReaderPage(page, 405, "Anfrage nicht möglich");
        assertThat(page.header("Allow")).isEqualTo("GET, HEAD, POST");
    }

    @Test
    void other_addresses_keep_tomcats_short_report_without_version_or_stack_trace() throws IOException {
        var answer = get("/articles%2Fx", "de");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("Apache Tomcat/", "Exception", "at org.");
    }

    /** The codes of the table "Errors of the whole public API" in docs/features/reader.md: the one place they are. */
    private static Set<String> documentedCodes() throws IOException {
        String doc = Files.readString(Path.of("docs/features/reader.md"));
        int start = doc.indexOf("### Errors of the whole public API");
        String table = doc.substring(start, doc.indexOf("\n### ", start + 1));
        Set<String> codes = new TreeSet<>();
        for (String line : table.split("\n")) {
            if (line.startsWith("| `")) {
                var code = Pattern.compile("`([a-z_]+)`").matcher(line.substring(0, line.indexOf(" |", 2)));
                while (code.find()) {
                    codes.add(code.group(1));
                }
            }
        }
        return codes;
    }

    @Test
    void every_4xx_of_the_public_api_has_one_shape_and_a_documented_code() throws IOException {
        Set<String> documented = documentedCodes();
        assertThat(documented).contains("invalid_input", "bad_request", "not_found", "method_not_allowed");
        String json = "Content-Type: application/json\r\n";
        // method, path, extra headers, body, expected code
        List<List<String>> cases = List.of(
                List.of("GET", "/api/public/articles?page=abc", "", "", "invalid_input"),
                List.of("GET", "/api/public/articles?size=0", "", "", "invalid_input"),
                List.of("GET", "/api/public/articles?tag=%00", "", "", "invalid_input"),
                List.of("GET", "/api/public/articles?page=%zz", "", "", "invalid_input"),
                List.of("GET", "/api/public/articles?category=%C3%28", "", "", "invalid_input"),
                List.of("GET", "/api/public/articles?x=%zz", "", "", "bad_request"),
                List.of("GET", "/api/public/articles/gibt-es-nicht", "", "", "not_found"),
                List.of("GET", "/api/public/nichts", "", "", "not_found"),
                List.of("GET", "/api/public/articles/gibt-es-nicht/comments?page=abc", "", "", "invalid_input"),
                List.of("GET", "/api/public/articles/gibt-es-nicht/comments?size=1000", "", "", "invalid_input"),
                List.of("GET", "/api/public/articles/gibt-es-nicht/comments?page=%zz", "", "", "invalid_input"),
                List.of("GET", "/api/public/articles/gibt-es-nicht/comments?x=%C3%28", "", "", "bad_request"),
                List.of("GET", "/api/public/articles/gibt-es-nicht/comments", "", "", "not_found"),
                List.of("POST", "/api/public/articles/gibt-es-nicht/comments", "Content-Type: text/plain\r\n", "x",
                        "unsupported_media_type"),
                List.of("POST", "/api/public/articles/gibt-es-nicht/comments", json, "{", "malformed_json"),
                List.of("POST", "/api/public/articles/gibt-es-nicht/comments", json, "{}", "invalid_input"),
                List.of("POST", "/api/public/comments/abc/reports", json, "{}", "invalid_input"),
                List.of("POST", "/api/public/comments/0/reports", json, "{\"reason\":\"SPAM\"}", "not_found"),
                List.of("DELETE", "/api/public/articles", "", "", "method_not_allowed"),
                List.of("TRACE", "/api/public/articles", "", "", "method_not_allowed"),
                List.of("GET", "/api/public/articles", "Accept: text/html\r\n", "", "not_acceptable"),
                List.of("GET", "/api/public/articles/a;b", "", "", "bad_request"),
                List.of("GET", "/api/public/articles/a%2Fb", "", "", "bad_request"),
                List.of("GET", "/api/public/articles?" + manyParameters(), "", "", "bad_request"),
                List.of("GET", "/api/public/articles", "Cookie: " + manyCookies() + "\r\n", "", "bad_request"));
        var mapper = JsonMapper.builder().build();
        for (List<String> c : cases) {
            String label = c.get(0) + " " + (c.get(1).length() > 80 ? c.get(1).substring(0, 80) + "…" : c.get(1));
            var answer = send(c.get(0) + " " + c.get(1) + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: de\r\n"
                    + c.get(2) + "Content-Length: " + c.get(3).getBytes(StandardCharsets.UTF_8).length + "\r\n", c.get(3));
            assertThat(answer.status()).as(label).isBetween(400, 499);
            assertThat(answer.header("Content-Type")).as(label).startsWith("application/json");
            Map<String, Object> body = mapper.readValue(answer.body(), new TypeReference<LinkedHashMap<String, Object>>() {
            });
            assertThat(body.get("error")).as(label).isEqualTo(c.get(4));
            assertThat(documented).as(label).contains((String) body.get("error"));
            assertThat(body.get("status")).as(label).isEqualTo(answer.status());
            assertThat((String) body.get("message")).as(label).isNotBlank();
            // One shape: status, error, message, and fieldErrors only where fields or parameters are named.
            if ("invalid_input".equals(body.get("error"))) {
                assertThat(List.<String>copyOf(body.keySet())).as(label).containsExactly("status", "error", "message",
                        "fieldErrors");
                assertThat((Map<?, ?>) body.get("fieldErrors")).as(label).isNotEmpty();
            } else {
                assertThat(List.<String>copyOf(body.keySet())).as(label).containsExactly("status", "error", "message");
            }
            assertNoContainerPage(answer);
        }
    }

    /** One more than Tomcat's 1,000 parameters, short enough for its 8 KB request line. */
    private static String manyParameters() {
        return String.join("&", java.util.Collections.nCopies(1_001, "a=1"));
    }

    private static String manyCookies() {
        var cookies = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            cookies.append(i == 0 ? "" : "; ").append('c').append(i).append("=1");
        }
        return cookies.toString();
    }

    @Test
    void a_broken_escape_in_a_reader_pages_query_is_the_400_page_not_a_500() throws IOException {
        assertReaderPage(get("/read?seite=%zz", "de"), 400, "Ungültige Adresse");
        assertReaderPage(get("/read/rubrik/news-archiv?seite=%7", "de"), 400, "Ungültige Adresse");
        assertReaderPage(get("/read?" + manyParameters(), "de"), 400, "Ungültige Adresse");
        assertReaderPage(send("GET /read HTTP/1.1\r\nHost: localhost\r\nCookie: " + manyCookies() + "\r\n"), 400,
                "Ungültige Adresse");
    }

    @Test
    void the_field_error_says_which_fault_a_broken_escape_is() throws IOException {
        assertThat(get("/api/public/articles?page=%zz", "en").body())
                .contains("\"fieldErrors\":{\"page\":\"contains a broken percent escape (such as %zz)\"}");
        assertThat(get("/api/public/articles?" + manyParameters(), "en").body()).contains("more than 1,000 parameters");
        assertThat(get("/api/public/articles/x/comments?" + manyParameters(), "en").body())
                .contains("more than 1,000 parameters");
    }
}
