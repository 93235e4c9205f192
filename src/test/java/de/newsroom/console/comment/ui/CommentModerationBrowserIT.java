package de.newsroom.console.comment.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import de.newsroom.console.BrowserTest;
import de.newsroom.console.security.DemoAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole path in a real browser: API post, live appearance in an open queue, approval, public GET. */
class CommentModerationBrowserIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_posted_comment_appears_live_in_the_open_queue_is_approved_and_then_shows_publicly() throws Exception {
        String slug = deletedAfterTest("browser-" + UUID.randomUUID());
        jdbc.update("""
                insert into article (title, slug, lead, author_id, status, comments_open, published_at)
                values ('Browsertest', ?, 'Vorspann', (select id from app_user where username = 'editor'),
                        'PUBLISHED', true, now())""", slug);
        // The oldest pending comment, so it is in the first rows of the queue: its flag badge is rendered by the
        // browser from plain data (LitRenderer), not by a server-side component.
        jdbc.update("""
                insert into comment (article_id, author_name, body, status, client_hash, created_at, flags)
                values ((select id from article where slug = ?), 'Verlinkt', 'zwei Links', 'PENDING', 'browser-flags',
                        timestamp '2001-01-01', array['links:2 Links'])""", slug);
        // This machine is slow to render the first Vaadin page; Playwright's default assertion wait is 5 s.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        loginAs(DemoAccounts.MODERATOR, DemoAccounts.MODERATOR_PASSWORD);
        page.navigate(url("/moderation"));
        assertThat(page.locator("#shortcut-legend")).containsText("approve");
        // The first key works without a click: the keyboard focus waits in the queue area, where the shortcuts
        // listen (before, it stayed on the page and J/A/R did nothing until the moderator clicked a row).
        String focusInQueue = "document.querySelector('.moderation-area').contains(document.activeElement)";
        page.waitForFunction(focusInQueue, null, new com.microsoft.playwright.Page.WaitForFunctionOptions()
                .setTimeout(30_000)).dispose();
        assertThat((Boolean) page.evaluate(focusInQueue)).isTrue();
        Locator badge = page.locator("vaadin-grid-cell-content .comment-flag-links").first();
        assertThat(badge).hasText("Links");
        assertThat(badge).hasAttribute("title", "Links: 2 Links");

        String author = "Live-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "Live im Browser <b>nicht fett</b>";
        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("/api/public/articles/" + slug + "/comments")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"authorName\":\"" + author + "\",\"body\":\"" + body + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(202);

        // No reload: the row arrives through Push, at the end of the queue (oldest first). The browser tests delete
        // the comments they create after them (BrowserTest.deletedAfterTest), but tests that share the database may
        // still have rows in the queue, so the end may lie below the grid's visible rows: scroll down until it is there.
        Locator cell = gridCell("moderation-grid", author);
        assertThat(cell.first()).isVisible();
        cell.first().click();
        assertThat(page.locator("#comment-detail-body")).hasText(body);
        page.locator("#action-approve").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText(author + " approved")).first()).isVisible();
        assertThat(jdbc.queryForObject("select status from comment where author_name = ?", String.class, author))
                .isEqualTo("APPROVED");

        HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/api/public/articles/" + slug + "/comments"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(author).contains("Live im Browser <b>nicht fett</b>");
    }
}
