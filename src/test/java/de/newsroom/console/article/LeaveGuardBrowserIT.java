package de.newsroom.console.article;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.newsroom.console.article.ArticleTestData.as;
import static de.newsroom.console.article.ArticleTestData.complete;

import com.microsoft.playwright.Locator;
import de.newsroom.console.BrowserTest;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import de.newsroom.console.security.DemoAccounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Text typed a moment before leaving the editor (less than the fields' lazy sync of some 0.3-0.4 s) is not lost: the
 * leave question comes for every typed field and for every way out, and "Stay" keeps the text. Before, the server
 * did not yet have the last characters, found the form unchanged and let the page go without asking.
 */
class LeaveGuardBrowserIT extends BrowserTest {

    @Autowired
    CategoryService categories;
    @Autowired
    ArticleEditing editing;
    @Autowired
    ArticleWorkflow workflow;
    @Autowired
    ArticleNextVersions nextVersions;

    private ArticleDetails article(String what) {
        CategoryNode category = ArticleTestData.category(categories, "Wegklick");
        return as(DemoAccounts.EDITOR, () -> editing.save(complete(
                what + " " + UUID.randomUUID().toString().substring(0, 6), category.id())));
    }

    /** A published article with a next version started beside it (the same text as the live one). */
    private ArticleDetails liveWithNextVersion(String what) {
        CategoryNode category = ArticleTestData.category(categories, "Wegklick");
        return as(DemoAccounts.EDITOR, () -> {
            ArticleDetails saved = editing.save(complete(what + " " + UUID.randomUUID().toString().substring(0, 6),
                    category.id()));
            ArticleDetails review = workflow.transition(saved.id(), saved.version(), ArticleStatus.IN_REVIEW);
            ArticleDetails live = workflow.transition(review.id(), review.version(), ArticleStatus.PUBLISHED);
            nextVersions.start(live.id(), live.version());
            return live;
        });
    }

    private void open(ArticleDetails article) {
        page.navigate(url("/articles/" + article.id()));
        assertThat(page.locator("main.article-editor")).hasAttribute("data-unsaved", "false");
    }

    /** Opens the editor from the list as a person does: a step inside the page, so "back" returns to the list. */
    private void openFromTheList(ArticleDetails article) {
        page.navigate(url("/articles"));
        page.locator("vaadin-grid a[href$='articles/" + article.id() + "']").first().click();
        page.waitForURL(u -> u.endsWith("/articles/" + article.id()));
        assertThat(page.locator("main.article-editor")).hasAttribute("data-unsaved", "false");
    }

    /** Types at the end of the field, as a person does, and leaves at once. */
    private void typeAtEnd(String field, String text) {
        Locator input = page.locator("#" + field + " " + ("article-slug".equals(field) ? "input" : "textarea"));
        input.focus();
        input.press("Control+End");
        input.pressSequentially(text);
    }

    private void staysWithText(String field, String expected) {
        Locator ask = page.getByText("You have changes that are not saved").first();
        try {
            assertThat(ask).isVisible();
        } catch (AssertionError e) {
            System.out.println("LeaveGuardBrowserIT: no question; page at " + page.url());
            page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                    .setPath(java.nio.file.Path.of("target/leave-guard-" + field + ".png")));
            throw e;
        }
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Stay")).click();
        assertThat(ask).not().isVisible();
        assertThat(page.locator("#" + field + " " + ("article-slug".equals(field) ? "input" : "textarea")))
                .hasValue(expected);
        if (page.locator("main.article-next-version").count() == 0) {
            assertThat(page.locator("main.article-editor")).hasAttribute("data-unsaved", "true");
        }
    }

    @Test
    void title_typed_just_before_a_side_navigation_click_asks_first() {
        loginAs(DemoAccounts.EDITOR, DemoAccounts.EDITOR_PASSWORD);
        ArticleDetails a = article("Titel");
        open(a);
        typeAtEnd("article-title", " neu");
        page.locator("vaadin-side-nav-item[path$='articles']").first().click();
        staysWithText("article-title", a.title() + " neu");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/articles/" + a.id() + "$"));
    }

    @Test
    void lead_typed_just_before_the_browser_back_button_asks_first() {
        loginAs(DemoAccounts.EDITOR, DemoAccounts.EDITOR_PASSWORD);
        ArticleDetails a = article("Vorspann");
        openFromTheList(a);
        typeAtEnd("article-lead", " mehr");
        page.goBack();
        staysWithText("article-lead", a.lead() + " mehr");
    }

    @Test
    void body_typed_just_before_another_link_asks_first() {
        loginAs(DemoAccounts.EDITOR, DemoAccounts.EDITOR_PASSWORD);
        ArticleDetails a = article("Text");
        open(a);
        typeAtEnd("article-body", " Schluss");
        page.locator("vaadin-side-nav-item").first().click(); // the dashboard
        staysWithText("article-body", a.body() + " Schluss");
    }

    @Test
    void slug_typed_just_before_the_back_button_asks_first() {
        loginAs(DemoAccounts.EDITOR, DemoAccounts.EDITOR_PASSWORD);
        ArticleDetails a = article("Adresse");
        openFromTheList(a);
        typeAtEnd("article-slug", "-x");
        // The field keeps the focus (no blur, so no change event either) when the back button is pressed.
        page.goBack();
        staysWithText("article-slug", a.slug() + "-x");
    }

    @Test
    void next_version_title_typed_just_before_a_side_navigation_click_asks_first() {
        loginAs(DemoAccounts.EDITOR, DemoAccounts.EDITOR_PASSWORD);
        ArticleDetails live = liveWithNextVersion("Fassung");
        page.navigate(url("/articles/" + live.id() + "/next"));
        assertThat(page.locator("#article-title textarea")).hasValue(live.title());
        typeAtEnd("article-title", " neu");
        page.locator("vaadin-side-nav-item[path$='articles']").first().click();
        staysWithText("article-title", live.title() + " neu");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/articles/" + live.id() + "/next$"));
    }

    @Test
    void next_version_slug_typed_just_before_the_back_button_asks_first() {
        loginAs(DemoAccounts.EDITOR, DemoAccounts.EDITOR_PASSWORD);
        ArticleDetails live = liveWithNextVersion("Fassungsadresse");
        open(live);
        page.locator("#article-next-open").click(); // a step inside the page, so "back" returns to the editor
        page.waitForURL(u -> u.endsWith("/articles/" + live.id() + "/next"));
        assertThat(page.locator("#article-slug input")).hasValue(live.slug());
        typeAtEnd("article-slug", "-neu");
        page.goBack();
        staysWithText("article-slug", live.slug() + "-neu");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/articles/" + live.id() + "/next$"));
    }
}
