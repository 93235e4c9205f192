package de.newsroom.console.article;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.newsroom.console.article.ArticleTestData.as;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import de.newsroom.console.BrowserTest;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import de.newsroom.console.media.MediaDetails;
import de.newsroom.console.media.MediaImage;
import de.newsroom.console.media.MediaService;
import de.newsroom.console.media.TestImages;
import de.newsroom.console.security.DemoAccounts;
import java.awt.Color;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pictures in a real browser: the body's picture picker writes the picture where the cursor is (the caret is only
 * known to the browser), and a click on the picture in the media edit dialog moves the stored focal point there.
 */
class BodyPictureBrowserIT extends BrowserTest {

    @Autowired
    CategoryService categories;
    @Autowired
    ArticleEditing editing;
    @Autowired
    MediaService media;

    private final String token = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void the_picker_inserts_the_picture_at_the_cursor_and_the_preview_shows_it_between_the_paragraphs() {
        MediaImage picture = picture();
        CategoryNode category = ArticleTestData.category(categories, "Bilder im Text " + token);
        ArticleDetails article = as("editor", () -> editing.save(ArticleTestData.withBody(
                ArticleTestData.complete("Mit Bild im Text " + token, category.id()),
                "Erster Absatz.\n\nZweiter Absatz.")));
        loginAs(DemoAccounts.EDITOR, DemoAccounts.EDITOR_PASSWORD);
        page.navigate(url("/articles/" + article.id()));
        Locator body = page.locator("#article-body textarea");
        assertThat(body).hasValue("Erster Absatz.\n\nZweiter Absatz.");

        // The cursor goes to the end of the first line, with the keys an editor would use. (Vaadin's text area
        // lays its slotted textarea out so that Playwright finds no point of it to click: focus it instead.)
        // Once in a full CI run (2026-12-03) the picture went to the end: the text area had not taken the focus. The
        // cause was the test, not the editor: Vaadin's client renders a freshly loaded page into a container it
        // keeps hidden (display: none) until the navigation has finished, so the text area already had its value
        // while a focus() on it was silently ignored (3 of 10 tries when focused as soon as it was in the page, 0 of 8
        // once it was visible). Nothing in the editor takes the focus afterwards: it is still there 1.5 s later.
        assertThat(body).isVisible();
        body.focus();
        page.keyboard().press("Control+Home");
        page.keyboard().press("End");
        page.waitForTimeout(1500);
        assertThat(body).isFocused();
        org.assertj.core.api.Assertions.assertThat(body.evaluate("t => t.selectionStart"))
                .isEqualTo("Erster Absatz.".length());
        page.locator("#article-body-picture").click();
        page.locator("#media-picker-search input").fill(token);
        page.locator("#media-picker-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Hafen am Abend " + token)).first().click();

        String link = "![Hafen am Abend " + token + "](media:" + picture.id() + ")";
        assertThat(body).hasValue("Erster Absatz.\n\n" + link + "\n\nZweiter Absatz.");
        assertThat(page.locator("#media-picker")).hasCount(0);
        // The preview: first paragraph, the figure with the picture, second paragraph, in this order.
        Locator figure = page.locator("#article-preview-body figure");
        assertThat(figure.locator("img")).hasAttribute("alt", "Hafen am Abend " + token);
        Object order = page.locator("#article-preview-body").evaluate("""
                el => [...el.querySelectorAll(':scope p, :scope figure')]
                      .filter(e => !e.closest('figure') || e.tagName === 'FIGURE')
                      .map(e => e.tagName === 'FIGURE' ? 'figure' : e.textContent.trim())""");
        org.assertj.core.api.Assertions.assertThat(order)
                .asString().isEqualTo("[Erster Absatz., figure, Zweiter Absatz.]");
    }

    @Test
    void a_click_on_the_picture_in_the_edit_dialog_moves_the_stored_focal_point_there() {
        MediaImage picture = picture();
        loginAs(DemoAccounts.EDITOR, DemoAccounts.EDITOR_PASSWORD);
        page.navigate(url("/media"));
        page.locator("#media-search input").fill(token);
        page.locator("#media-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Hafen am Abend " + token)).first().click();

        Locator shown = page.locator("#media-focal-picture");
        assertThat(shown).isVisible();
        assertThat(page.locator("#media-focal-x input")).hasValue("50");
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", shown.elementHandle());
        BoundingBox box = settledBox(shown);
        shown.click(new Locator.ClickOptions().setPosition(box.width * 0.25, box.height * 0.75));

        assertThat(page.locator("#media-focal-x input")).hasValue(java.util.regex.Pattern.compile("^2[456]$"));
        assertThat(page.locator("#media-focal-y input")).hasValue(java.util.regex.Pattern.compile("^7[456]$"));
        assertThat(page.locator("#media-focal-marker")).hasAttribute("style",
                java.util.regex.Pattern.compile("(?=.*left: 2[456]%)(?=.*top: 7[456]%)"));
        page.locator("#media-save").click();
        assertThat(page.locator("#media-focal-picture")).hasCount(0);

        MediaImage stored = as("editor", () -> media.find(picture.id())).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(stored.focalX()).isCloseTo(0.25, Offset.offset(0.011));
        org.assertj.core.api.Assertions.assertThat(stored.focalY()).isCloseTo(0.75, Offset.offset(0.011));
        org.assertj.core.api.Assertions.assertThat(stored.version()).isGreaterThan(picture.version());
    }

    /**
     * The element's box once the dialog has stopped resizing (its fields and a scrollbar can still change the
     * picture's rendered size after the image itself has loaded; a click computed from an older box lands elsewhere).
     */
    private static BoundingBox settledBox(Locator element) {
        BoundingBox before = element.boundingBox();
        for (int i = 0; i < 50; i++) {
            element.page().waitForTimeout(100);
            BoundingBox now = element.boundingBox();
            if (now.width == before.width && now.height == before.height && now.x == before.x && now.y == before.y) {
                return now;
            }
            before = now;
        }
        return before;
    }

    /** A fresh 1200 × 800 JPEG with alt text, caption and credit, focal point in the middle. */
    private MediaImage picture() {
        byte[] jpeg = TestImages.encode(TestImages.picture(1200, 800, new Color(0x2a6f97)), "jpeg");
        MediaImage uploaded = as("editor", () -> media.upload("hafen-" + token + ".jpg", jpeg)).image();
        return as("editor", () -> media.updateDetails(uploaded.id(), uploaded.version(), new MediaDetails(
                "Hafen am Abend " + token, "Hafen am Abend " + token, "Foto: Redaktion", 0.5, 0.5)));
    }
}
