package de.newsroom.console.reader;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import de.newsroom.console.BrowserTest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ReaderPageBrowserIT extends BrowserTest {

    private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");

    @Autowired
    JdbcTemplate jdbc;

    ContentFixtures data;
    long wirtschaft;
    List<String> blocked = new ArrayList<>();

    /**
     * This test's articles go after it, with the comments its reader form posted: they would otherwise wait in the
     * shared database's moderation queue, in the way of the moderation's browser tests.
     */
    @org.junit.jupiter.api.AfterEach
    void deleteThisTestsArticles() {
        jdbc.update("delete from article where slug like ?", "%-" + data.run);
    }

    @BeforeEach
    void content() {
        data = new ContentFixtures(jdbc);
        wirtschaft = data.category(data.category(null, "News Archiv"), "Wirtschaft");
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                blocked.add(m.text());
            }
        });
    }

    @Test
    void a_reader_posts_a_comment_on_the_preview_page_and_it_waits_in_the_moderation_queue() {
        data.article("Im Browser kommentiert", "PUBLISHED", wirtschaft, T0);

        page.navigate(url("/read/" + data.slug("Im Browser kommentiert")));
        // The stylesheet file loaded under the page's policy (style-src 'self').
        assertThat(page.locator(".preview-note").evaluate("e => getComputedStyle(e).backgroundColor"))
                .isEqualTo("rgb(26, 58, 92)");
        String body = "Ein Kommentar aus dem Browser " + data.run;
        page.locator("#comment-form input[name=authorName]").fill("Lena Leserin");
        page.locator("#comment-form textarea[name=body]").fill(body);
        page.locator("#comment-form button[type=submit]").click();
        page.locator("#comment-status.ok").waitFor();
        assertThat(page.locator("#comment-status").textContent())
                .isEqualTo("Vielen Dank! Ihr Kommentar wird nach Prüfung veröffentlicht.");
        assertThat(blocked).as("CSP violations").isEmpty();
        assertThat(jdbc.queryForObject("select status from comment where body = ?", String.class, body))
                .isEqualTo("PENDING");

        loginAs("moderator", "Moderator-Demo-2026");
        page.navigate(url("/moderation"));
        page.getByText(body).first().waitFor();
    }

    @Test
    void an_empty_form_names_each_missing_field_once_in_the_sites_language_and_sends_nothing() {
        data.article("Leeres Formular", "PUBLISHED", wirtschaft, T0);
        List<String> posts = new ArrayList<>();
        page.onRequest(r -> {
            if (r.method().equals("POST")) {
                posts.add(r.url());
            }
        });
        page.navigate(url("/read/" + data.slug("Leeres Formular")));
        page.locator("#comment-form button[type=submit]").click();
        page.locator("#comment-status.error").waitFor();

        assertThat(page.locator("#authorName-error").textContent()).isEqualTo("Bitte füllen Sie das Feld „Name“ aus.");
        assertThat(page.locator("#body-error").textContent())
                .isEqualTo("Bitte füllen Sie das Feld „Ihr Kommentar“ aus.");
        assertThat(page.locator("#email-error").textContent()).isEmpty();
        assertThat(page.locator("#comment-status").textContent()).isEqualTo("Bitte prüfen Sie Ihre Eingaben.");
        assertNamedOnce(page.locator("#comment-form").innerText());
        assertThat(page.locator("input[name=authorName]").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(posts).as("nothing sent for an empty form").isEmpty();
        assertThat(blocked).as("CSP violations").isEmpty();
    }

    @Test
    void the_servers_english_field_errors_become_the_pages_own_messages_once_per_field() {
        data.article("Vom Server abgelehnt", "PUBLISHED", wirtschaft, T0);
        page.navigate(url("/read/" + data.slug("Vom Server abgelehnt")));
        // The refusal that used to read "The comment was not accepted. Check the fields. is required is required".
        page.route("**/comments", (Route route) -> route.fulfill(new Route.FulfillOptions().setStatus(400)
                .setContentType("application/json")
                .setBody("{\"status\":400,\"error\":\"invalid_input\",\"message\":\"The comment was not accepted. "
                        + "Check the fields.\",\"fieldErrors\":{\"authorName\":\"is required\",\"body\":\"is required\"}}")));
        page.locator("#comment-form input[name=authorName]").fill("Lena Leserin");
        page.locator("#comment-form textarea[name=body]").fill("Ein Text");
        page.locator("#comment-form button[type=submit]").click();
        page.locator("#comment-status.error").waitFor();

        assertThat(page.locator("#authorName-error").textContent()).isEqualTo("Bitte prüfen Sie das Feld „Name“.");
        assertThat(page.locator("#body-error").textContent()).isEqualTo("Bitte prüfen Sie das Feld „Ihr Kommentar“.");
        assertThat(page.locator("#comment-status").textContent()).isEqualTo("Bitte prüfen Sie Ihre Eingaben.");
        String shown = page.locator("#comment-form").innerText();
        assertNamedOnce(shown);
        assertThat(shown).doesNotContain("is required", "not accepted");
    }

    @Test
    void a_post_refused_while_the_article_takes_no_comments_for_now_says_so_and_keeps_the_text() {
        data.article("Pausiert", "PUBLISHED", wirtschaft, T0);
        page.navigate(url("/read/" + data.slug("Pausiert")));
        // What the intake answers while the surge guard pauses the article (or for a refused commenter).
        page.route("**/comments", (Route route) -> route.fulfill(new Route.FulfillOptions().setStatus(403)
                .setContentType("application/json")
                .setBody("{\"status\":403,\"error\":\"comments_paused\",\"message\":\"Comments on this article "
                        + "are paused.\"}")));
        page.locator("#comment-form input[name=authorName]").fill("Lena Leserin");
        page.locator("#comment-form textarea[name=body]").fill("Mein Text");
        page.locator("#comment-form button[type=submit]").click();
        page.locator("#comment-status.error").waitFor();
        // It used to say "konnte nicht gesendet werden. Bitte versuchen Sie es später erneut."
        assertThat(page.locator("#comment-status").textContent())
                .isEqualTo("Ihr Kommentar kann derzeit nicht angenommen werden.");
        assertThat(page.locator("#comment-form textarea[name=body]").inputValue()).isEqualTo("Mein Text");
    }

    @Test
    void without_the_script_a_form_missing_the_name_comes_back_with_the_text_and_a_german_message_on_a_phone() {
        data.article("Ohne Skript im Browser", "PUBLISHED", wirtschaft, T0);
        // The reader page's script never runs: the browser posts the form itself, as with JavaScript off.
        page.route("**/read/assets/*.js", Route::abort);
        page.setViewportSize(390, 844);
        page.navigate(url("/read/" + data.slug("Ohne Skript im Browser")));
        String body = "Ein langer Gedanke zur Grundsteuerreformumsetzungsverordnung " + data.run;
        page.locator("#comment-form textarea[name=body]").fill(body);
        page.locator("#comment-form button[type=submit]").click();
        page.locator("#authorName-error").waitFor();

        assertThat(page.locator("#authorName-error").textContent()).isEqualTo("Bitte füllen Sie das Feld „Name“ aus.");
        assertThat(page.locator("#comment-status").textContent()).isEqualTo("Bitte prüfen Sie Ihre Eingaben.");
        assertThat(page.locator("#comment-form textarea[name=body]").inputValue()).isEqualTo(body);
        assertThat(page.locator("input[name=authorName]").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth")).as("page width at 390 px")
                .isLessThanOrEqualTo(390);

        page.locator("#comment-form input[name=authorName]").fill("Lena Leserin");
        page.locator("#comment-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*\\?kommentar=gesendet#comment-status$"));
        assertThat(page.locator("#comment-status").textContent())
                .isEqualTo("Vielen Dank! Ihr Kommentar wird nach Prüfung veröffentlicht.");
        assertThat(jdbc.queryForObject("select status from comment where body = ?", String.class, body))
                .isEqualTo("PENDING");
        assertThat(blocked).as("CSP violations").isEmpty();
    }

    @Test
    void without_the_script_a_reader_replies_through_the_antworten_link_by_keyboard_on_a_phone() {
        long article = data.article("Antworten ohne Skript", "PUBLISHED", wirtschaft, T0);
        long parent = data.comment(article, null, "Leserin", "Worauf geantwortet wird.", "APPROVED", T0.plusSeconds(10));
        page.route("**/read/assets/*.js", Route::abort);
        page.setViewportSize(390, 844);
        page.navigate(url("/read/" + data.slug("Antworten ohne Skript")));
        assertThat(page.locator("#reply-note").isVisible()).isFalse();

        // It used to be a button that did nothing without the script. Keyboard: focus the link, press Enter.
        page.locator("#comment-" + parent + " a.reply-link").focus();
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*\\?antwort=" + parent + "#comment-form$"));
        assertThat(page.locator("#reply-note").isVisible()).isTrue();
        assertThat(page.locator("#reply-text").textContent()).isEqualTo("Antwort auf den Kommentar von Leserin");
        String body = "Meine Antwort ohne Skript " + data.run;
        page.locator("#comment-form input[name=authorName]").fill("Jan");
        page.locator("#comment-form textarea[name=body]").fill(body);
        page.locator("#comment-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*\\?kommentar=gesendet#comment-status$"));
        assertThat(page.locator("#comment-status").textContent())
                .isEqualTo("Vielen Dank! Ihr Kommentar wird nach Prüfung veröffentlicht.");
        assertThat(jdbc.queryForObject("select parent_id from comment where body = ?", Long.class, body))
                .isEqualTo(parent);
        assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth")).as("page width at 390 px")
                .isLessThanOrEqualTo(390);
        assertThat(blocked).as("CSP violations").isEmpty();
    }

    @Test
    void without_the_script_a_reader_reports_a_comment_and_a_missing_reason_keeps_the_text() {
        long article = data.article("Melden ohne Skript", "PUBLISHED", wirtschaft, T0);
        long comment = data.comment(article, null, "Pöbler", "Unverschämt.", "APPROVED", T0.plusSeconds(10));
        page.route("**/read/assets/*.js", Route::abort);
        page.setViewportSize(390, 844);
        page.navigate(url("/read/" + data.slug("Melden ohne Skript")));
        assertThat(page.locator("#report-form").isVisible()).isFalse();

        page.locator("#comment-" + comment + " a.report-link").click();
        page.waitForURL(Pattern.compile(".*\\?melden=" + comment + "#report-form$"));
        var form = page.locator("#comment-" + comment + " #report-form");
        assertThat(form.isVisible()).isTrue();
        form.locator("textarea[name=text]").fill("Beleidigt andere Leser.");
        form.locator("button[type=submit]").click();
        page.locator("#report-reason-error:not(:empty)").waitFor();
        assertThat(page.locator("#report-reason-error").textContent()).isEqualTo("Bitte wählen Sie einen Grund aus.");
        assertThat(page.locator("select[name=reason]").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.locator("#report-form textarea[name=text]").inputValue()).isEqualTo("Beleidigt andere Leser.");

        page.locator("#report-form select[name=reason]").selectOption("insult");
        page.locator("#report-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*\\?gemeldet=" + comment + "#report-confirmation$"));
        assertThat(page.locator("#comment-" + comment + " #report-confirmation").textContent())
                .isEqualTo("Danke, Ihre Beanstandung ist eingegangen. Die Redaktion sieht sich den Kommentar an.");
        assertThat(jdbc.queryForObject("select reason from comment_report where comment_id = ?", String.class, comment))
                .isEqualTo("INSULT");
        assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth")).as("page width at 390 px")
                .isLessThanOrEqualTo(390);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/reader-report-390.png")).setFullPage(true));
        assertThat(blocked).as("CSP violations").isEmpty();
    }

    @Test
    void with_the_script_melden_and_antworten_stay_on_the_page_and_a_report_needs_a_reason() {
        long article = data.article("Melden mit Skript", "PUBLISHED", wirtschaft, T0);
        long comment = data.comment(article, null, "Pöbler", "Unverschämt.", "APPROVED", T0.plusSeconds(10));
        String address = url("/read/" + data.slug("Melden mit Skript"));
        page.navigate(address);

        page.locator("#comment-" + comment + " a.reply-link").click();
        assertThat(page.locator("#reply-note").isVisible()).isTrue();
        assertThat(page.url()).as("no reload for a reply").isEqualTo(address);
        page.locator("#cancel-reply").click();
        assertThat(page.locator("#reply-note").isVisible()).isFalse();
        assertThat(page.locator("input[name=parentId]").inputValue()).isEmpty();

        page.locator("#comment-" + comment + " a.report-link").click();
        var form = page.locator("#comment-" + comment + " #report-form");
        assertThat(form.isVisible()).isTrue();
        assertThat(page.url()).as("no reload for a report").isEqualTo(address);
        form.locator("button[type=submit]").click();
        assertThat(page.locator("#report-reason-error").textContent()).isEqualTo("Bitte wählen Sie einen Grund aus.");
        form.locator("select[name=reason]").selectOption("spam");
        form.locator("button[type=submit]").click();
        page.locator("#report-status.ok").waitFor();
        assertThat(page.locator("#report-status").textContent())
                .isEqualTo("Danke, Ihre Beanstandung ist eingegangen. Die Redaktion sieht sich den Kommentar an.");
        assertThat(jdbc.queryForObject("select reason from comment_report where comment_id = ?", String.class, comment))
                .isEqualTo("SPAM");
        assertThat(blocked).as("CSP violations").isEmpty();
    }

    @Test
    void a_wide_table_in_the_body_scrolls_inside_the_text_not_the_page_on_a_phone() {
        String header = "| Bundesland | Grundsteuerhebesatz 2025 | Grundsteuerhebesatz 2026 | Veränderung in Prozentpunkten "
                + "| Gemeinden | Einwohnerinnen und Einwohner | Quelle |";
        String table = header + "\n|---|---|---|---|---|---|---|\n"
                + "| Nordrhein-Westfalen | 565 % | 580 % | +15 | 396 | 18.139.116 | Statistisches Landesamt |\n";
        data.article("Breite Tabelle", "Vorspann", "## Hebesätze\n\n" + table, "PUBLISHED", wirtschaft, T0);
        page.setViewportSize(390, 844);
        page.navigate(url("/read/" + data.slug("Breite Tabelle")));

        var cell = page.locator(".body table td").first();
        cell.waitFor();
        assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth")).as("page width at 390 px")
                .isLessThanOrEqualTo(390);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/reader-table-390.png")).setFullPage(true));
        // The table keeps its columns, words whole, and scrolls sideways by itself (it used to be squeezed into the
        // column with words broken at any letter: "Grundsteu-erhebes-atz").
        var rendered = page.locator(".body table");
        assertThat(rendered.evaluate("e => getComputedStyle(e).overflowX")).isEqualTo("auto");
        assertThat((Integer) rendered.evaluate("e => e.scrollWidth - e.clientWidth")).as("table scrolls inside")
                .isGreaterThan(0);
    }

    @Test
    void a_long_german_compound_in_the_title_wraps_on_a_phone() {
        String title = "Bundesverfassungsgerichtsentscheidung zur Grundsteuerreformumsetzungsverordnung";
        data.article(title, "PUBLISHED", wirtschaft, T0);
        page.setViewportSize(390, 844);
        page.navigate(url("/read/" + data.slug(title)));

        var h1 = page.locator("h1");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("de");
        assertThat(h1.evaluate("e => getComputedStyle(e).hyphens")).isEqualTo("auto");
        assertThat((Integer) h1.evaluate("e => e.scrollWidth - e.clientWidth")).as("h1 overflow in px").isLessThanOrEqualTo(0);
        assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth")).as("page width at 390 px")
                .isLessThanOrEqualTo(390);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/reader-page-390.png")).setFullPage(true));
    }

    @Test
    void startseite_in_the_breadcrumb_leads_to_the_home_page_and_its_articles_lead_back_on_a_phone() {
        // Dated after anything else in the shared database, so both stand at the top of the home page.
        data.article("Vom Artikel zur Startseite", "PUBLISHED", wirtschaft, Instant.parse("2099-06-01T08:00:00Z"));
        data.article("Von der Startseite zum Artikel", "PUBLISHED", wirtschaft, Instant.parse("2099-06-01T09:00:00Z"));
        page.setViewportSize(390, 844);
        page.navigate(url("/read/" + data.slug("Vom Artikel zur Startseite")));

        // It used to be text that led nowhere.
        page.locator(".breadcrumb").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Startseite")
                .setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/read$"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Neueste Nachrichten");
        assertThat(page.locator(".breadcrumb [aria-current=page]").textContent()).isEqualTo("Startseite");
        assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth")).as("page width at 390 px")
                .isLessThanOrEqualTo(390);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/reader-home-390.png")).setFullPage(true));

        page.locator(".teasers").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Von der Startseite zum Artikel").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/read/" + Pattern.quote(data.slug("Von der Startseite zum Artikel")) + "$"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Von der Startseite zum Artikel");
        assertThat(blocked).as("CSP violations").isEmpty();
    }

    /**
     * On a phone every breadcrumb entry stays whole, at every width from 320 to 430 px: a line breaks between entries
     * (before, at 390 px "News Archiv" ended one line with "News" and began the next with "Archiv"). And the keyboard's
     * first Tab stops are the skip links, out of sight until focused, then in view: the third leads to the comment
     * form, and the next Tab is in its first field.
     */
    @Test
    void breadcrumb_entries_stay_whole_on_a_phone_and_skip_links_lead_the_keyboard_to_the_comment_form() {
        String title = "Sprunglinks";
        data.article(title, "PUBLISHED", wirtschaft, T0);
        page.setViewportSize(390, 844);
        page.navigate(url("/read/" + data.slug(title)));
        List<String> split = new ArrayList<>();
        for (int width = 320; width <= 430; width += 5) {
            page.setViewportSize(width, 844);
            Object broken = page.evaluate("""
                    () => [...document.querySelectorAll('.breadcrumb a, .breadcrumb [aria-current]')]
                        .filter(e => e.getClientRects().length > 1).map(e => e.textContent).join(', ')""");
            if (!"".equals(broken)) {
                split.add(width + " px: " + broken);
            }
        }
        assertThat(split).as("crumbs broken inside").isEmpty();
        page.setViewportSize(390, 844);

        var skipLinks = page.locator(".skip-links a");
        assertThat(skipLinks.allTextContents()).containsExactly("Navigation überspringen", "Zu den Kommentaren springen",
                "Zum Kommentarformular springen");
        for (int i = 0; i < 3; i++) {
            var link = skipLinks.nth(i);
            assertThat(inView(link)).as("%s before Tab", link.textContent()).isFalse();
            page.keyboard().press("Tab");
            assertThat(link.evaluate("e => e === document.activeElement")).as("Tab %d", i + 1).isEqualTo(true);
            assertThat(inView(link)).as("%s focused", link.textContent()).isTrue();
        }
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*#write-comment$"));
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.name")).isEqualTo("authorName");
        assertThat(blocked).as("CSP violations").isEmpty();
    }

    /** Whether the element's box lies inside the viewport, with a width and a height. */
    private boolean inView(Locator element) {
        return Boolean.TRUE.equals(element.evaluate("""
                e => { const b = e.getBoundingClientRect();
                  return b.width > 0 && b.height > 0 && b.left >= 0 && b.top >= 0
                      && b.right <= window.innerWidth && b.bottom <= window.innerHeight; }"""));
    }

    private static void assertNamedOnce(String text) {
        for (String field : List.of("„Name“", "„Ihr Kommentar“")) {
            assertThat(Pattern.compile(Pattern.quote(field)).matcher(text).results().count())
                    .as("how often %s is named in: %s", field, text).isEqualTo(1);
        }
    }
}
