package de.newsroom.console.category.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import de.newsroom.console.BrowserTest;
import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import de.newsroom.console.security.DemoAccounts;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The admin's first hour, keyboard only: add a category under another. Found in the sweep: the tree's Name column
 * takes Space for folding a branch, so a row could be selected from the keyboard only from another column, which
 * nobody finds; without a selection the toolbar's buttons stay disabled and "Neue Rubrik" has no parent. Enter on a
 * row now selects it.
 */
class CategoryKeyboardBrowserIT extends BrowserTest {

    @Autowired
    CategoryService categories;

    private Optional<CategoryNode> named(String name) {
        return SystemAuthentication.call(() -> categories.tree()).stream().filter(n -> n.name().equals(name))
                .findFirst();
    }

    @Test
    void enter_on_a_row_selects_it_and_a_new_category_goes_under_it() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        CategoryNode parent = SystemAuthentication.call(() -> categories.create(null, "Tastatur " + suffix, null));
        SystemAuthentication.call(() -> categories.create(parent.id(), "Vorhanden " + suffix, null));
        loginAs(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD);
        page.navigate(url("/categories"));
        Locator cell = gridCell("category-grid", "Tastatur " + suffix);
        assertThat(page.locator("#category-edit")).isDisabled();

        // The keyboard's focus on the row's Name cell, as arrow keys leave it; then Enter.
        cell.evaluate("c => c.assignedSlot.parentElement.focus()");
        page.keyboard().press("Enter");
        assertThat(page.locator("#category-edit")).isEnabled();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Vorhanden " + suffix)).first()).isVisible();

        page.locator("#category-new").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#category-parent input")).hasValue(Pattern.compile(".*Tastatur " + suffix + ".*"));
        page.keyboard().type("Unter " + suffix);
        page.keyboard().press("Enter");
        assertThat(page.locator("#category-parent")).not().isVisible();
        for (int i = 0; i < 50 && named("Unter " + suffix).isEmpty(); i++) {
            page.waitForTimeout(200);
        }
        assertThat(named("Unter " + suffix)).get().extracting(CategoryNode::parentId).isEqualTo(parent.id());
    }
}
