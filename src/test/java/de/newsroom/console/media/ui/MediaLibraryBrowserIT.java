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

    /**
     * German on a phone (390 px): the picture search of the library and of the picker (the editor's "Bild einfügen …")
     * shows its whole placeholder, and says under the field where it looks. Before, both placeholders were cut to
     * "Suche in Bildunterschrift, Bildnachweis, Alterna" (library) and "…, Bildnachwei" (picker).
     */
    @Test
    void the_picture_search_shows_its_whole_placeholder_in_german_on_a_phone() {
        var english = context;
        context = english.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("de-DE").setViewportSize(390, 844));
        english.close();
        context.setDefaultTimeout(30_000);
        context.setDefaultNavigationTimeout(60_000);
        page = context.newPage();
        loginAs(DemoAccounts.EDITOR, DemoAccounts.EDITOR_PASSWORD);
        java.util.List<String> problems = new java.util.ArrayList<>();

        page.navigate(url("/media"));
        page.locator("#media-search input").waitFor();
        placeholderFits("#media-search", problems);

        page.navigate(url("/articles/new"));
        page.locator("#article-body-picture").click();
        page.locator("#media-picker-search input").waitFor();
        page.waitForTimeout(800);
        placeholderFits("#media-picker-search", problems);

        org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
    }

    /**
     * A touch phone cannot drag files, so the upload there shows its button and no "Bilder hierher ziehen" (before, at
     * 390 px in German the library promised dragging: the console forced drop on for every device); a desktop
     * still takes dropped files and says so.
     */
    @Test
    void the_upload_promises_dragging_on_a_desktop_but_not_on_a_touch_phone() {
        loginAs(DemoAccounts.EDITOR, DemoAccounts.EDITOR_PASSWORD);
        page.navigate(url("/media"));
        assertThat(page.locator("#media-upload").getByText("Drop pictures here")).isVisible();
        assertThat(page.locator("#media-upload")).not().hasAttribute("nodrop", "");

        var touch = context.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("de-DE").setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        try {
            touch.setDefaultTimeout(30_000);
            var phone = touch.newPage();
            phone.navigate(url("/login"));
            phone.locator("vaadin-login-form input[name=username]").fill(DemoAccounts.EDITOR);
            phone.locator("vaadin-login-form input[name=password]").fill(DemoAccounts.EDITOR_PASSWORD);
            phone.locator("vaadin-login-form vaadin-button").first().click();
            phone.waitForURL(u -> !u.contains("/login"));
            phone.navigate(url("/media"));
            assertThat(phone.locator("#media-upload").getByText("Bilder hochladen …")).isVisible();
            assertThat(phone.locator("#media-upload")).hasAttribute("nodrop", "");
            assertThat(phone.locator("#media-upload").getByText("Bilder hierher ziehen")).not().isVisible();
        } finally {
            touch.close();
        }
    }

    /** The placeholder's text, drawn in the input's own font, fits the input's room for text. */
    private void placeholderFits(String field, java.util.List<String> problems) {
        @SuppressWarnings("unchecked")
        var measured = (java.util.List<Object>) page.evaluate("""
                sel => { const i = document.querySelector(sel + ' input'); const cs = getComputedStyle(i);
                         const c = document.createElement('canvas').getContext('2d'); c.font = cs.font;
                         const room = i.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
                         const helper = document.querySelector(sel + ' [slot=helper]');
                         return [i.placeholder, Math.ceil(c.measureText(i.placeholder).width), Math.floor(room),
                                 helper ? helper.textContent : '']; }""", field);
        System.out.printf("%s: placeholder \"%s\" %s px in %s px; helper \"%s\"%n", field, measured.get(0),
                measured.get(1), measured.get(2), measured.get(3));
        if (((Number) measured.get(1)).intValue() > ((Number) measured.get(2)).intValue()) {
            problems.add(field + ": placeholder \"" + measured.get(0) + "\" needs " + measured.get(1) + " px, has "
                    + measured.get(2));
        }
        if (!measured.get(3).toString().contains("Alternativtext")) {
            problems.add(field + ": no helper naming where the search looks: \"" + measured.get(3) + "\"");
        }
    }
}
