package de.newsroom.console.article;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import de.newsroom.console.BrowserTest;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import de.newsroom.console.security.DemoAccounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ArticleBrowserIT extends BrowserTest {

    @Autowired
    CategoryService categories;

    @Test
    void an_editor_writes_previews_publishes_and_finds_an_article_by_a_stemmed_word() {
        CategoryNode category = ArticleTestData.category(categories, "Browser");
        String title = "Geschäftsführer räumt Ärger über Öl ein " + UUID.randomUUID().toString().substring(0, 6);
        loginAs(DemoAccounts.EDITOR, DemoAccounts.EDITOR_PASSWORD);

        page.navigate(url("/articles/new"));
        page.locator("#article-title input").fill(title);
        page.locator("#article-lead textarea").fill("Die Straße bleibt gesperrt, sagt der Geschäftsführer.");
        page.locator("#article-category input").fill(category.name());
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(category.name())).first().click();
        page.locator("#article-body textarea").fill("## Übersicht\n\nAllen Mitarbeitern wurde gekündigt.");
        page.locator("#article-body textarea").blur();

        assertThat(page.locator("#article-preview h1")).hasText(title);
        assertThat(page.locator("#article-preview-body h2")).hasText("Übersicht");

        page.locator("#article-save").click();
        assertThat(page.locator("#article-move-in_review")).isVisible();
        page.locator("#article-move-in_review").click();
        page.locator("#article-move-published").click();
        assertThat(page.locator("#article-status")).containsText("Published");

        page.navigate(url("/articles?q=Mitarbeiter"));
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(title)))
                .isVisible();
    }
}
