package de.newsroom.console.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import de.newsroom.console.BrowserTest;
import de.newsroom.console.article.ArticleTestData;
import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import de.newsroom.console.security.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A confirmation that cannot be undone waits on Cancel: Enter out of habit deletes nothing, Tab reaches the red
 * button, Escape cancels and gives the focus back to Delete. Shown with an empty category (the keyword and picture
 * confirmations use the same {@link CancelFirst}).
 */
class CancelFirstBrowserIT extends BrowserTest {

    @Autowired
    CategoryService categories;

    @Test
    void deleting_an_empty_category_waits_on_cancel_and_enter_deletes_nothing() {
        CategoryNode empty = ArticleTestData.category(categories, "Leer");
        loginAs(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD);
        page.navigate(url("/categories"));
        rowOf(empty).click();

        openDelete();
        assertThat(focusedSlot()).isEqualTo("cancel-button");
        page.keyboard().press("Enter");
        page.locator("vaadin-confirm-dialog-overlay").first().waitFor(
                new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        assertThat(exists(empty)).isTrue();

        openDelete();
        page.keyboard().press("Tab");
        assertThat(focusedSlot()).isEqualTo("confirm-button");
        page.keyboard().press("Escape");
        page.locator("vaadin-confirm-dialog-overlay").first().waitFor(
                new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("category-delete");
        assertThat(exists(empty)).isTrue();
    }

    /**
     * The category's row, scrolled into the grid's rendered rows: a new root category is the last of many once the
     * whole suite has run (every test adds its own), and the grid renders only the rows in view.
     */
    private Locator rowOf(CategoryNode node) {
        return gridCell("category-grid", node.name());
    }

    private void openDelete() {
        page.locator("#category-delete").click();
        page.locator("vaadin-confirm-dialog-overlay").first().waitFor(
                new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        page.waitForTimeout(600);
    }

    private boolean exists(CategoryNode node) {
        return SystemAuthentication.call(() -> categories.find(node.id())).isPresent();
    }

    private Object focusedSlot() {
        return page.evaluate("() => document.activeElement && document.activeElement.getAttribute('slot')");
    }
}
