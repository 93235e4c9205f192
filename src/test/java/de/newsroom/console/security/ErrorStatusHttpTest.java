package de.newsroom.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.base.web.RestoresSecurityStrategy;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The HTTP status of the console's pages against the real server: an unknown address is the in-app "not found"
 * page with 404, a view the account may not open the "not allowed" page with 403, and signed out both lead to the
 * login page. Through Tomcat, Spring Security and the Vaadin servlet, as a browser sees them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(RestoresSecurityStrategy.class)
class ErrorStatusHttpTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path, String session, String language) throws Exception {
        return new ServerHttp(port).get(path, session, language);
    }

    private String login(String username, String password) throws Exception {
        return new ServerHttp(port).login(username, password, "en");
    }

    private String login(String username, String password, String language) throws Exception {
        return new ServerHttp(port).login(username, password, language);
    }

    @Test
    void a_signed_in_user_gets_the_in_app_not_found_page_with_404() throws Exception {
        String editor = login("editor", "Editor-Demo-2026");
        for (String path : new String[] {"/no-such-page", "/articles/abc", "/articles/12/extra"}) {
            var response = get(path, editor, "en");
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            // The first render travels inside the page (eager server load): the console's own view, not Vaadin's.
            assertThat(response.body()).as(path).contains("Page not found", "Back to the dashboard")
                    .doesNotContain("Could not navigate");
        }
    }

    @Test
    void the_not_found_page_speaks_the_browsers_language() throws Exception {
        String language = "de-DE,de;q=0.9";
        String editor = login("editor", "Editor-Demo-2026", language);
        var response = get("/artikel", editor, language);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Seite nicht gefunden", "Zurück zur Übersicht");
    }

    @Test
    void a_view_the_account_may_not_open_is_the_in_app_not_allowed_page_with_403() throws Exception {
        String editor = login("editor", "Editor-Demo-2026");
        var response = get("/users", editor, "en");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Not allowed", "Back to the dashboard").doesNotContain("accounts-grid");

        String moderator = login("moderator", "Moderator-Demo-2026");
        assertThat(get("/articles/new", moderator, "en").statusCode()).isEqualTo(403);
        assertThat(get("/moderation", moderator, "en").statusCode()).isEqualTo(200);
    }

    /** The console as its users see it: no development tools popup over the editor, unless a developer asks. */
    @Test
    void vaadins_development_tools_are_off_by_default() throws Exception {
        String editor = login("editor", "Editor-Demo-2026");
        var page = get("/", editor, "en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("\"devToolsEnabled\":false").doesNotContain("\"devToolsEnabled\":true");
    }

    @Test
    void signed_out_every_address_leads_to_the_login_page() throws Exception {
        for (String path : new String[] {"/no-such-page", "/articles/abc", "/users", "/"}) {
            var response = get(path, null, "en");
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
        }
    }
}
