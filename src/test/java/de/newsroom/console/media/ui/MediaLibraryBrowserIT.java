package de.newsroom.console.media.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import de.newsroom.console.BrowserTest;
import de.newsroom.console.media.TestImages;
import de.newsroom.console.security.DemoAccounts;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A real JPEG and an SVG through Chromium's file chooser: the JPEG's thumbnail appears, the SVG is refused. */
class MediaLibraryBrowserIT extends BrowserTest {

    @Test
    void an_editor_uploads_a_jpeg_and_sees_its_thumbnail_and_an_svg_is_refused() {
        loginAs(DemoAccounts.EDITOR, DemoAccounts.EDITOR_PASSWORD);
        page.navigate(url("/media"));
        assertThat(page.locator("h1")).hasText("Images");

        byte[] jpeg = TestImages.encode(TestImages.picture(1200, 800, Color.ORANGE), "jpeg");
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
        page.locator("#media-upload input[type=file]").setInputFiles(new FilePayload[] {
                new FilePayload("hafen.jpg", "image/jpeg", jpeg),
                new FilePayload("logo.svg", "image/svg+xml", svg)});

        assertThat(page.locator("#media-upload-results")).containsText("hafen.jpg: uploaded.");
        assertThat(page.locator("#media-upload-results")).containsText("logo.svg: SVG graphics are not accepted");
        // The refused file's own line in the upload says why (before: the component's text for any 4xx answer,
        // "Not allowed. Please sign in again.").
        assertThat(page.locator("#media-upload [part=error]").filter(new Locator.FilterOptions()
                .setHasText("SVG graphics are not accepted"))).hasCount(1);
        Locator thumb = page.locator("#media-grid img.media-thumb").first();
        assertThat(thumb).hasAttribute("src", java.util.regex.Pattern.compile("^/media/[0-9a-f]{16}-320sq\\.jpg$"));
        // The browser really loaded the rendition (lazy loading: it is in view).
        page.waitForFunction("img => img.complete && img.naturalWidth === 320", thumb.elementHandle());

        // A phone (390 px): the library fits without sideways scrolling.
        page.setViewportSize(390, 844);
        page.navigate(url("/media"));
        assertThat(page.locator("#media-grid img.media-thumb").first()).isVisible();
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"
                + " && [...document.querySelectorAll('.media-view, .media-view > *')]"
                + ".every(e => e.getBoundingClientRect().right <= window.innerWidth + 1)");
        org.assertj.core.api.Assertions.assertThat(fits).isEqualTo(true);
    }
}
