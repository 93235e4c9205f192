package de.newsroom.console.comment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.BrowserTest;
import de.newsroom.console.security.DemoAccounts;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The keyboard focus follows the comment on screen: after J and after a decision by A it is on the row of the
 * comment the detail panel shows, not on the row left behind (before: it stayed on the first row, and after A on the
 * decided, struck-through one, a row away from the highlighted comment).
 */
class QueueFocusBrowserIT extends BrowserTest {

    /** The grid position of the row whose cell has the keyboard focus, or -1. */
    private static final String FOCUSED_ROW = """
            () => { const g = document.querySelector('.moderation-area vaadin-grid');
              const a = g && g.shadowRoot && g.shadowRoot.activeElement;
              return a && a.parentElement && a.parentElement.parentElement === g.$.items ? a.parentElement.index : -1; }""";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void after_j_and_after_a_decision_the_focus_is_on_the_row_of_the_comment_on_screen() {
        String slug = "fokus-" + UUID.randomUUID();
        jdbc.update("""
                insert into article (title, slug, lead, author_id, status, comments_open, published_at)
                values ('Fokustest', ?, 'Vorspann', (select id from app_user where username = 'editor'),
                        'PUBLISHED', true, now())""", slug);
        // The oldest pending comments of all, so they are the queue's first rows (oldest first).
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(jdbc.queryForObject("""
                    insert into comment (article_id, author_name, body, status, client_hash, created_at)
                    values ((select id from article where slug = ?), ?, ?, 'PENDING', 'fokus', timestamp '1990-01-01'
                            + ? * interval '1 minute') returning id""", Long.class, slug, "Fokus " + i,
                    "Kommentar " + i, i));
        }
        loginAs(DemoAccounts.MODERATOR, DemoAccounts.MODERATOR_PASSWORD);
        page.navigate(url("/moderation"));
        // A click on the first row puts the keyboard focus on it, as a moderator who starts with the mouse does.
        page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Kommentar 0")).first().click();
        waitForFocusedRow(0);

        page.keyboard().press("j");
        waitForFocusedRow(1);
        assertThat(page.locator("#comment-detail-body").textContent()).isEqualTo("Kommentar 1");

        page.keyboard().press("a");
        // The decided row stays in place, struck through; the next comment is on screen and has the focus.
        waitForFocusedRow(2);
        assertThat(page.locator("#comment-detail-body").textContent()).isEqualTo("Kommentar 2");
        assertThat(jdbc.queryForObject("select status from comment where id = ?", String.class, ids.get(1)))
                .isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select status from comment where id = ?", String.class, ids.get(2)))
                .isEqualTo("PENDING");
    }

    private void waitForFocusedRow(int position) {
        try {
            page.waitForFunction("(p) => (" + FOCUSED_ROW + ")() === p", position,
                    new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(20_000)).dispose();
        } catch (com.microsoft.playwright.TimeoutError late) {
            // Fall through to the assertion, which says where the focus is instead.
        }
        assertThat(page.evaluate("(" + FOCUSED_ROW + ")")).as("grid position of the focused row").isEqualTo(position);
    }
}
