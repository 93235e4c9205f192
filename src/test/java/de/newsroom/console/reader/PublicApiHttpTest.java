package de.newsroom.console.reader;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.base.web.RestoresSecurityStrategy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
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
        assertThat(response.body()).contains("\"error\":\"bad_request\"",
                "\"fieldErrors\":{\"category\":\"is not valid UTF-8\"}");
    }

    @Test
    void a_nul_byte_in_the_tag_is_a_400_through_the_real_server_too() throws Exception {
        var response = get("/api/public/articles?tag=%00");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"fieldErrors\":{\"tag\":");
    }
}
