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

/** A moderator suspends a commenter from the queue in a real browser; the public POST then refuses them. */
class CommenterSuspensionBrowserIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_moderator_suspends_the_author_of_a_comment_from_the_queue_and_their_next_post_is_refused() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String slug = deletedAfterTest("browser-commenter-" + tag);
        String author = "Sperr-" + tag;
        String email = "sperr-" + tag + "@example.org";
        jdbc.update("""
                insert into article (title, slug, lead, author_id, status, comments_open, published_at)
                values ('Browsertest Verfasser', ?, 'Vorspann', (select id from app_user where username = 'editor'),
                        'PUBLISHED', true, now())""", slug);
        // Among the oldest pending comments, so it is in the first rows of the queue.
        jdbc.update("""
                insert into comment (article_id, author_name, email, body, status, client_hash, created_at)
                values ((select id from article where slug = ?), ?, ?, 'Ein pöbelnder Kommentar', 'PENDING', ?,
                        timestamp '2000-01-01')""", slug, author, email, "browser-" + tag);
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        loginAs(DemoAccounts.MODERATOR, DemoAccounts.MODERATOR_PASSWORD);
        page.navigate(url("/moderation"));
        Locator cell = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(author));
        assertThat(cell.first()).isVisible();
        cell.first().click();
        assertThat(page.locator("#comment-detail-body")).hasText("Ein pöbelnder Kommentar");

        page.locator("#action-commenter").click();
        assertThat(page.locator("#commenter-state")).containsText("No action in force.");
        assertThat(page.locator(".commenter-identity")).containsText("Masked IP: browser-");
        // Room above each section heading: before, "Comments" sat right on the state box above it (2 px).
        var stateBox = page.locator("#commenter-state").boundingBox();
        var heading = page.locator("#commenter-dialog h3").first().boundingBox();
        assertThat(heading.y - (stateBox.y + stateBox.height)).as("space above the first heading")
                .isGreaterThanOrEqualTo(12);
        page.locator("#commenter-kind vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText("Suspend for some days")).click();
        page.locator("#commenter-days input").fill("3");
        page.locator("#commenter-reason textarea").fill("Beleidigt andere Leser");
        page.locator("#commenter-apply").click();
        assertThat(page.locator("#commenter-state")).containsText("Suspended until");
        assertThat(page.locator("#commenter-state")).containsText("reason: Beleidigt andere Leser");
        assertThat(jdbc.queryForObject("select count(*) from commenter_action where email_lower = ? and kind = "
                + "'SUSPEND' and lifted_at is null", Integer.class, email)).isEqualTo(1);

        // At phone width the dialog still fits and its lift button is reachable.
        page.setViewportSize(390, 844);
        assertThat(page.locator("#commenter-lift")).isVisible();
        var box = page.locator("#commenter-state").boundingBox();
        assertThat(box.x).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).isLessThanOrEqualTo(390);

        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("/api/public/articles/" + slug + "/comments")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"authorName\":\"" + author + "\",\"email\":\"" + email + "\",\"body\":\"Schon wieder\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("commenter_blocked").contains("suspended from commenting until");
    }
    /**
     * The moderator's first hour, keyboard only: block a commenter, then undo it. Lifting took away the button that
     * had the focus, and the focus fell onto the page (document.body); it now goes to the first action's choice, so
     * the keyboard goes on inside the dialog.
     */
    @Test
    void after_lifting_an_action_the_focus_stays_in_the_dialog() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String slug = deletedAfterTest("browser-lift-" + tag);
        String author = "Aufheben-" + tag;
        jdbc.update("""
                insert into article (title, slug, lead, author_id, status, comments_open, published_at)
                values ('Browsertest Aufheben', ?, 'Vorspann', (select id from app_user where username = 'editor'),
                        'PUBLISHED', true, now())""", slug);
        jdbc.update("""
                insert into comment (article_id, author_name, email, body, status, client_hash, created_at)
                values ((select id from article where slug = ?), ?, ?, 'Noch ein Kommentar', 'PENDING', ?,
                        timestamp '2000-01-01')""", slug, author, "lift-" + tag + "@example.org", "lift-" + tag);
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        loginAs(DemoAccounts.MODERATOR, DemoAccounts.MODERATOR_PASSWORD);
        page.navigate(url("/moderation"));
        Locator cell = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(author));
        cell.first().click();
        assertThat(page.locator("#comment-detail-body")).hasText("Noch ein Kommentar");
        page.keyboard().press("c");
        assertThat(page.locator("#commenter-state")).containsText("No action in force.");

        page.locator("#commenter-kind vaadin-radio-button").first().click();
        page.locator("#commenter-reason textarea").fill("Beleidigt andere Leser");
        page.locator("#commenter-apply").click();
        assertThat(page.locator("#commenter-lift")).isVisible();

        page.locator("#commenter-reason textarea").focus();
        page.keyboard().type("Versehen");
        page.locator("#commenter-lift").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#commenter-state")).containsText("No action in force.");
        page.waitForTimeout(500);
        assertThat((Boolean) page.evaluate("() => document.activeElement !== document.body"
                + " && !!document.activeElement.closest('#commenter-kind')")).as("focus on the action's choice")
                .isTrue();
    }
}
