package de.newsroom.console.article;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
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
    @Autowired
    ArticleEditing editing;
    @Autowired
    ArticleWorkflow workflow;
    @Autowired
    ArticleNextVersions nextVersions;

    /**
     * A headline of 150 characters is readable in full in the editor at 1280 and at 390 px (before: a one-line text
     * field showed some 60 characters on a desktop and 40 on a phone), and Enter adds no line break to it.
     */
    @Test
    void a_long_headline_stays_readable_in_full_and_on_one_line_of_text() {
        String headline = "Stadtwerke Auental planen den größten Solarpark der Region – Bürger sollen sich mit "
                + "Anteilen beteiligen können, Naturschützer fordern Ausgleichsflächen";
        loginAs(DemoAccounts.EDITOR, DemoAccounts.EDITOR_PASSWORD);
        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, width > 700 ? 900 : 844);
            page.navigate(url("/articles/new"));
            Locator field = page.locator("#article-title").locator("input, textarea");
            field.click();
            page.keyboard().type(headline);
            page.keyboard().press("Enter");
            page.keyboard().type(" Ende");
            Object shown = field.evaluate("f => [f.value.includes('\\n'), f.scrollWidth <= f.clientWidth + 1,"
                    + " f.scrollHeight <= f.clientHeight + 1]");
            org.assertj.core.api.Assertions.assertThat(shown).as("line break, fits across, fits down at " + width)
                    .isEqualTo(java.util.List.of(false, true, true));
            assertThat(field).hasValue(headline + " Ende");
        }
    }

    /**
     * The revisions tab shows each revision's actions inside the tab at 1280 and at 390 px, with no sideways scrolling
     * of its list (before: five columns, "Restore" cut off at the tab's edge on a desktop and both actions outside
     * the list on a phone).
     */
    @Test
    void the_revisions_fit_the_tab_with_their_actions_at_desktop_and_phone_width() {
        CategoryNode category = ArticleTestData.category(categories, "Versionen");
        ArticleDetails first = ArticleTestData.as("editor", () -> editing.save(ArticleTestData.complete(
                "Haushaltsdebatte im Stadtrat " + UUID.randomUUID().toString().substring(0, 6), category.id())));
        ArticleTestData.as("editor", () -> editing.save(ArticleTestData.withBody(first.toDraft(), "Neuer Text.")));
        loginAs(DemoAccounts.EDITOR, DemoAccounts.EDITOR_PASSWORD);
        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, width > 700 ? 900 : 844);
            page.navigate(url("/articles/" + first.id()));
            page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Revisions")).click();
            Locator restore = page.locator(".article-revision-restore").first();
            restore.scrollIntoViewIfNeeded();
            assertThat(restore).isVisible();
            Object fits = page.evaluate("""
                    () => {
                      const table = document.querySelector('#article-revisions vaadin-grid').shadowRoot
                          .querySelector('#table');
                      const grid = document.querySelector('#article-revisions vaadin-grid').getBoundingClientRect();
                      const r = document.querySelector('.article-revision-restore').getBoundingClientRect();
                      return [table.scrollWidth <= table.clientWidth + 1, r.right <= grid.right + 1];
                    }""");
            org.assertj.core.api.Assertions.assertThat(fits).as("list without sideways scrolling, Restore inside, at "
                    + width).isEqualTo(java.util.List.of(true, true));
        }
    }

    // The id of the focused part of the editor: from the deepest focused element up (through shadow roots) to the
    // first element whose id starts with "article-", or the first id at all (a tab of the side panel, the menu).
    private static final String FOCUSED = """
            () => {
              let el = document.activeElement;
              while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
              let first = null;
              for (let at = el; at; at = at.parentNode || at.host) {
                if (at.id && at.id.startsWith('article-')) return at.id;
                if (at.id && !first) first = at.id;
              }
              return first || (el ? el.tagName.toLowerCase() : 'none');
            }""";

    /**
     * The keyboard path through an existing article: the cursor starts in the title (before: on the page, 14 Tabs
     * from it, behind the menu, the workflow buttons and Save) and a live region names the view; Tab runs title,
     * lead, the text (with its picture button), the other fields, and only then the actions, while Save still stands
     * at the top right at 1280 px and in its bottom bar at 390 px; Shift+Tab from the title reaches no action; Cmd+S
     * saves like Ctrl+S.
     */
    @Test
    void an_existing_article_opens_in_its_title_and_tab_reaches_the_actions_after_the_form() {
        CategoryNode category = ArticleTestData.category(categories, "Tastatur");
        ArticleDetails article = ArticleTestData.as("editor", () -> editing.save(ArticleTestData.complete(
                "Tastaturweg durch den Artikel " + UUID.randomUUID().toString().substring(0, 6), category.id())));
        loginAs(DemoAccounts.EDITOR, DemoAccounts.EDITOR_PASSWORD);
        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, width > 700 ? 900 : 844);
            page.navigate(url("/articles/" + article.id()));
            Locator title = page.locator("#article-title textarea");
            assertThat(title).isFocused();
            assertThat(page.locator("#article-opened")).hasText("Edit article");

            java.util.List<String> order = new java.util.ArrayList<>();
            for (int i = 0; i < 40 && !order.contains("article-save"); i++) {
                order.add((String) page.evaluate(FOCUSED));
                page.keyboard().press("Tab");
            }
            org.assertj.core.api.Assertions.assertThat(order).as("Tab order at " + width)
                    .startsWith("article-title", "article-lead", "article-body-picture", "article-body")
                    .containsSubsequence("article-body", "article-slug", "article-bylines", "article-category",
                            "article-tags", "article-comments-open", "article-move-in_review", "article-save");
            int lastField = order.indexOf("article-comments-open");
            org.assertj.core.api.Assertions.assertThat(order.subList(0, lastField))
                    .as("no action before the last field at " + width)
                    .noneMatch(id -> id.startsWith("article-move") || id.equals("article-save"));

            // The last field, reached by Tab, is shown: the form scrolls in its half of the split.
            page.locator("#article-comments-open input").focus();
            assertThat(page.locator("#article-comments-open")).isInViewport();

            title.focus();
            page.keyboard().press("Shift+Tab");
            org.assertj.core.api.Assertions.assertThat((String) page.evaluate(FOCUSED)).as("before the title")
                    .doesNotStartWith("article-move").isNotEqualTo("article-save");

            var save = page.locator("#article-save").boundingBox();
            var titleBox = page.locator("#article-title").boundingBox();
            if (width > 700) {
                org.assertj.core.api.Assertions.assertThat(save.y + save.height).as("Save above the title")
                        .isLessThan(titleBox.y);
                org.assertj.core.api.Assertions.assertThat(save.x).as("Save at the right").isGreaterThan(
                        titleBox.x + titleBox.width);
            } else {
                org.assertj.core.api.Assertions.assertThat(save.y + save.height).as("Save in its bottom bar")
                        .isGreaterThan(844 - 60);
            }
        }

        // Cmd+S on a Mac saves as Ctrl+S does.
        Locator lead = page.locator("#article-lead textarea");
        lead.focus();
        page.keyboard().press("Control+End");
        page.keyboard().type(" Mit Tastatur gespeichert.");
        page.keyboard().press("Meta+s");
        page.waitForCondition(() -> ArticleTestData.as("editor", () -> editing.find(article.id()).orElseThrow())
                .lead().endsWith("Mit Tastatur gespeichert."));

        // A move refused for a missing field puts the cursor in it, so its mark is in view: the category lies below
        // the text now.
        ArticleDetails noCategory = ArticleTestData.as("editor", () -> editing.save(ArticleTestData.complete(
                "Ohne Rubrik " + UUID.randomUUID().toString().substring(0, 6), null)));
        page.navigate(url("/articles/" + noCategory.id()));
        assertThat(page.locator("#article-title textarea")).isFocused();
        page.locator("#article-move-in_review").click();
        assertThat(page.locator("#article-category input")).isFocused();
        assertThat(page.locator("#article-category")).isInViewport();

        // A live article's next version opens the same way: the cursor in its title, Tab on to the lead, and its
        // actions after the form (Shift+Tab from the title reaches none of them).
        ArticleDetails live = ArticleTestData.as("editor", () -> {
            ArticleDetails d = editing.save(ArticleTestData.complete(
                    "Neue Fassung per Tastatur " + UUID.randomUUID().toString().substring(0, 6), category.id()));
            d = workflow.transition(d.id(), d.version(), ArticleStatus.IN_REVIEW);
            d = workflow.transition(d.id(), d.version(), ArticleStatus.PUBLISHED);
            nextVersions.start(d.id(), d.version());
            return d;
        });
        page.navigate(url("/articles/" + live.id() + "/next"));
        assertThat(page.locator("#article-title textarea")).isFocused();
        assertThat(page.locator("#next-opened")).hasText("New version");
        page.keyboard().press("Tab");
        assertThat(page.locator("#article-lead textarea")).isFocused();
        page.locator("#article-title textarea").focus();
        page.keyboard().press("Shift+Tab");
        org.assertj.core.api.Assertions.assertThat((String) page.evaluate(FOCUSED)).as("before the next's title")
                .isNotIn("next-save", "next-discard", "next-publish", "next-move-draft", "next-move-in_review");
    }

    @Test
    void an_editor_writes_previews_publishes_and_finds_an_article_by_a_stemmed_word() {
        CategoryNode category = ArticleTestData.category(categories, "Browser");
        String title = "Geschäftsführer räumt Ärger über Öl ein " + UUID.randomUUID().toString().substring(0, 6);
        loginAs(DemoAccounts.EDITOR, DemoAccounts.EDITOR_PASSWORD);

        page.navigate(url("/articles/new"));
        // A field the editor goes to at once keeps the focus: the title takes it on open only while nothing else has
        // it, and nothing takes it later (a deferred focus, a server round trip, the keyword suggestions).
        Locator body = page.locator("#article-body textarea");
        assertThat(body).isVisible();
        body.focus();
        page.waitForTimeout(1500);
        assertThat(body).isFocused();
        page.locator("#article-title textarea").fill(title);
        page.locator("#article-lead textarea").fill("Die Straße bleibt gesperrt, sagt der Geschäftsführer.");
        page.locator("#article-category input").fill(category.name());
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(category.name())).first().click();
        page.locator("#article-body textarea").fill("## Übersicht\n\nAllen Mitarbeitern wurde gekündigt.");
        page.locator("#article-body textarea").blur();

        assertThat(page.locator("#article-preview h1")).hasText(title);
        assertThat(page.locator("#article-preview-body h2")).hasText("Übersicht");

        // Ctrl+S saves. With Vaadin's development tools off no popup covers the toolbar: real clicks reach it.
        page.locator("#article-title textarea").focus();
        page.keyboard().press("Control+s");
        assertThat(page.locator("vaadin-dev-tools")).hasCount(0);
        page.locator("#article-move-in_review").click();
        page.locator("#article-move-published").click();
        assertThat(page.locator("#article-status")).containsText("Published");
        assertThat(page.locator("#article-moved-view-on-site")).isVisible();
        assertThat(page.locator("#article-view-on-site")).hasAttribute("href",
                java.util.regex.Pattern.compile("^read/.+"));

        // A mistyped address: the console's own page inside the menu, with status 404.
        var missing = page.navigate(url("/articles/abc"));
        org.assertj.core.api.Assertions.assertThat(missing.status()).isEqualTo(404);
        assertThat(page.locator("#not-found h2")).hasText("Page not found");
        assertThat(page.locator("vaadin-side-nav")).isVisible();
        page.locator("#not-found-back").click();
        assertThat(page.locator("h1")).containsText("Welcome");

        page.navigate(url("/articles?q=Mitarbeiter"));
        // This machine is slow under load: give the first grid page time to arrive.
        assertThat(page.locator("#article-search input")).hasValue("Mitarbeiter",
                new LocatorAssertions.HasValueOptions().setTimeout(60_000));
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(title)))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));

        // The row's actions are plain elements (decision 0029): the published article's site link is shown, and the
        // quick-edit button opens its dialog, not the article.
        String href = page.locator("a.article-title-link").filter(new Locator.FilterOptions().setHasText(title))
                .first().getAttribute("href");
        String id = href.substring(href.lastIndexOf('/') + 1);
        assertThat(page.locator("#article-view-" + id)).isVisible();
        assertThat(page.locator("#article-view-" + id)).hasAttribute("href", java.util.regex.Pattern.compile("^/read/.+"));
        assertThat(page.locator("#article-quick-" + id)).hasAttribute("title", "Quick edit");
        page.locator("#article-quick-" + id).click();
        assertThat(page.locator("#article-quick-save")).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/articles\\?q=Mitarbeiter$"));
    }
}
