package de.newsroom.console.category.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.newsroom.console.article.ArticleTestData.as;
import static de.newsroom.console.article.ArticleTestData.complete;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import de.newsroom.console.BrowserTest;
import de.newsroom.console.article.ArticleDetails;
import de.newsroom.console.article.ArticleEditing;
import de.newsroom.console.article.ArticleTestData;
import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import de.newsroom.console.security.DemoAccounts;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Escape in a dialog's clearable combo box (the category move and new-category dialogs' parent, the quick edit's
 * category) closes the dialog with nothing changed; with the list open it only closes the list. Before, the first
 * Escape cleared the field to "Oberste Ebene" (top level) and left the dialog open, so a following Enter on Move moved
 * the category to the top level.
 */
class CategoryEscapeBrowserIT extends BrowserTest {

    @Autowired
    CategoryService categories;
    @Autowired
    ArticleEditing editing;

    private Long parentOf(Long id) {
        return SystemAuthentication.call(() -> categories.find(id)).orElseThrow().parentId();
    }

    /** The category's row, scrolled into the grid's rendered rows (new categories come last). */
    private Locator rowOf(String name) {
        return gridCell("category-grid", name);
    }

    @Test
    void escape_in_the_parent_field_closes_the_move_dialog_and_moves_nothing() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        CategoryNode parent = SystemAuthentication.call(() -> categories.create(null, "Eltern " + suffix, null));
        CategoryNode child = SystemAuthentication.call(() -> categories.create(parent.id(), "Kind " + suffix, null));
        loginAs(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD);
        page.navigate(url("/categories"));
        rowOf("Kind " + suffix).click();

        page.locator("#category-move").click();
        Locator combo = page.locator("#category-move-parent");
        Locator field = combo.locator("input");
        assertThat(field).hasValue(Pattern.compile(".*Eltern " + suffix + ".*"));
        field.focus();

        // With the list open, Escape only closes the list: the dialog stays, the parent too.
        field.press("ArrowDown");
        assertThat(combo).hasAttribute("opened", "");
        for (int i = 0; i < 3 && combo.getAttribute("opened") != null; i++) {
            field.press("Escape");
            page.waitForTimeout(300);
        }
        assertThat(combo).not().hasAttribute("opened", "");
        assertThat(combo).isVisible();
        assertThat(field).hasValue(Pattern.compile(".*Eltern " + suffix + ".*"));

        // With the list closed, Escape closes the dialog; an Enter out of habit then moves nothing.
        field.press("Escape");
        assertThat(combo).not().isVisible();
        page.waitForTimeout(500);
        assertThat(parentOf(child.id())).isEqualTo(parent.id());
    }

    @Test
    void escape_in_the_parent_field_of_a_new_category_closes_the_dialog_and_creates_nothing() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        CategoryNode parent = SystemAuthentication.call(() -> categories.create(null, "Oben " + suffix, null));
        loginAs(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD);
        page.navigate(url("/categories"));
        rowOf("Oben " + suffix).click();

        page.locator("#category-new").click();
        page.locator("#category-name input").fill("Neu " + suffix);
        Locator field = page.locator("#category-parent input");
        assertThat(field).hasValue(Pattern.compile(".*Oben " + suffix + ".*"));
        field.focus();
        field.press("Escape");
        assertThat(page.locator("#category-parent")).not().isVisible();
        page.waitForTimeout(500);
        assertThat(SystemAuthentication.call(() -> categories.tree()).stream()
                .anyMatch(n -> n.name().equals("Neu " + suffix))).isFalse();
    }

    @Test
    void escape_in_the_category_of_the_quick_edit_closes_it_and_keeps_the_category() {
        CategoryNode category = ArticleTestData.category(categories, "Schnell");
        String title = "Schnellkorrektur " + UUID.randomUUID().toString().substring(0, 6);
        ArticleDetails article = as(DemoAccounts.EDITOR, () -> editing.save(complete(title, category.id())));
        loginAs(DemoAccounts.EDITOR, DemoAccounts.EDITOR_PASSWORD);
        page.navigate(url("/articles?q=" + title.replace(' ', '+')));
        page.locator("#article-quick-" + article.id()).click();

        Locator field = page.locator("#article-quick-category input");
        assertThat(field).hasValue(Pattern.compile(".*" + category.name() + ".*"));
        field.focus();
        field.press("Escape");
        assertThat(page.locator("#article-quick-category")).not().isVisible();
        assertThat(as(DemoAccounts.EDITOR, () -> editing.find(article.id())).orElseThrow().categoryId())
                .isEqualTo(category.id());
    }
}
