package de.newsroom.console.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.BoundingBox;
import de.newsroom.console.BrowserTest;
import de.newsroom.console.security.DemoAccounts;
import org.junit.jupiter.api.Test;

/** The landing view in Chromium at a desktop's and a phone's width. */
class DashboardBrowserIT extends BrowserTest {

    /**
     * An admin on a phone (390x844) sees the first thing to do, the editor's drafts, in the upper half of the first
     * screen (before: three role cards above it took 60 % of the screen and the drafts began at about 590 px); on a
     * desktop the role cards stay.
     */
    @Test
    void on_a_phone_the_work_comes_first_and_the_role_cards_stay_on_a_desktop() {
        loginAs(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD);
        page.navigate(url("/"));
        assertThat(page.locator("#role-card-admin")).isVisible();
        assertThat(page.locator("#dashboard-editor .dashboard-panel").first()).isVisible();

        page.setViewportSize(390, 844);
        page.navigate(url("/"));
        var firstPanel = page.locator("#dashboard-editor .dashboard-panel").first();
        assertThat(firstPanel).isVisible();
        assertThat(page.locator("#role-card-admin")).isHidden();
        BoundingBox box = firstPanel.boundingBox();
        org.assertj.core.api.Assertions.assertThat(box.y).as("top of the first panel on a phone")
                .isLessThan(844 / 2.0);
    }

    /**
     * A moderator sees one way into the queue on the dashboard, with the count, at either width (before: on a desktop
     * the Moderation card and "Zur Moderationswarteschlange" below the figures, neither with the count).
     */
    @Test
    void a_moderator_has_one_visible_entry_to_the_queue_with_its_count_on_a_desktop_and_on_a_phone() {
        loginAs(DemoAccounts.MODERATOR, DemoAccounts.MODERATOR_PASSWORD);
        page.navigate(url("/"));
        var entries = page.locator("main.dashboard-view a[href='moderation']:visible");
        assertThat(page.locator("#role-card-moderator")).isVisible();
        assertThat(entries).hasCount(1);
        assertThat(entries.first()).hasId("role-card-moderator");
        assertThat(entries.first()).containsText("pending");

        page.setViewportSize(390, 844);
        page.navigate(url("/"));
        assertThat(page.locator("#dashboard-moderation-queue")).isVisible();
        assertThat(entries).hasCount(1);
        assertThat(entries.first()).hasId("dashboard-moderation-queue");
        assertThat(entries.first()).containsText("pending");
    }
}
