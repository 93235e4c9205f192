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

    /** Whether the keyboard focus is on the grid's empty state ("the queue is empty" / "no comment matches"). */
    private static final String FOCUSED_EMPTY_STATE = """
            () => { const g = document.querySelector('.moderation-area vaadin-grid');
              const a = g && g.shadowRoot && g.shadowRoot.activeElement;
              return !!a && a.id === 'emptystatecell'; }""";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void after_j_and_after_a_decision_the_focus_is_on_the_row_of_the_comment_on_screen() {
        String slug = deletedAfterTest("fokus-" + UUID.randomUUID());
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

    @Test
    void after_the_reject_dialog_the_focus_is_on_the_next_comment_and_after_escape_or_cancel_on_the_same_one() {
        String tag = "dlg" + UUID.randomUUID().toString().substring(0, 8);
        List<Long> ids = oldestPending(tag, 4);
        loginAs(DemoAccounts.MODERATOR, DemoAccounts.MODERATOR_PASSWORD);
        page.navigate(url("/moderation"));
        // Only this test's comments, so that its last row is the queue's last.
        page.locator("#filter-text input").fill(tag);
        page.waitForFunction("() => document.querySelector('.moderation-area vaadin-grid').size === 4", null,
                new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(20_000)).dispose();
        page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Kommentar " + tag + " 0")).first().click();
        waitForFocusedRow(0);

        // Escape decides nothing: the focus is back on the same row.
        page.keyboard().press("r");
        waitForRejectDialog(true);
        page.keyboard().press("Escape");
        waitForRejectDialog(false);
        waitForFocusedRow(0);
        assertThat(page.locator("#comment-detail-body").textContent()).isEqualTo("Kommentar " + tag + " 0");

        // Cancel neither.
        page.keyboard().press("j");
        waitForFocusedRow(1);
        page.keyboard().press("r");
        waitForRejectDialog(true);
        page.locator("vaadin-dialog vaadin-button").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Cancel")).click();
        waitForRejectDialog(false);
        waitForFocusedRow(1);
        assertThat(status(ids.get(1))).isEqualTo("PENDING");

        // A reason by keyboard (the cursor waits on the first), Enter rejects: the focus goes on to the comment that
        // took the decided one's place and the detail shows it.
        page.keyboard().press("r");
        rejectWithTheFirstReason();
        waitForFocusedRow(2);
        assertThat(page.locator("#comment-detail-body").textContent()).isEqualTo("Kommentar " + tag + " 2");
        assertThat(status(ids.get(1))).isEqualTo("REJECTED");
        // The decided row says what was decided, whole, before its text (before: in the narrow age column, struck
        // through and in German cut to "Frei…" / "Abgel…").
        var decided = page.locator(".queue-decided").first();
        assertThat(decided.textContent()).isEqualTo("Rejected");
        assertThat(decided.evaluate("""
                el => { const cell = el.closest('vaadin-grid-cell-content').getBoundingClientRect();
                  const own = el.getBoundingClientRect();
                  return own.width > 0 && own.left >= cell.left && own.right <= cell.right + 0.5; }""")).isEqualTo(true);

        // Opened with the mouse from "Reject…": the focus goes to the next comment too (before, it went back to the
        // button, outside the queue's rows).
        page.locator("#action-reject").click();
        rejectWithTheFirstReason();
        waitForFocusedRow(3);
        assertThat(page.locator("#comment-detail-body").textContent()).isEqualTo("Kommentar " + tag + " 3");

        // The last row decided: on to the one above that still waits, the first (before: nothing on screen and the
        // focus on the decided, struck-through row).
        page.keyboard().press("r");
        rejectWithTheFirstReason();
        waitForFocusedRow(0);
        assertThat(page.locator("#comment-detail-body").textContent()).isEqualTo("Kommentar " + tag + " 0");

        // None left: the focus is on the grid's empty state, which says so.
        page.keyboard().press("r");
        rejectWithTheFirstReason();
        page.waitForFunction(FOCUSED_EMPTY_STATE, null,
                new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(20_000)).dispose();
        assertThat(ids).allSatisfy(id -> assertThat(status(id)).isEqualTo("REJECTED"));
    }

    @Test
    void on_arrival_and_on_returning_the_focus_is_on_the_row_of_the_comment_on_screen_and_a_decides_it_at_once() {
        String tag = "ank" + UUID.randomUUID().toString().substring(0, 8);
        // Older than any other test's comments: the queue's first rows, the first of them on screen on arrival.
        List<Long> ids = oldestPending(tag, 3, "1970-01-01");
        loginAs(DemoAccounts.MODERATOR, DemoAccounts.MODERATOR_PASSWORD);
        page.navigate(url("/moderation"));
        // No click, no Tab: the focus is on the row of the comment the detail shows (before: on the queue area, so
        // J/A worked but no row had the focus, and a moderator saw no focus ring on the comment they decide).
        waitForFocusedRow(0);
        assertThat(page.locator("#comment-detail-body").textContent()).isEqualTo("Kommentar " + tag + " 0");
        page.keyboard().press("a");
        waitForFocusedRow(1);
        assertThat(status(ids.get(0))).isEqualTo("APPROVED");
        assertThat(page.locator("#comment-detail-body").textContent()).isEqualTo("Kommentar " + tag + " 1");

        // Undo in the toast: the comment is back on screen and its row has the focus (before: the Undo button had
        // it and closed with the toast, so the focus fell onto the page and no key did anything).
        page.locator("#" + UndoNotice.UNDO_ID).click();
        page.waitForFunction("() => document.querySelector('#comment-detail-body').textContent === 'Kommentar "
                + tag + " 0'", null, new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(20_000))
                .dispose();
        assertThat(status(ids.get(0))).isEqualTo("PENDING");
        waitForFocusedRow(0);
        page.keyboard().press("a");
        waitForFocusedRow(1);
        assertThat(status(ids.get(0))).isEqualTo("APPROVED");

        // Away through the navigation and back the same way: the clicked navigation entry had the focus, and it
        // stayed there (before), so J/A/R did nothing until a click into the queue.
        page.locator("vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Comment authors")).click();
        page.waitForURL(u -> u.contains("/moderation/commenters"));
        page.locator("vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Moderation")).first().click();
        page.waitForURL(u -> u.endsWith("/moderation"));
        waitForFocusedRow(0);
        assertThat(page.locator("#comment-detail-body").textContent()).isEqualTo("Kommentar " + tag + " 1");
        page.keyboard().press("j");
        waitForFocusedRow(1);
        assertThat(page.locator("#comment-detail-body").textContent()).isEqualTo("Kommentar " + tag + " 2");
        assertThat(status(ids.get(1))).isEqualTo("PENDING");
    }

    @Test
    void a_decision_by_key_or_button_on_the_last_comment_leaves_the_focus_on_the_empty_state_not_on_nothing() {
        String tag = "leer" + UUID.randomUUID().toString().substring(0, 8);
        List<Long> ids = oldestPending(tag, 2, "1975-01-01");
        loginAs(DemoAccounts.MODERATOR, DemoAccounts.MODERATOR_PASSWORD);
        page.navigate(url("/moderation"));
        page.locator("#filter-text input").fill(tag);
        page.waitForFunction("() => document.querySelector('.moderation-area vaadin-grid').size === 2", null,
                new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(20_000)).dispose();
        // With the mouse, on the button: it stays focused while comments are left ...
        page.locator("#action-spam").click();
        page.waitForFunction("() => document.querySelector('#comment-detail-body').textContent === 'Kommentar "
                + tag + " 1'", null, new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(20_000))
                .dispose();
        assertThat(status(ids.get(0))).isEqualTo("SPAM");
        // ... and with the last one decided by its key, the queue's empty state has the focus (before: the Spam button,
        // disabled with nothing on screen, dropped it on the page and no key did anything).
        page.keyboard().press("a");
        page.waitForFunction(FOCUSED_EMPTY_STATE, null,
                new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(20_000)).dispose();
        assertThat(status(ids.get(1))).isEqualTo("APPROVED");
    }

    private void rejectWithTheFirstReason() {
        waitForRejectDialog(true);
        page.keyboard().press("Space");
        page.keyboard().press("Enter");
        waitForRejectDialog(false);
    }

    /** {@code count} pending comments older than any other, so they are the queue's first rows (oldest first). */
    private List<Long> oldestPending(String name, int count) {
        return oldestPending(name, count, "1980-01-01");
    }

    private List<Long> oldestPending(String name, int count, String from) {
        String slug = deletedAfterTest("fokus-" + UUID.randomUUID());
        jdbc.update("""
                insert into article (title, slug, lead, author_id, status, comments_open, published_at)
                values ('Fokustest', ?, 'Vorspann', (select id from app_user where username = 'editor'),
                        'PUBLISHED', true, now())""", slug);
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(jdbc.queryForObject("""
                    insert into comment (article_id, author_name, body, status, client_hash, created_at)
                    values ((select id from article where slug = ?), ?, ?, 'PENDING', 'fokus', cast(? as timestamp)
                            + ? * interval '1 minute') returning id""", Long.class, slug, "Fokus " + name + " " + i,
                    "Kommentar " + name + " " + i, from, i));
        }
        return ids;
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from comment where id = ?", String.class, id);
    }

    private void waitForRejectDialog(boolean open) {
        page.waitForFunction("""
                (open) => { const r = document.querySelector('#reject-reason');
                  return !!(r && r.checkVisibility()) === open; }""",
                open, new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(20_000)).dispose();
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
