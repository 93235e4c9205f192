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

/**
 * A moderator answers a published comment as the newsroom in a real browser: the letters typed into the reply do not
 * reach the queue's one-key shortcuts (J would move on, A would approve), Ctrl+Enter sends, and the reply is public
 * at once, marked as from the newsroom.
 */
class NewsroomReplyBrowserIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_moderator_replies_as_the_newsroom_typing_letters_the_queue_would_take_as_shortcuts() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String slug = deletedAfterTest("browser-reply-" + tag);
        String author = "Antwort-" + tag;
        jdbc.update("""
                insert into article (title, slug, lead, author_id, status, comments_open, published_at)
                values ('Browsertest Antwort', ?, 'Vorspann', (select id from app_user where username = 'editor'),
                        'PUBLISHED', true, now())""", slug);
        jdbc.update("""
                insert into comment (article_id, author_name, body, status, client_hash, created_at, decided_at)
                values ((select id from article where slug = ?), ?, 'Wann öffnet die neue Bücherei?', 'APPROVED', ?,
                        now(), now())""", slug, author, "browser-" + tag);
        long pendingBefore = jdbc.queryForObject("select count(*) from comment where status = 'PENDING'", Long.class);
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        loginAs(DemoAccounts.MODERATOR, DemoAccounts.MODERATOR_PASSWORD);
        page.navigate(url("/moderation"));

        page.locator("#filter-status").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Approved")).first().click();
        page.locator("#filter-text input").fill(author);
        assertThat(page.locator("#comment-detail-body")).hasText("Wann öffnet die neue Bücherei?");

        page.locator("#reply-details").click();
        Locator text = page.locator("#reply-text textarea");
        assertThat(text).isEditable();
        // "Ja, ab Juni" holds J and A: the queue must not take them as "next" and "approve".
        text.pressSequentially("Ja, ab Juni. Die Redaktion");
        assertThat(text).hasValue("Ja, ab Juni. Die Redaktion");
        assertThat(page.locator("#comment-detail-body")).hasText("Wann öffnet die neue Bücherei?");
        text.press("Control+Enter");
        assertThat(text).hasValue("");

        assertThat(jdbc.queryForObject("""
                select count(*) from comment r join comment c on c.id = r.parent_id
                where c.author_name = ? and r.from_newsroom and r.status = 'APPROVED'
                  and r.body = 'Ja, ab Juni. Die Redaktion'""", Long.class, author)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from comment where status = 'PENDING'", Long.class))
                .as("no key of the reply decided anything").isEqualTo(pendingBefore);

        HttpResponse<String> thread = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("/api/public/articles/" + slug + "/comments"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(thread.statusCode()).isEqualTo(200);
        assertThat(thread.body()).contains("Ja, ab Juni. Die Redaktion").contains("\"fromNewsroom\":true");
    }
}
