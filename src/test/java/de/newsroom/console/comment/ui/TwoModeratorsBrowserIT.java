package de.newsroom.console.comment.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import de.newsroom.console.BrowserTest;
import de.newsroom.console.security.DemoAccounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two moderators in two browsers with the same comment open: one approves it, the other then presses A. The second
 * moderator's key press decides nothing (before, the cursor had jumped and A approved a comment never opened), and
 * the second screen says who decided what.
 */
class TwoModeratorsBrowserIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_comment_approved_by_one_moderator_is_marked_on_the_others_screen_and_a_then_decides_nothing() {
        String slug = deletedAfterTest("two-moderators-" + UUID.randomUUID());
        jdbc.update("""
                insert into article (title, slug, lead, author_id, status, comments_open, published_at)
                values ('Zwei Moderatoren', ?, 'Vorspann', (select id from app_user where username = 'editor'),
                        'PUBLISHED', true, now())""", slug);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // The two oldest pending comments, so both moderators open the queue with the first one on screen.
        long shown = comment(slug, "Gelesen-" + tag, "Der Kommentar, den beide lesen", "1990-01-01");
        long neverOpened = comment(slug, "Ungeöffnet-" + tag, "Der Kommentar, den niemand öffnete", "1990-01-02");
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);

        loginAs(DemoAccounts.MODERATOR, DemoAccounts.MODERATOR_PASSWORD);
        page.navigate(url("/moderation"));
        assertThat(page.locator("#comment-detail-body")).hasText("Der Kommentar, den beide lesen");
        // The moderator clicks the comment being read: keyboard focus is in the queue from here on.
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Gelesen-" + tag))
                .first().click();
        assertThat(page.locator("#comment-detail-body")).hasText("Der Kommentar, den beide lesen");

        Browser browser = context.browser();
        try (BrowserContext secondContext = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(1280, 900))) {
            secondContext.setDefaultTimeout(30_000);
            secondContext.setDefaultNavigationTimeout(60_000);
            Page chief = secondContext.newPage();
            login(chief, "chefredaktion", "Chefredaktion-Demo-2026");
            chief.navigate(url("/moderation"));
            assertThat(chief.locator("#comment-detail-body")).hasText("Der Kommentar, den beide lesen");

            chief.locator("#action-approve").click();
            assertThat(chief.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                    .setHasText("Gelesen-" + tag + " approved")).first()).isVisible();
        }

        // Through Push, without a reload: the first moderator still reads the same comment, now marked.
        assertThat(page.locator("#comment-detail-settled-mark")).containsText("Approved by Clara Chefredakteurin at");
        assertThat(page.locator("#comment-detail-body")).hasText("Der Kommentar, den beide lesen");
        assertThat(page.locator("#action-approve")).isDisabled();

        page.keyboard().press("a");
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Nothing was decided")).first()).isVisible();

        assertThat(status(neverOpened)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where target_type = 'comment' "
                + "and target_id = ?", Integer.class, String.valueOf(neverOpened))).isZero();
        assertThat(status(shown)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select u.username from comment c join app_user u on u.id = c.decided_by "
                + "where c.id = ?", String.class, shown)).isEqualTo("chefredaktion");
        assertThat(page.locator("#comment-detail-body")).hasText("Der Kommentar, den beide lesen");

        // Moving on with J shows the comment that took its place, and only now can it be decided.
        page.keyboard().press("j");
        assertThat(page.locator("#comment-detail-body")).hasText("Der Kommentar, den niemand öffnete");
        assertThat(page.locator("#action-approve")).isEnabled();
        assertThat(status(neverOpened)).isEqualTo("PENDING");
    }

    private long comment(String slug, String author, String body, String createdAt) {
        return jdbc.queryForObject("""
                insert into comment (article_id, author_name, body, status, client_hash, created_at)
                values ((select id from article where slug = ?), ?, ?, 'PENDING', 'two-moderators',
                        cast(? as timestamp)) returning id""", Long.class, slug, author, body, createdAt);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from comment where id = ?", String.class, id);
    }

    private void login(Page other, String username, String password) {
        other.navigate(url("/login"));
        other.locator("vaadin-login-form input[name=username]").fill(username);
        other.locator("vaadin-login-form input[name=password]").fill(password);
        other.locator("vaadin-login-form vaadin-button").first().click();
        other.waitForURL(u -> !u.contains("/login"));
    }
}
