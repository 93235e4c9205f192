package de.newsroom.console.comment.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import de.newsroom.console.BrowserTest;
import de.newsroom.console.security.DemoAccounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A reader's report in a real browser sends the comment back to review; a moderator finds it in the reported tab,
 * approves it, and takes the approval back with the toast's Undo.
 */
class ReportAndUndoBrowserIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    private String status(long id) {
        return jdbc.queryForObject("select status from comment where id = ?", String.class, id);
    }

    @Test
    void report_on_the_reader_page_then_reported_tab_then_approve_then_undo() {
        String slug = deletedAfterTest("report-" + UUID.randomUUID());
        String author = "Gemeldet-" + slug.substring(7, 15);
        long articleId = jdbc.queryForObject("""
                insert into article (title, slug, lead, author_id, status, comments_open, published_at)
                values ('Meldetest', ?, 'Vorspann', (select id from app_user where username = 'editor'),
                        'PUBLISHED', true, now()) returning id""", Long.class, slug);
        long id = jdbc.queryForObject("""
                insert into comment (article_id, author_name, body, status, client_hash, created_at)
                values (?, ?, 'Rufen Sie mich an: 0171 1234567', 'APPROVED', 'browser-report', timestamp '2001-01-02')
                returning id""", Long.class, articleId, author);
        // Two earlier reports from other readers: the browser's is the third, the default threshold.
        jdbc.update("""
                insert into comment_report (comment_id, client_hash, reason, note)
                values (?, 'earlier-1', 'PERSONAL_DATA', null), (?, 'earlier-2', 'INSULT', null)""", id, id);
        jdbc.update("update comment set report_count = 2, report_reasons = '{PERSONAL_DATA,INSULT}' where id = ?", id);
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);

        page.navigate(url("/read/" + slug));
        page.locator("#comment-" + id + " a[data-report]").click();
        Locator form = page.locator("#comment-" + id + " #report-form");
        assertThat(form).isVisible();
        form.locator("select[name=reason]").selectOption("personal_data");
        form.locator("textarea[name=text]").fill("Eine Telefonnummer.");
        form.locator("button[type=submit]").click();
        assertThat(page.locator("#report-status")).hasClass(java.util.regex.Pattern.compile(".*\\bok\\b.*"));
        assertThat(status(id)).isEqualTo("PENDING");

        loginAs(DemoAccounts.MODERATOR, DemoAccounts.MODERATOR_PASSWORD);
        page.navigate(url("/moderation"));
        page.locator("#filter-reported").click();
        // The grid recycles its cells: a hidden cell from before the filter may still carry the same text.
        Locator cell = page.locator("vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(author));
        assertThat(cell.first()).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions()
                .setHasText("3 reports: Personal data, Insult")).first()).isVisible();
        // Live updates may re-render the grid under the pointer (its cells are recycled); try the click again then.
        for (int attempt = 1; ; attempt++) {
            try {
                cell.first().click(new Locator.ClickOptions().setTimeout(3_000));
                break;
            } catch (com.microsoft.playwright.PlaywrightException e) {
                if (attempt == 10) {
                    throw e;
                }
                page.waitForTimeout(300);
            }
        }
        assertThat(page.locator("#comment-detail-reports")).containsText("Eine Telefonnummer.");

        page.locator("#action-approve").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText(author + " approved")).first()).isVisible();
        assertThat(status(id)).isEqualTo("APPROVED");

        page.locator("#" + UndoNotice.UNDO_ID).click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Decision undone.")).first()).isVisible();
        assertThat(status(id)).isEqualTo("PENDING");
        assertThat(page.locator("#comment-detail-body")).hasText("Rufen Sie mich an: 0171 1234567");
        assertThat(jdbc.queryForObject("select detail from audit_event where target_id = ? order by id desc limit 1",
                String.class, String.valueOf(id))).isEqualTo("APPROVED → PENDING (reversed)");
    }
}
