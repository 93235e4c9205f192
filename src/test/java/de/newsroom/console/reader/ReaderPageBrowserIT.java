package de.newsroom.console.reader;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.BrowserTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ReaderPageBrowserIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_reader_posts_a_comment_on_the_preview_page_and_it_waits_in_the_moderation_queue() {
        var data = new ContentFixtures(jdbc);
        long wirtschaft = data.category(data.category(null, "News Archiv"), "Wirtschaft");
        data.article("Im Browser kommentiert", "PUBLISHED", wirtschaft, Instant.parse("2026-06-01T08:00:00Z"));
        List<String> blocked = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                blocked.add(m.text());
            }
        });

        page.navigate(url("/read/" + data.slug("Im Browser kommentiert")));
        String body = "Ein Kommentar aus dem Browser " + data.run;
        page.locator("#comment-form input[name=authorName]").fill("Lena Leserin");
        page.locator("#comment-form textarea[name=body]").fill(body);
        page.locator("#comment-form button[type=submit]").click();
        page.locator("#comment-status.ok").waitFor();
        assertThat(page.locator("#comment-status").textContent()).isNotBlank();
        assertThat(blocked).as("CSP violations").isEmpty();
        assertThat(jdbc.queryForObject("select status from comment where body = ?", String.class, body))
                .isEqualTo("PENDING");

        loginAs("moderator", "Moderator-Demo-2026");
        page.navigate(url("/moderation"));
        page.getByText(body).first().waitFor();
    }
}
