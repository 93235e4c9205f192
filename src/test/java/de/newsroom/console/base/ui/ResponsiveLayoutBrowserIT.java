package de.newsroom.console.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.WaitForSelectorState;
import de.newsroom.console.BrowserTest;
import de.newsroom.console.article.ArticleDetails;
import de.newsroom.console.article.ArticleEditing;
import de.newsroom.console.article.ArticleTestData;
import de.newsroom.console.category.CategoryService;
import de.newsroom.console.security.DemoAccounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every view at a phone (390 px) and a desktop width: no sideways scrolling of the page (nor of the article grid),
 * and the view's main action (Save in the editor, the primary button elsewhere, the selected tab of the article list)
 * inside the viewport without scrolling. A long page scrolls the document itself, not a box inside the app layout
 * (decision 0034), and the grids that fill the window still show rows.
 */
class ResponsiveLayoutBrowserIT extends BrowserTest {

    @Autowired
    ArticleEditing articles;
    @Autowired
    CategoryService categories;
    @Autowired
    de.newsroom.console.article.ArticleWorkflow workflow;
    @Autowired
    de.newsroom.console.article.ArticleNextVersions nextVersions;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    de.newsroom.console.article.ArticleTrash trash;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"390, 844", "1440, 900"})
    void every_view_fits_the_width_and_keeps_its_main_action_in_reach(int width, int height) {
        var category = ArticleTestData.category(categories, "Handy");
        ArticleDetails article = ArticleTestData.as(DemoAccounts.EDITOR, () -> articles.save(ArticleTestData.complete(
                "Ein sehr langer Titel, der auf dem Telefon umbrechen muss, statt die Seite zu verbreitern", category.id())));
        page.setViewportSize(width, height);
        List<String> problems = new ArrayList<>();

        Map<String, String> admin = new LinkedHashMap<>();
        admin.put("/users", "vaadin-button[theme~='primary']");
        admin.put("/audit", null);
        admin.put("/categories", "#category-new");
        admin.put("/tags", null);
        // The rule lists keep their remove buttons inside a phone's width (no grid scrolling sideways).
        admin.put("/moderation/settings", null);
        check(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD, admin, problems);
        // The moderation settings are longer than the window at both widths, with or without data.
        documentScrolls("/moderation/settings", problems);
        // The account and category dialogs: every field and button inside the window, Save reachable.
        dialogFits("/users?account=editor", null, "account", problems);
        dialogFits("/categories", "#category-new", "category", problems);

        // A pending comment with long texts at the head of the queue: the columns are measured with it on screen.
        String slug = "responsive-" + java.util.UUID.randomUUID();
        jdbc.update("""
                insert into article (title, slug, lead, author_id, status, comments_open, published_at)
                values ('Strompreise sinken leicht – doch viele Verbraucher profitieren erst mit Verzögerung', ?,
                        'Vorspann', (select id from app_user where username = 'editor'), 'PUBLISHED', true, now())""",
                slug);
        jdbc.update("""
                insert into comment (article_id, author_name, body, status, client_hash, created_at)
                values ((select id from article where slug = ?), 'Stromsparer_77', 'Dass die Netzentgelte steigen, \
                verstehe ich ja. Aber warum erfährt man davon immer erst aus der Zeitung und nie vom Versorger?',
                        'PENDING', 'responsive', timestamp '2001-01-01')""", slug);
        Map<String, String> moderator = new LinkedHashMap<>();
        moderator.put("/moderation", "#action-approve");
        check(DemoAccounts.MODERATOR, DemoAccounts.MODERATOR_PASSWORD, moderator, problems);
        gridShowsRows("/moderation", "#moderation-grid", problems);
        if (width >= 1440) {
            // Beside the detail panel the comment and its article title get the room (before: about 90 px each, a few
            // words of each); the columns that matter less keep a fixed width.
            Number comment = (Number) page.evaluate(COLUMN_WIDTH, "queue-excerpt");
            Number title = (Number) page.evaluate(COLUMN_WIDTH, "queue-article");
            if (comment.intValue() < 220 || title.intValue() < 150) {
                problems.add("/moderation: comment column " + comment + " px, article column " + title + " px");
            }
        }

        // Created after the admin pages are measured: the audit grid's action column takes the width of its widest
        // label, and "Article sent for review" of these moves already overflows it at 390 px (an audit-view matter).
        // A live article with a new version beside it: the correction and new-version actions must fit too.
        ArticleDetails live = ArticleTestData.as(DemoAccounts.EDITOR, () -> {
            ArticleDetails saved = articles.save(ArticleTestData.complete("Live und korrigierbar, mit neuer Fassung "
                    + "daneben, auf dem Telefon", category.id()));
            ArticleDetails review = workflow.transition(saved.id(), saved.version(),
                    de.newsroom.console.article.ArticleStatus.IN_REVIEW);
            ArticleDetails published = workflow.transition(review.id(), review.version(),
                    de.newsroom.console.article.ArticleStatus.PUBLISHED);
            nextVersions.start(published.id(), published.version());
            return published;
        });
        // An article in the trash: Restore must be in reach on a phone too, where the actions column gives way (before:
        // only there, so a phone could not restore at all); the phone's copy sits under the status.
        ArticleTestData.as(DemoAccounts.EDITOR, () -> {
            ArticleDetails doomed = articles.save(ArticleTestData.complete("Versehentlich gelöscht, auf dem Telefon "
                    + "wiederherzustellen", category.id()));
            return trash.moveToTrash(doomed.id(), doomed.version());
        });
        Map<String, String> editor = new LinkedHashMap<>();
        editor.put("/", null);
        editor.put("/articles?status=trashed",
                width < 700 ? "[id^='article-phone-restore-']" : "[id^='article-restore-']");
        editor.put("/articles", "#article-new");
        // A published row links to its reader page on a phone too, under the status (before: desktop only).
        editor.put("/articles?status=published", width < 700 ? "[id^='article-phone-view-']:not([hidden])"
                : "[id^='article-view-']:not([hidden])");
        // A tab far right in the bar, chosen by the address: the bar scrolls it into view on a phone.
        editor.put("/articles?status=archived", "#article-tab-archived");
        editor.put("/articles/new", "#article-save");
        editor.put("/articles/" + article.id(), "#article-save");
        editor.put("/articles/" + live.id(), "#article-save");
        editor.put("/articles/" + live.id() + "/next", "#next-save");
        editor.put("/tags", null);
        editor.put("/profile", "vaadin-button[theme~='primary']");
        check(DemoAccounts.EDITOR, DemoAccounts.EDITOR_PASSWORD, editor, problems);
        gridShowsRows("/articles", "#article-grid", problems);
        if (width < 700) {
            // The stacked editor is the phone's longest page: the document scrolls under the fixed Save.
            documentScrolls("/articles/" + article.id(), problems);
        }
        scheduleDialog(category.id(), width, problems);
        quickEditOnPhones(width, problems);
        titleInReachOnPhones(live.id(), width, problems);
        formEndClearOfSaveOnPhones(width, problems);
        labelsReadableAboveSaveOnPhones("/articles/new", width, problems);
        labelsReadableAboveSaveOnPhones("/articles/" + article.id(), width, problems);
        filtersEven(problems);
        if (width < 700) {
            menuInReachOnATouchPhone(live.id(), problems);
        }

        assertThat(problems).as("at %dx%d", width, height).isEmpty();
    }

    /**
     * The moderation views in German at both widths: on a phone the queue's bulk bar is one line (count, "Aktionen",
     * "Auswahl aufheben"; before: three lines, 148 px, the first comment at 482 px) and "Aktionen" reaches every
     * decision; at 1440 px the filters are one line (before: "Gemeldet (alle Status)" on a second, 115 px); the rules
     * page cuts neither an exception (before: "marsch, bars…" at 390 px) nor a field's label ("Beanstandungen bis zur
     * e…") nor the surge measure's option. The queue's decision bar is one line on a phone (before: 112 px), "Mehr"
     * holding Bearbeiten and Kommentierende….
     */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"390, 844", "1440, 900"})
    void the_moderation_views_keep_their_bars_to_one_line_and_cut_no_text_in_german(int width, int height) {
        // A German browser (the console follows its language); the closing @AfterEach closes this context instead.
        var english = context;
        context = english.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("de-DE").setViewportSize(width, height));
        english.close();
        context.setDefaultTimeout(30_000);
        context.setDefaultNavigationTimeout(60_000);
        page = context.newPage();
        List<String> problems = new ArrayList<>();
        // A pending comment to tick (the test profile seeds none).
        String slug = "bulk-" + java.util.UUID.randomUUID();
        jdbc.update("""
                insert into article (title, slug, lead, author_id, status, comments_open, published_at)
                values ('Bürgerhaus bleibt geschlossen', ?, 'Vorspann',
                        (select id from app_user where username = 'editor'), 'PUBLISHED', true, now())""", slug);
        jdbc.update("""
                insert into comment (article_id, author_name, body, status, client_hash, created_at)
                values ((select id from article where slug = ?), 'Anwohnerin', 'Schon wieder zu?', 'PENDING',
                        'bulk-bar', now())""", slug);
        loginAs(DemoAccounts.MODERATOR, DemoAccounts.MODERATOR_PASSWORD);
        page.navigate(url("/moderation"));
        page.locator("#moderation-grid").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        page.waitForTimeout(1500);
        BoundingBox filters = page.locator(".moderation-filters").boundingBox();
        BoundingBox status = page.locator("#filter-status").boundingBox();
        BoundingBox reported = page.locator("#filter-reported").boundingBox();
        if (!page.locator("#filter-reported").innerText().contains("Nur gemeldete")) {
            problems.add("queue: the reported filter reads " + page.locator("#filter-reported").innerText());
        }
        if (width >= 1440 && reported.y + reported.height > status.y + status.height + 1) {
            problems.add("queue: the filters take " + (int) filters.height + " px, the reported filter on a second line");
        }
        foldedFiltersOnPhones(width, height, problems);
        page.locator("#moderation-grid vaadin-checkbox").nth(1).click();
        page.waitForTimeout(800);
        BoundingBox bulk = page.locator(".moderation-bulk").boundingBox();
        BoundingBox approve = page.locator("#bulk-approve").boundingBox();
        if (width < 700) {
            // One line of buttons is about 40 px; two would be 80.
            if (bulk.height > 56 || page.locator("#bulk-approve").isVisible() || page.locator("#bulk-count").count() == 0
                    || !page.locator("#bulk-count").innerText().contains("1 ausgewählt")) {
                problems.add("queue: the phone's bulk bar is " + (int) bulk.height + " px high, decisions shown: "
                        + page.locator("#bulk-approve").isVisible());
            }
            if (page.locator("#bulk-more").count() == 0) {
                problems.add("queue: no Aktionen button on a phone");
                assertThat(problems).as("at %dx%d", width, height).isEmpty();
            }
            page.locator("#bulk-more").click();
            page.locator("#bulk-reject-matching").waitFor(
                    new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
            page.locator("#bulk-clear").click();
            page.waitForTimeout(500);
            if (page.locator("#bulk-count").isVisible() || page.locator("#bulk-clear").isVisible()) {
                problems.add("queue: count or clear still shown with nothing ticked");
            }
            // The decision bar at the bottom edge is one line: Freigeben, Ablehnen…, Spam and "Mehr", whose menu holds
            // Bearbeiten and Kommentierende… (before: those two on a second line, the bar 112 px high).
            BoundingBox decisions = page.locator(".moderation-actions").boundingBox();
            if (decisions.height > 64 || !page.locator("#action-more").isVisible()
                    || page.locator("#action-edit").isVisible() || page.locator("#action-commenter").isVisible()) {
                problems.add("queue: the phone's decision bar is " + (int) decisions.height + " px high, Mehr shown: "
                        + page.locator("#action-more").isVisible());
            } else {
                page.locator("#action-more").click();
                Locator editItem = page.locator("vaadin-context-menu-item#action-more-edit");
                editItem.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
                if (!page.locator("vaadin-context-menu-item#action-more-commenter").innerText().contains("Kommentierende")) {
                    problems.add("queue: Mehr holds no Kommentierende…");
                }
                editItem.click();
                page.locator("#edit-text").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
                page.keyboard().press("Escape");
                page.waitForTimeout(500);
            }
            // Scrolled to the end, the reply form lies above the one-line decision bar at the bottom edge (before:
            // its last 40 px stayed under it).
            Number covered = (Number) page.evaluate("""
                    () => { const sc = document.scrollingElement;
                            sc.scrollTop = sc.scrollHeight;
                            return document.querySelector('.reply-form').getBoundingClientRect().bottom
                                - document.querySelector('.moderation-actions').getBoundingClientRect().top; }""");
            if (covered.doubleValue() > 0) {
                problems.add("queue: the decision bar covers the last " + covered.intValue() + " px of the reply form");
            }
        } else if (page.locator("#action-more").isVisible() || !page.locator("#action-edit").isVisible()) {
            problems.add("queue: the desktop's decision bar shows Mehr or hides Bearbeiten");
        }
        if (width >= 700 && (approve == null || bulk.height > 56 || page.locator("#bulk-more").isVisible()
                || page.locator("#bulk-clear").isVisible() || !page.locator("#bulk-approve").innerText().contains("(1)"))) {
            problems.add("queue: the desktop bulk bar is " + (int) bulk.height + " px high or shows the phone's buttons");
        }

        context.clearCookies();
        loginAs(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD);
        page.navigate(url("/moderation/settings"));
        page.locator("#settings-words").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        page.waitForTimeout(1500);
        String cut = (String) page.evaluate("""
                () => [...document.querySelectorAll('#settings-words vaadin-grid-cell-content, '
                            + '#settings-authors vaadin-grid-cell-content')]
                        .filter(c => c.offsetParent !== null && c.scrollWidth > c.clientWidth + 1)
                        .map(c => 'cell "' + c.textContent.trim() + '"')
                    .concat([...document.querySelectorAll('.settings-form > *')]
                        .map(f => [f, f.shadowRoot && f.shadowRoot.querySelector('[part=label]')])
                        .filter(([f, l]) => l && l.offsetParent !== null && l.scrollWidth > l.clientWidth + 1)
                        .map(([f, l]) => 'label "' + f.label + '"'))
                    // The surge measure's chosen option (before: "Alle neuen Kommentare zurückhalten (markier…").
                    .concat([...document.querySelectorAll('#surge-policy vaadin-select-value-button *')]
                        .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
                        .map(e => 'option "' + e.textContent.trim() + '"'))
                    .join(', ')""");
        if (!cut.isEmpty()) {
            problems.add("rules page: cut off: " + cut);
        }
        assertThat(problems).as("at %dx%d", width, height).isEmpty();
    }

    /**
     * A toast never lies over a view's action bar along the bottom edge: on a phone the editor's "Saved." and the
     * queue's Undo toast end above the bar, and Save and Approve can be tapped while they are open (before, at 390 px
     * "Gespeichert." covered Save for 3 s, 790-836 px over a bar at 784-844, and the Undo toast Approve, Reject and
     * Spam for 8 s). The Undo stays reachable: Tab reaches it from the queue's row, Enter takes the decision back. On
     * a desktop, where the bars are part of the page, the toasts stand at the bottom left as before.
     */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"390, 844", "600, 900", "1440, 900"})
    void toasts_stand_above_the_bottom_action_bar_and_the_undo_is_reached_by_keyboard(int width, int height) {
        page.setViewportSize(width, height);
        var category = ArticleTestData.category(categories, "Toast");
        ArticleDetails article = ArticleTestData.as(DemoAccounts.EDITOR, () -> articles.save(ArticleTestData.complete(
                "Gespeichert, ohne dass die Meldung Speichern verdeckt", category.id())));
        List<String> problems = new ArrayList<>();

        loginAs(DemoAccounts.EDITOR, DemoAccounts.EDITOR_PASSWORD);
        page.navigate(url("/articles/" + article.id()));
        page.locator("#article-save").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        page.waitForTimeout(1000);
        page.locator("#article-save").click();
        Locator saved = page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Saved."));
        saved.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        // Past its entrance (it slides in from below for 0.3 s).
        page.waitForTimeout(600);
        toastClearOf("editor", saved, "#article-save-bar", "#article-save", width, height, problems);

        // A pending comment older than any other: the queue's first row, on screen on arrival.
        String slug = "toast-" + java.util.UUID.randomUUID();
        jdbc.update("""
                insert into article (title, slug, lead, author_id, status, comments_open, published_at)
                values ('Toast über der Leiste', ?, 'Vorspann', (select id from app_user where username = 'editor'),
                        'PUBLISHED', true, now())""", slug);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ids.add(jdbc.queryForObject("""
                    insert into comment (article_id, author_name, body, status, client_hash, created_at)
                    values ((select id from article where slug = ?), ?, ?, 'PENDING', 'toast',
                            timestamp '1960-01-01' + ? * interval '1 minute') returning id""", Long.class, slug,
                    "Toastleser " + i, "Toastkommentar " + i, i));
        }
        try {
            context.clearCookies();
            loginAs(DemoAccounts.MODERATOR, DemoAccounts.MODERATOR_PASSWORD);
            page.navigate(url("/moderation"));
            page.waitForFunction("() => { const b = document.querySelector('#comment-detail-body'); "
                    + "return b && b.textContent === 'Toastkommentar 0'; }", null,
                    new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(30_000)).dispose();
            page.waitForTimeout(800);
            page.keyboard().press("a");
            Locator undo = page.locator("#undo-decision");
            undo.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
            page.waitForTimeout(600);
            Locator toast = page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHas(undo));
            toastClearOf("queue", toast, ".moderation-actions", "#action-approve", width, height, problems);
            // The keyboard: from the queue's row Tab reaches Undo in the toast, and Enter takes the decision back.
            boolean reached = false;
            for (int i = 0; i < 40 && !reached; i++) {
                page.keyboard().press("Tab");
                reached = Boolean.TRUE.equals(page.evaluate("""
                        () => { let a = document.activeElement;
                          while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
                          return !!a && !!a.closest('#undo-decision'); }"""));
            }
            if (!reached) {
                problems.add("queue: Tab did not reach Undo within 40 presses");
            } else {
                page.keyboard().press("Enter");
                page.waitForFunction("() => document.querySelector('#comment-detail-body').textContent "
                        + "=== 'Toastkommentar 0'", null,
                        new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(20_000)).dispose();
                String status = jdbc.queryForObject("select status from comment where id = ?", String.class,
                        ids.get(0));
                if (!"PENDING".equals(status)) {
                    problems.add("queue: Undo by Enter left the comment " + status);
                }
            }
        } finally {
            // Decided, so that no other test finds them at the head of its queue.
            jdbc.update("update comment set status = 'APPROVED' where client_hash = 'toast'");
        }
        assertThat(problems).as("at %dx%d", width, height).isEmpty();
    }

    /**
     * On a phone (below 700 px) the toast ends above the top edge of {@code bar} and {@code action} can be tapped
     * (the point at its middle is it, not the toast); on a desktop the toast stands at the bottom left as before.
     */
    private void toastClearOf(String view, Locator toast, String bar, String action, int width, int height,
                              List<String> problems) {
        BoundingBox card = toast.boundingBox();
        if (card == null) {
            problems.add(view + ": no toast on screen");
            return;
        }
        System.out.printf("%s at %dx%d: toast %d-%d px%n", view, width, height, (int) card.y,
                (int) (card.y + card.height));
        if (width < 700) {
            BoundingBox edge = page.locator(bar).boundingBox();
            if (card.y + card.height > edge.y + 0.5) {
                problems.add(view + ": the toast (" + (int) card.y + "-" + (int) (card.y + card.height)
                        + " px) lies over the bar (from " + (int) edge.y + " px)");
            }
            Object hit = page.evaluate("""
                    sel => { const e = document.querySelector(sel); const b = e.getBoundingClientRect();
                      const top = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
                      return !!top && (top === e || e.contains(top)); }""", action);
            if (!Boolean.TRUE.equals(hit)) {
                problems.add(view + ": " + action + " cannot be tapped while the toast is open");
            }
        } else if (card.y + card.height < height - 60 || card.x > 40) {
            problems.add(view + ": on a desktop the toast moved from the bottom left to " + (int) card.x + ","
                    + (int) card.y);
        }
    }

    /**
     * The queue's first comment starts high on a phone: the status, "Filter" (how many of the other filters are set)
     * and the bulk bar's "Aktionen" share one line, the other five filters wait behind "Filter" (before: the filters
     * took 196 px and "Aktionen" a line of its own, the first comment at 416 px of 844); at 1440 px nothing moved (the
     * first comment at 392 px, every filter on one line, no "Filter" button). On a phone the keyboard goes from the
     * status to "Filter", Enter opens the filters, Tab goes on into them, and a set filter is counted on the button.
     */
    private void foldedFiltersOnPhones(int width, int height, List<String> problems) {
        Number first = (Number) page.evaluate("""
                () => Math.round(Math.min(...[...document.querySelectorAll('#moderation-grid .queue-excerpt')]
                    .map(e => e.getBoundingClientRect()).filter(b => b.height > 0).map(b => b.top)))""");
        System.out.printf("moderation queue at %dx%d: first comment at %s px%n", width, height, first);
        if (width >= 1440) {
            if (first.intValue() > 392) {
                problems.add("queue: the first comment starts at " + first + " px at 1440 px (before: 392)");
            }
            if (page.locator("#filter-more").isVisible() || !page.locator("#filter-article").isVisible()) {
                problems.add("queue: a desktop shows the phone's Filter button or hides a filter");
            }
            return;
        }
        if (first.doubleValue() > height / 3.0) {
            problems.add("queue: the first comment starts at " + first + " px of " + height + " on a phone");
        }
        Locator more = page.locator("#filter-more");
        if (more.count() == 0 || !more.isVisible() || page.locator("#filter-article").isVisible()) {
            problems.add("queue: the phone's filters are not folded behind Filter");
            return;
        }
        page.locator("#filter-status vaadin-select-value-button").focus();
        page.keyboard().press("Tab");
        if (!(Boolean) page.evaluate("() => document.activeElement && document.activeElement.id === 'filter-more'")) {
            problems.add("queue: Tab from the status does not reach Filter");
            more.focus();
        }
        page.keyboard().press("Enter");
        page.locator("#filter-reported").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        page.keyboard().press("Tab");
        if (!(Boolean) page.evaluate("() => !!document.activeElement.closest('#filter-article')")) {
            problems.add("queue: Tab from the opened Filter does not go on into the article filter");
        }
        if (!"true".equals(more.getAttribute("aria-expanded"))) {
            problems.add("queue: the opened Filter does not say it is expanded");
        }
        page.locator("#filter-flagged").click();
        page.waitForTimeout(800);
        more.click();
        page.waitForTimeout(500);
        if (page.locator("#filter-flagged").isVisible() || !more.innerText().contains("Filter (1)")) {
            problems.add("queue: folded with one filter set, the button reads " + more.innerText());
        }
        more.click();
        page.locator("#filter-flagged").click();
        page.waitForTimeout(800);
        more.click();
        page.waitForTimeout(500);
        if (!more.innerText().strip().equals("Filter")) {
            problems.add("queue: with no filter set, the button reads " + more.innerText());
        }
    }

    /** The width of the queue grid's cells holding the given element (its text's room), 0 if none is shown. */
    private static final String COLUMN_WIDTH = """
            cls => Math.max(0, ...[...document.querySelectorAll('#moderation-grid .' + cls)]
                .filter(e => e.offsetParent !== null).map(e => e.parentElement.getBoundingClientRect().width))""";

    /**
     * The schedule dialog of an article in review: its date and time fit the dialog (the time stuck out of it at
     * 390 px), the cursor stands in the date on a desktop, and a phone's full-screen calendar does not open by itself.
     */
    private void scheduleDialog(long categoryId, int width, List<String> problems) {
        ArticleDetails review = ArticleTestData.as(DemoAccounts.EDITOR, () -> {
            ArticleDetails saved = articles.save(ArticleTestData.complete("Zum Planen auf dem Telefon", categoryId));
            return workflow.transition(saved.id(), saved.version(),
                    de.newsroom.console.article.ArticleStatus.IN_REVIEW);
        });
        page.navigate(url("/articles/" + review.id()));
        page.locator("#article-move-scheduled").click();
        Locator when = page.locator("#article-schedule-when");
        when.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        page.waitForTimeout(1000);
        BoundingBox picker = page.locator("#article-schedule-when vaadin-time-picker").boundingBox();
        BoundingBox dialog = page.locator("#article-schedule-ok").boundingBox();
        if (picker == null || dialog == null || picker.x + picker.width > dialog.x + dialog.width + 1) {
            problems.add("schedule dialog: the time sticks out of the dialog");
        }
        boolean calendarOpen = (Boolean) page.evaluate(
                "[...document.querySelectorAll('vaadin-date-picker')].some(p => p.opened)");
        if (calendarOpen) {
            problems.add("schedule dialog: the calendar opened by itself");
        }
        boolean inDate = (Boolean) page.evaluate("() => { const i = document.querySelector("
                + "'#article-schedule-when vaadin-date-picker input'); return i !== null && document.activeElement === i; }");
        if (width >= 1440 && !inDate) {
            problems.add("schedule dialog: the cursor is not in the date");
        }
    }

    /** Opens a dialog (by its address, or by clicking {@code opener}) and lists what sticks out of the window. */
    private void dialogFits(String route, String opener, String name, List<String> problems) {
        page.navigate(url(route));
        page.locator(".view").first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        if (opener != null) {
            page.locator(opener).click();
        }
        page.locator("vaadin-dialog-overlay").first().waitFor(
                new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        page.waitForTimeout(800);
        String outside = (String) page.evaluate("""
                () => [...document.querySelectorAll('vaadin-dialog *')]
                    .filter(e => e.offsetParent !== null)
                    .map(e => [e, e.getBoundingClientRect()])
                    .filter(([e, b]) => b.width > 0 && (b.left < -1 || b.right > window.innerWidth + 1
                                                         || b.bottom > window.innerHeight + 1))
                    .map(([e, b]) => e.localName + (e.id ? '#' + e.id : '')).slice(0, 5).join(', ')""");
        if (!outside.isEmpty()) {
            problems.add(name + " dialog: outside the window: " + outside);
        }
        page.keyboard().press("Escape");
    }

    /**
     * Quick edit on a phone: the actions column is hidden there, so the row carries the quick-edit button under its
     * status (before: only the row menu's long press reached it); on a desktop that copy stays hidden.
     */
    private void quickEditOnPhones(int width, List<String> problems) {
        page.navigate(url("/articles"));
        Locator phone = page.locator("[id^='article-phone-quick-']").first();
        page.locator("#article-grid").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        page.waitForTimeout(1500);
        // One selected row: on a phone the bulk bar is one line (count, Actions, clear) until Actions opens it
        // (before: six lines, 344 px); on a desktop every action shows at once and there is no Actions button.
        page.locator("#article-grid vaadin-checkbox").nth(1).click();
        page.locator("#article-bulk").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        page.waitForTimeout(500);
        BoundingBox bar = page.locator("#article-bulk").boundingBox();
        if (width >= 1440) {
            if (page.locator("#article-bulk-more").isVisible() || !page.locator("#article-bulk-archive").isVisible()) {
                problems.add("bulk bar: a desktop shows the phone's Actions button or hides the actions");
            }
        } else {
            if (bar == null || bar.height > 80 || page.locator("#article-bulk-archive").isVisible()) {
                problems.add("bulk bar: " + (bar == null ? "missing" : (int) bar.height + " px high") + " on a phone");
            }
            page.locator("#article-bulk-more").click();
            page.locator("#article-bulk-archive").waitFor(
                    new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        }
        page.locator("#article-bulk-clear").click();
        page.waitForTimeout(500);
        if (width >= 1440) {
            if (phone.isVisible()) {
                problems.add("article list: the phone's quick-edit button shows on a desktop");
            }
            return;
        }
        if (!phone.isVisible()) {
            problems.add("article list: no quick edit on a phone");
            return;
        }
        phone.click();
        Locator save = page.locator("#article-quick-save");
        save.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        if (!page.url().endsWith("/articles")) {
            problems.add("article list: the phone's quick-edit button opened the article instead");
        }
        BoundingBox box = save.boundingBox();
        if (box == null || box.x + box.width > page.viewportSize().width || box.y + box.height > page.viewportSize().height) {
            problems.add("quick edit: Save is outside the window on a phone");
        }
        page.keyboard().press("Escape");
    }

    /**
     * A live article on a phone: its heading, status and five actions (view on site, archive, trash, new version,
     * correction) stand above the title, small and close together, so the title starts within the first third of the
     * window (before: each action on a line of its own, the title at 390 px of 844).
     */
    private void titleInReachOnPhones(long articleId, int width, List<String> problems) {
        if (width >= 700) {
            return;
        }
        page.navigate(url("/articles/" + articleId));
        Locator title = page.locator("#article-title");
        title.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        BoundingBox box = title.boundingBox();
        if (box == null || box.y > page.viewportSize().height / 3.0) {
            problems.add("editor on a phone: the title starts at " + (box == null ? "?" : box.y) + " px");
        }
    }

    /**
     * The floating Save on a phone covers no field the editor is working in: scrolled to the end, the form's last field
     * and the editor's last content lie above it; and the body reached by Tab from the top of the form is scrolled
     * above it, not left under it (before: its top stayed at 823 px of 844, Save's at 788).
     */
    private void formEndClearOfSaveOnPhones(int width, List<String> problems) {
        if (width >= 700) {
            return;
        }
        page.navigate(url("/articles/new"));
        page.locator("#article-save").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        page.waitForTimeout(1000);
        String overlaps = (String) page.evaluate("""
                () => {
                    const scroller = document.scrollingElement;
                    const save = document.querySelector('#article-save').getBoundingClientRect();
                    const hit = (name, e) => { const b = e.getBoundingClientRect();
                        return b.bottom > save.top && b.top < save.bottom && b.right > save.left && b.left < save.right
                            ? name + ' ' + Math.round(b.top) + '-' + Math.round(b.bottom) : null; };
                    scroller.scrollTop = scroller.scrollHeight;
                    const found = [hit('last field at the end', document.querySelector('.article-form').lastElementChild),
                        hit('last content at the end', document.querySelector('.article-editor').lastElementChild)];
                    scroller.scrollTop = 0;
                    document.querySelector('#article-body textarea').focus();
                    // Its first line must show above Save, not merely touch it.
                    const body = document.querySelector('#article-body textarea').getBoundingClientRect();
                    found.push(body.top + 24 > save.top ? 'body after Tab at ' + Math.round(body.top) : null);
                    return found.filter(f => f !== null).join(', ');
                }""");
        if (!overlaps.isEmpty()) {
            problems.add("editor on a phone: under the floating Save: " + overlaps);
        }
    }

    /**
     * Scrolling through the editor on a phone, Save covers no label and no field: Save's bar has the bottom edge to
     * itself, so at every scroll position nothing of the form shows beside Save at its height (before: Save floated
     * over the form, and a label such as "Rubrik" lay under it while its field showed beside it), and every label of
     * the form can be read in full between the navbar and Save at some scroll position, nothing lying over it.
     */
    private void labelsReadableAboveSaveOnPhones(String route, int width, List<String> problems) {
        if (width >= 700) {
            return;
        }
        page.navigate(url(route));
        page.locator("#article-save").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        page.waitForTimeout(1500);
        String covered = (String) page.evaluate("""
                () => {
                    const sc = document.scrollingElement;
                    const navbar = document.querySelector('vaadin-app-layout').shadowRoot
                        .querySelector('[part~=navbar]').getBoundingClientRect().bottom;
                    const labels = [...document.querySelectorAll('.article-form label, .article-form [slot=label]')]
                        .filter(l => l.getBoundingClientRect().height > 0);
                    const readable = new Set();
                    const beside = [];
                    for (let y = 0; y <= sc.scrollHeight; y += 40) {
                        sc.scrollTop = y;
                        const save = document.querySelector('#article-save').getBoundingClientRect();
                        // What holds Save along the bottom edge: the reading area ends at its top.
                        const holder = [...document.elementsFromPoint(save.left + 1, save.top + 1)]
                            .filter(e => e.contains(document.querySelector('#article-save'))
                                && getComputedStyle(e).position === 'fixed')[0];
                        const bottom = holder ? holder.getBoundingClientRect().top : save.top;
                        labels.forEach((l, i) => {
                            const b = l.getBoundingClientRect();
                            if (b.top >= navbar && b.bottom <= bottom) {
                                const hit = document.elementFromPoint(b.left + Math.min(b.width / 2, 10),
                                    b.top + b.height / 2);
                                if (hit && (hit === l || l.contains(hit))) { readable.add(i); }
                            }
                        });
                        const middle = save.top + save.height / 2;
                        for (let x = 2; x < window.innerWidth; x += 12) {
                            const hit = document.elementFromPoint(x, middle);
                            const field = hit && hit.closest('.article-form > *');
                            if (field) {
                                beside.push((field.label || field.id || field.localName) + ' at scroll ' + y);
                                break;
                            }
                        }
                    }
                    sc.scrollTop = 0;
                    return labels.filter((l, i) => !readable.has(i)).map(l => 'label "' + l.textContent.trim()
                        + '" never readable').concat(beside.slice(0, 4).map(b => 'beside Save: ' + b)).join(', ');
                }""");
        if (!covered.isEmpty()) {
            problems.add(route + " on a phone: " + covered);
        }
    }

    /**
     * The article list's filters stand even at both widths: every filter in a row starts at the same height, label
     * included (before: only Sort had a label, so a gap stood above the author filter beside it on a phone).
     */
    private void filtersEven(List<String> problems) {
        page.navigate(url("/articles"));
        page.locator("#article-sort").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        page.waitForTimeout(800);
        String uneven = (String) page.evaluate("""
                () => { const tops = ['#article-filter-category', '#article-filter-tag', '#article-filter-author',
                                      '#article-sort'].map(s => document.querySelector(s).getBoundingClientRect());
                        const rows = new Map();
                        tops.forEach(b => { const row = [...rows.keys()].find(t => Math.abs(t - b.top) < 40) ?? b.top;
                                            rows.set(row, [...(rows.get(row) ?? []), Math.round(b.top)]); });
                        return [...rows.values()].filter(r => new Set(r).size > 1).map(r => r.join('/')).join(', '); }""");
        if (!uneven.isEmpty()) {
            problems.add("article list: filters in one row start at different heights: " + uneven);
        }
    }

    /**
     * A page longer than the window scrolls the document, so a phone browser can hide its address bar and a tap on the
     * status bar goes back to the top (decision 0034; before, the app layout's content part scrolled inside a
     * document exactly as high as the window, and window.scrollY stayed 0). The fixed navbar stays where it is.
     */
    private void documentScrolls(String route, List<String> problems) {
        page.navigate(url(route));
        Locator heading = page.locator(".view h1, .view h2").first();
        heading.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        page.waitForTimeout(1500);
        Number scrollHeight = (Number) page.evaluate("document.scrollingElement.scrollHeight");
        int windowHeight = page.viewportSize().height;
        if (scrollHeight.intValue() <= windowHeight) {
            problems.add(route + ": the document is " + scrollHeight + " px high in a window of " + windowHeight
                    + " px: the page scrolls inside the layout, not the document");
        }
        // A turn of the mouse wheel over the heading, as a person scrolls.
        BoundingBox box = heading.boundingBox();
        page.mouse().move(box.x + 5, box.y + box.height / 2);
        page.mouse().wheel(0, 400);
        page.waitForTimeout(800);
        Number scrolled = (Number) page.evaluate("window.scrollY");
        Number navbarTop = (Number) page.evaluate("""
                document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part~=navbar]')
                    .getBoundingClientRect().top""");
        if (scrolled.intValue() <= 0) {
            problems.add(route + ": the mouse wheel did not scroll the document (window.scrollY " + scrolled + ")");
        }
        if (navbarTop.intValue() != 0) {
            problems.add(route + ": the navbar moved with the page (top " + navbarTop + " px)");
        }
        page.evaluate("window.scrollTo(0, 0)");
    }

    /**
     * A grid that fills the window under its filters keeps a useful height and shows rows: neither collapsed to
     * nothing nor grown to the height of all its rows now that the document scrolls.
     */
    private void gridShowsRows(String route, String grid, List<String> problems) {
        page.navigate(url(route));
        page.locator(grid + " vaadin-grid-cell-content").first().waitFor(
                new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        page.waitForTimeout(1500);
        String shown = (String) page.evaluate("""
                sel => { const g = document.querySelector(sel); const r = g.getBoundingClientRect();
                         const rows = [...g.shadowRoot.querySelectorAll('tbody#items tr')].filter(tr => {
                             const b = tr.getBoundingClientRect();
                             return !tr.hidden && b.height > 0 && b.top >= r.top && b.bottom <= r.bottom + 1; });
                         return Math.round(r.height) + ' ' + rows.length; }""", grid);
        int height = Integer.parseInt(shown.split(" ")[0]);
        int rows = Integer.parseInt(shown.split(" ")[1]);
        int windowHeight = page.viewportSize().height;
        if (height < 200 || height > windowHeight || rows < 1) {
            problems.add(route + ": " + grid + " is " + height + " px high with " + rows + " rows in view");
        }
    }

    /**
     * On a touch phone the navbar stays at the top, where the drawer toggle is not covered by the editor's floating
     * Save nor by the queue's decision bar (before: Vaadin's touch-optimised navbar moved to the bottom edge, under
     * both, and the menu could not be opened there).
     */
    private void menuInReachOnATouchPhone(long articleId, List<String> problems) {
        var touch = context.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("en-US").setViewportSize(390, 844).setIsMobile(true).setHasTouch(true)
                .setDeviceScaleFactor(3));
        try {
            touch.setDefaultTimeout(30_000);
            var phone = touch.newPage();
            phone.navigate(url("/login"));
            phone.locator("vaadin-login-form input[name=username]").fill(DemoAccounts.ADMIN);
            phone.locator("vaadin-login-form input[name=password]").fill(DemoAccounts.ADMIN_PASSWORD);
            phone.locator("vaadin-login-form vaadin-button").first().click();
            phone.waitForURL(u -> !u.contains("/login"));
            for (String route : List.of("/articles/" + articleId, "/moderation")) {
                phone.navigate(url(route));
                phone.locator(".view").first().waitFor(
                        new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
                phone.waitForTimeout(1500);
                String atToggle = (String) phone.evaluate("""
                        () => { const t = document.querySelector('vaadin-drawer-toggle').getBoundingClientRect();
                                const hit = document.elementFromPoint(t.left + t.width / 2, t.top + t.height / 2);
                                return Math.round(t.top) + ' ' + (hit && hit.closest('vaadin-drawer-toggle') ? 'toggle'
                                    : hit ? hit.localName + (hit.id ? '#' + hit.id : '') : 'nothing'); }""");
                if (!atToggle.endsWith(" toggle") || Integer.parseInt(atToggle.split(" ")[0]) > 20) {
                    problems.add(route + " on a touch phone: the menu toggle at " + atToggle);
                }
            }
        } finally {
            touch.close();
        }
    }

    private void check(String user, String password, Map<String, String> routes, List<String> problems) {
        context.clearCookies();
        loginAs(user, password);
        routes.forEach((route, action) -> {
            page.navigate(url(route));
            page.locator(".view").first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
            // Let lazy content (grid pages, badges) arrive and lay out before measuring.
            page.waitForTimeout(1500);
            Number overflow = (Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
            if (overflow.intValue() > 0) {
                problems.add(route + " scrolls sideways by " + overflow + " px");
            }
            // No grid may scroll sideways inside itself either: on a phone each keeps the columns that fit.
            Number gridOverflow = (Number) page.evaluate("""
                    Math.max(0, ...[...document.querySelectorAll('vaadin-grid, vaadin-grid-pro')]
                        .filter(g => g.offsetParent !== null)
                        .map(g => { const t = g.shadowRoot.querySelector('#table');
                                    return t.scrollWidth - t.clientWidth; }))""");
            if (gridOverflow.intValue() > 1) {
                problems.add(route + ": a grid scrolls sideways by " + gridOverflow + " px");
            }
            if (action != null) {
                Locator button = page.locator(".view " + action).first();
                button.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
                BoundingBox box = button.boundingBox();
                var viewport = page.viewportSize();
                if (box == null || box.x < 0 || box.y < 0 || box.x + box.width > viewport.width
                        || box.y + box.height > viewport.height) {
                    problems.add(route + ": " + action + " is outside the viewport at "
                            + (box == null ? "nowhere" : (int) box.x + "," + (int) box.y));
                }
            }
        });
    }
}
