package de.newsroom.console.tag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import de.newsroom.console.BrowserTest;
import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.security.DemoAccounts;
import de.newsroom.console.tag.TagService;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After a keyword is renamed by keyboard (Enter in the dialog), the focus is on a row of the keyword grid, not on the
 * page's body or the Rename button that the cleared selection disables: Space chooses the row and Rename is usable
 * again without a mouse.
 */
class TagRenameFocusBrowserIT extends BrowserTest {

    @Autowired
    TagService tags;

    @Test
    void after_a_rename_by_keyboard_the_focus_is_on_a_grid_row_and_space_chooses_it() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.run(() -> tags.findOrCreate("Fokus " + unique));
        loginAs(DemoAccounts.EDITOR, DemoAccounts.EDITOR_PASSWORD);
        page.navigate(url("/tags"));
        page.locator("#tag-search input").fill(unique);
        Locator row = page.locator("#tag-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Fokus " + unique)).first();
        row.waitFor();
        row.click();
        Locator rename = page.locator("#tag-rename");
        page.waitForCondition(() -> rename.getAttribute("disabled") == null);

        rename.click();
        Locator name = page.locator("#tag-rename-name input");
        name.waitFor();
        name.fill("Fokus neu " + unique);
        name.press("Enter");
        name.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        page.waitForCondition(() -> rename.getAttribute("disabled") != null);
        page.waitForTimeout(500);

        assertThat(page.evaluate("() => document.activeElement && document.activeElement.id")).isEqualTo("tag-grid");
        assertThat(page.evaluate("() => { const a = document.getElementById('tag-grid').shadowRoot.activeElement;"
                + " return a && a.closest('#items') !== null; }")).isEqualTo(true);
        page.keyboard().press("Space");
        page.waitForCondition(() -> rename.getAttribute("disabled") == null);
        assertThat(rename.getAttribute("disabled")).isNull();
    }
}
