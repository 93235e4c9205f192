package de.newsroom.console.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import de.newsroom.console.article.ArticleFilter;
import de.newsroom.console.article.ArticleHits;
import de.newsroom.console.article.ArticleSearch;
import de.newsroom.console.article.ArticleSort;
import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.comment.CommentDetail;
import de.newsroom.console.comment.CommentModerationService;
import de.newsroom.console.comment.ModerationFilter;
import de.newsroom.console.comment.QueueRow;
import de.newsroom.console.scale.BrowserReport.Row;
import de.newsroom.console.scale.BrowserReport.Sample;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The console as people feel it: real headless Chromium (Playwright) on the scale data set, each interaction timed in
 * the browser from the input event to the result in the DOM, next to the server time of the same requests
 * ({@link ServerTimings}). Phase {@code idle}: one user at a time. Phase {@code mixed}: 40 signed-in users in one
 * Chromium while the public API takes comment POSTs and article GETs. Not part of {@code ./mvnw verify}:
 * {@code ./mvnw -B test -Dtest=BrowserBenchmark} ({@code -Dbench.browser.rows=idle|mixed},
 * {@code -Dbench.mixed.minutes=2}); writes {@code target/bench/browser-results.json}. See docs/benchmarks.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("bench")
class BrowserBenchmark {

    private static final Logger log = LoggerFactory.getLogger(BrowserBenchmark.class);
    private static final String PASSWORD = "Skalierung-2026";
    private static final String IDLE = "idle";
    private static final String MIXED = "mixed";

    static {
        // Production mode has no component tracker (two stack traces per component created); this JVM runs Vaadin in
        // development mode, so it is switched off to keep that cost out of the server's numbers (see InJvmSessions).
        System.setProperty("vaadin.devmode.componentTracker.enabled", "false");
    }

    /** The timing filter, ahead of Spring Security and Vaadin. */
    @TestConfiguration
    static class Timing {
        @Bean
        FilterRegistrationBean<ServerTimings> benchServerTimings() {
            var registration = new FilterRegistrationBean<>(new ServerTimings());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/*");
            return registration;
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommentModerationService moderation;

    @Autowired
    ArticleSearch articleSearch;

    @Autowired
    ScaleDataGenerator generator;

    @LocalServerPort
    int port;

    private static boolean selected(String phase) {
        String rows = System.getProperty("bench.browser.rows", "");
        return rows.isBlank() || Arrays.asList(rows.split(",")).contains(phase);
    }

    private static int reps(int full) {
        return Math.max(3, (int) Math.round(full * Double.parseDouble(System.getProperty("bench.browser.scale", "1"))));
    }

    @Test
    void measure_the_console_in_chromium() throws Exception {
        long comments = jdbc.queryForObject("select count(*) from comment", Long.class);
        long articles = jdbc.queryForObject("select count(*) from article", Long.class);
        if (!Boolean.getBoolean("bench.small")) {
            assertThat(comments).as("the scale data set is in place (-Dbench.small=true for a small one)")
                    .isGreaterThan(500_000L);
        }
        // A data set generated before the generator wrote bylines: an article without one cannot be saved (the
        // form asks for at least one name), so the editor's row could not save. Signed as V82 signed old articles.
        int signed = jdbc.update("insert into article_byline (article_id, position, user_id) select a.id, 0, "
                + "a.author_id from article a where not exists (select 1 from article_byline b where b.article_id = a.id)");
        if (signed > 0) {
            log.info("Browser benchmark: {} articles without a byline signed by their creating account", signed);
        }
        // Likewise pictures: the generator's seed step ran once, before it uploaded any.
        if (generator.hasNoPictures()) {
            generator.pictures(ScaleDataGenerator.PICTURES, 1_000);
        }
        BrowserReport.note(String.format(Locale.ROOT, "Data: %,d articles, %,d comments; load before: %s", articles,
                comments, uptime()));
        try (BrowserHarness browser = BrowserHarness.start(port)) {
            assumeTrue(browser != null, "Chromium is not installed (apt-get install chromium)");
            if (selected(IDLE)) {
                new Idle(browser).run();
                BrowserReport.note("Load after the idle phase: " + uptime());
                BrowserReport.write();
            }
            if (selected(MIXED)) {
                new Mixed(browser).run();
                BrowserReport.note("Load after the mixed phase: " + uptime());
            }
        }
        BrowserReport.write();
    }

    static String uptime() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*", "load $1 (1/5/15 min)");
        } catch (IOException e) {
            return "unknown";
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // What the pages wait for

    /**
     * The next comment's full text and its flag list in the detail panel, the panel naming that comment (it keeps its
     * elements and changes their texts, so the comment's id tells one comment's panel from the last one's).
     */
    static final String NEXT_COMMENT = """
            () => {
              const d = document.querySelector('#comment-detail');
              const body = document.querySelector('#comment-detail-body');
              return !!d && d.dataset.comment === window.__expId && !!body && body.textContent === window.__expBody
                && document.querySelectorAll('#comment-detail .comment-detail-flags li').length === window.__expFlags;
            }""";

    /** Any next comment (the mixed run does not know which), or the mark that someone else decided this one. */
    static final String ANY_NEXT_COMMENT = """
            () => {
              const d = document.querySelector('#comment-detail');
              const body = document.querySelector('#comment-detail-body');
              return (!!d && d.dataset.comment !== window.__prevComment && !!body && body.textContent.length > 0)
                || !!document.querySelector('#comment-detail #comment-detail-settled-mark');
            }""";

    /**
     * Puts the keyboard focus into the queue area, where the shortcuts listen, as a moderator's click into it would:
     * on a body cell of the grid, or else on a decision button (in headless Chromium the grid's own focus() and a
     * cell's did not take).
     */
    static final String FOCUS_QUEUE = "const area = document.querySelector('.moderation-area'); "
            + "for (const f of [() => { const g = document.querySelector('#moderation-grid'); "
            + "const cell = g.shadowRoot && g.shadowRoot.querySelector('#items [part~=\"body-cell\"]'); "
            + "if (cell) cell.focus(); }, () => document.querySelector('#action-approve').focus(), "
            + "() => document.querySelector('#action-reject').focus(), () => document.querySelector('#action-spam').focus()]) "
            + "{ if (area.contains(document.activeElement)) break; f(); }";

    /**
     * A key for the queue's shortcuts: from the keyboard when the focus is in the queue area, else (focus lost in
     * headless Chromium) as a keydown event dispatched on the area, which the same shortcut listener receives.
     */
    static void pressInQueue(Page page, String key) {
        Object dispatched = page.evaluate("k => { const area = document.querySelector('.moderation-area'); "
                + "if (area.contains(document.activeElement)) return false; "
                + "area.dispatchEvent(new KeyboardEvent('keydown', {key: k, code: 'Key' + k.toUpperCase(), "
                + "bubbles: true, composed: true, cancelable: true})); return true; }", key);
        if (Boolean.TRUE.equals(dispatched)) {
            SYNTHETIC_KEYS.incrementAndGet();
        } else {
            page.keyboard().press(key);
        }
    }

    static final java.util.concurrent.atomic.AtomicInteger SYNTHETIC_KEYS = new java.util.concurrent.atomic.AtomicInteger();

    static final String REMEMBER_AUTHOR =
            "() => { window.__prevComment = document.querySelector('#comment-detail')?.dataset.comment; "
                    + FOCUS_QUEUE + " }";

    /** The hit line says {@code window.__expHits} and the grid shows rows, the expected first title among them. */
    static final String SEARCH_ROWS = """
            () => {
              const hits = document.querySelector('#article-hits');
              if (!hits || hits.textContent.replace(/\\D/g, '') !== window.__expHits) return false;
              const grid = document.querySelector('#article-grid');
              if (!grid || grid.hasAttribute('loading')) return false;
              const links = [...grid.querySelectorAll('a.article-title-link')];
              return links.length > 0 && (window.__expTitle === null || links.some(a => a.textContent === window.__expTitle));
            }""";

    /** The editor's preview shows the article's title and a rendered body. */
    static final String PREVIEW = """
            () => {
              const h = document.querySelector('#article-preview h1');
              const body = document.querySelector('#article-preview-body');
              return !!h && h.textContent === window.__expTitle && !!body && body.innerHTML.length > 0;
            }""";

    static final String LIST_READY = """
            () => !!document.querySelector('#article-grid a.article-title-link') && !!document.querySelector('#article-search')""";

    static final String SAVED = """
            () => { const v = document.querySelector('[data-unsaved]');
                    return (!!v && v.getAttribute('data-unsaved') === 'false') || !!document.querySelector('#article-conflict:not([hidden])')
                      && document.querySelector('#article-conflict').offsetParent !== null; }""";

    /** Why a save did not end in the saved state: the notification's and the fields' error texts on screen. */
    static final String SAVE_REFUSAL = """
            () => [...document.querySelectorAll('vaadin-notification-card, [slot=error-message]')]
                .map(e => e.textContent.trim()).filter(t => t.length > 0).join(' | ') || 'no message on screen'""";

    static final String UNSAVED = """
            () => { const v = document.querySelector('[data-unsaved]'); return !!v && v.getAttribute('data-unsaved') === 'true'; }""";

    /** Every figure of the role's dashboard parts. */
    static String dashboard(String role) {
        List<String> ids = switch (role) {
            case "EDITOR" -> List.of("drafts", "review", "scheduled", "published", "late").stream()
                    .map(n -> "dashboard-editor-" + n + "-count").toList();
            case "MODERATOR" -> List.of("dashboard-moderation-pending", "dashboard-moderation-oldest",
                    "dashboard-moderation-flagged", "dashboard-moderation-mine", "dashboard-moderation-people",
                    "dashboard-moderation-automatic",
                    "dashboard-activity-summary");
            default -> List.of("locked", "failed", "categories").stream()
                    .map(n -> "dashboard-admin-" + n + "-count").toList();
        };
        return "() => " + String.join(" && ", ids.stream().map(id -> "(document.getElementById('" + id
                + "')?.textContent.trim().length > 0)").toList());
    }

    /** Elements in the page, custom elements among them, shadow roots (with their elements counted) and grids. */
    static final String DOM_SIZE = """
            () => {
              let all = 0, custom = 0, shadows = 0;
              const walk = root => {
                for (const e of root.querySelectorAll('*')) {
                  all++;
                  if (e.localName.includes('-')) custom++;
                  if (e.shadowRoot) { shadows++; walk(e.shadowRoot); }
                }
              };
              walk(document);
              const main = document.querySelector('main');
              return `${all} elements (${main ? main.querySelectorAll('*').length : 0} in the view's light DOM), `
                + `${custom} custom elements, ${shadows} shadow roots, `
                + `${document.querySelectorAll('vaadin-grid').length} grids`;
            }""";

    /** The grid's rendered rows and what they are made of: rows in its shadow DOM, cells, elements in the cells. */
    static final String GRID_SIZE = """
            sel => {
              const g = document.querySelector(sel);
              if (!g) return 'no grid';
              const rows = g.shadowRoot.querySelectorAll('#items tr').length;
              const cells = g.querySelectorAll('vaadin-grid-cell-content');
              let elements = 0, custom = 0, shadows = 0;
              for (const c of cells) for (const e of c.querySelectorAll('*')) {
                elements++; if (e.localName.includes('-')) custom++; if (e.shadowRoot) shadows++;
              }
              return `${rows} body rows rendered, ${cells.length} cells, ${elements} elements in cells `
                + `(${custom} custom, ${shadows} with shadow roots), grid height ${g.clientHeight} px`;
            }""";

    /** Every request of the page since the navigation's start: what, when (ms), how long, bytes over the wire. */
    static final String TIMELINE = """
            () => {
              const nav = performance.getEntriesByType('navigation')[0];
              const line = (n, s, e, b) => `${n} ${Math.round(s)}-${Math.round(e)} (${b} B)`;
              return [line('document', nav.startTime, nav.responseEnd, nav.transferSize)]
                .concat(performance.getEntriesByType('resource').map(r => line(
                  r.initiatorType + ' ' + r.name.replace(location.origin, '').slice(0, 60), r.startTime,
                  r.responseEnd, r.transferSize))).join('; ');
            }""";

    static final String THUMBNAILS = """
            () => { const imgs = [...document.querySelectorAll('main img')].filter(i => i.getBoundingClientRect().top < innerHeight);
                    return imgs.length > 0 && imgs.every(i => i.complete && i.naturalWidth > 0); }""";

    // ---------------------------------------------------------------------------------------------------------------
    // Data the checks compare with

    private <T> T system(Supplier<T> work) {
        return SystemAuthentication.call(work::get);
    }

    /** Terms matching exactly one article each (an Aktenzeichen in its body), newest articles first. */
    List<String> rareTerms(int n) {
        List<String> terms = new ArrayList<>();
        for (String t : jdbc.queryForList("select split_part(split_part(body, 'Aktenzeichen ', 2), '.', 1) from "
                + "article where body like '%Aktenzeichen %' order by id desc limit ?", String.class, n * 3)) {
            if (!t.isBlank() && hits(t).count() == 1 && !terms.contains(t)) {
                terms.add(t);
            }
            if (terms.size() == n) {
                break;
            }
        }
        return terms;
    }

    static final String FREQUENT = "Mitarbeiter";

    ArticleHits hits(String term) {
        return system(() -> articleSearch.count(new ArticleFilter(null, null, null, null, term, ArticleSort.UPDATED)));
    }

    String firstTitle(String term) {
        return system(() -> articleSearch.list(new ArticleFilter(null, null, null, null, term, ArticleSort.UPDATED), 0, 1))
                .getFirst().title();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // One user at a time

    private final class Idle {
        private final BrowserHarness browser;

        Idle(BrowserHarness browser) {
            this.browser = browser;
        }

        void run() {
            attempt("moderator decides", this::moderatorDecides);
            attempt("editor searches", this::editorSearches);
            attempt("editor opens and saves", this::editorOpensAndSaves);
            attempt("dashboards", this::dashboards);
            attempt("login", this::login);
            attempt("media library", this::mediaLibrary);
        }

        // One interaction that cannot be measured leaves a note and a screenshot, and the others still run.
        // -Dbench.browser.only=dashboards,search (words of the names above) runs only those, for a quick look.
        private void attempt(String what, Runnable measurement) {
            String only = System.getProperty("bench.browser.only", "");
            if (!only.isBlank() && Arrays.stream(only.split(",")).noneMatch(w -> what.contains(w.strip()))) {
                return;
            }
            try {
                measurement.run();
            } catch (AssertionError | RuntimeException e) {
                log.warn("Browser benchmark: {} failed", what, e);
                BrowserReport.note(what + ": NOT MEASURED, " + e.getMessage().replace('\n', ' '));
            }
        }

        private void moderatorDecides() {
            int decisions = reps(200);
            int warmup = reps(20);
            List<QueueRow> queue = system(() -> moderation.page(ModerationFilter.pending(), null, decisions + warmup + 5));
            List<CommentDetail> details = queue.stream().map(r -> system(() -> moderation.detail(r.id()))).toList();
            Page page = browser.loggedIn("idle-moderator", "moderator31", PASSWORD);
            List<Long> decided = new ArrayList<>();
            try {
                page.navigate(browser.url("/moderation"));
                try {
                    page.waitForFunction("b => document.querySelector('#comment-detail-body')?.textContent === b",
                            details.getFirst().body());
                } catch (com.microsoft.playwright.TimeoutError e) {
                    BrowserHarness.diagnose(page, "moderation-first");
                    log.warn("Expected first comment {} '{}', on screen '{}'", details.getFirst().id(),
                            details.getFirst().body(), page.evaluate(
                                    "() => document.querySelector('#comment-detail-body')?.textContent"));
                    throw e;
                }
                List<Sample> samples = new ArrayList<>();
                for (int i = 0; i < decisions + warmup; i++) {
                    CommentDetail next = details.get(i + 1);
                    page.evaluate("([b, n, id]) => { window.__expBody = b; window.__expFlags = n; "
                            + "window.__expId = id; " + FOCUS_QUEUE + " }",
                            List.of(next.body(), next.flags().size(), String.valueOf(next.id())));
                    Sample s = BrowserHarness.measure(page, "keydown", NEXT_COMMENT, () -> pressInQueue(page, "a"));
                    if (s == null) {
                        BrowserHarness.diagnose(page, "moderation-decision");
                        log.warn("Expected comment {} with {} flags: '{}'; on screen: {}", next.id(), next.flags().size(),
                                next.body(), page.evaluate("() => JSON.stringify({body: document.querySelector("
                                        + "'#comment-detail-body')?.textContent, flags: document.querySelectorAll("
                                        + "'#comment-detail .comment-detail-flags li').length, comment: document."
                                        + "querySelector('#comment-detail')?.dataset.comment, "
                                        + "start: window.__bench.start, active: document.activeElement?.outerHTML.slice(0, 120)})"));
                    }
                    assertThat(s).as("decision %d: the next comment (%d) on screen", i, next.id()).isNotNull();
                    decided.add(details.get(i).id());
                    if (i >= warmup) {
                        samples.add(s);
                    }
                }
                BrowserReport.note("Moderator's A: " + SYNTHETIC_KEYS.get() + " of " + (decisions + warmup)
                        + " presses dispatched on the queue area because the focus was outside it");
                BrowserReport.add(new Row(IDLE, "Moderator presses A: next comment's full text + flags (" + decisions
                        + " in a row)", samples, "p50 <= 80, p95 <= 150",
                        p(samples, 0.5) <= 80 && p(samples, 0.95) <= 150, null));
            } finally {
                page.context().close();
                // Put the queue back as the benchmark found it.
                jdbc.update("update comment set status = 'PENDING', decided_at = null, decided_by = null "
                        + "where id = any(?)", (Object) decided.toArray(Long[]::new));
            }
        }

        private void editorSearches() {
            String rare = rareTerms(1).getFirst();
            Map<String, String[]> expected = Map.of(
                    rare, new String[]{String.valueOf(hits(rare).count()), firstTitle(rare)},
                    FREQUENT, new String[]{String.valueOf(hits(FREQUENT).count()), firstTitle(FREQUENT)});
            Page page = browser.loggedIn("idle-editor", "redakteur01", PASSWORD);
            try {
                page.navigate(browser.url("/articles"));
                page.waitForFunction(LIST_READY);
                var field = page.locator("#article-search input");
                Map<String, List<Sample>> samples = Map.of(rare, new ArrayList<>(), FREQUENT, new ArrayList<>());
                BrowserProfile profile = BrowserProfile.of("search, frequent term", page);
                int reps = reps(30);
                for (int i = 0; i < 2 * (reps + 3); i++) {
                    String term = i % 2 == 0 ? rare : FREQUENT;
                    page.evaluate("([h, t]) => { window.__expHits = h; window.__expTitle = t; }",
                            List.of(expected.get(term)[0], expected.get(term)[1]));
                    field.click();
                    page.keyboard().press("Control+A");
                    boolean profiled = profile != null && i >= 6 && term.equals(FREQUENT);
                    if (profiled) {
                        profile.start();
                    }
                    Sample s = BrowserHarness.measure(page, "input", SEARCH_ROWS, () -> field.pressSequentially(term));
                    if (profiled) {
                        profile.stop();
                    }
                    assertThat(s).as("search '%s': rows on screen", term).isNotNull();
                    if (i >= 6) {
                        samples.get(term).add(s);
                    }
                    if (i == 1) {
                        BrowserReport.note("Search, frequent term, grid: " + page.evaluate(GRID_SIZE, "#article-grid"));
                    }
                }
                if (profile != null) {
                    profile.report();
                }
                for (String term : List.of(rare, FREQUENT)) {
                    List<Sample> s = samples.get(term);
                    BrowserReport.add(new Row(IDLE, "Editor types a search term, " + (term.equals(rare) ? "rare" : "frequent")
                            + " '" + term + "' (" + expected.get(term)[0] + " hits): first rows", s, "p95 <= 300",
                            p(s, 0.95) <= 300, null));
                }
            } finally {
                page.context().close();
            }
        }

        // The open row is recorded even when a save fails, so one does not hide the other.
        private void editorOpensAndSaves() {
            Page page = browser.loggedIn("idle-editor", "redakteur01", PASSWORD);
            List<Sample> opens = new ArrayList<>();
            List<Sample> saves = new ArrayList<>();
            String saveFailure = null;
            try {
                int reps = reps(30);
                for (int i = 0; i < reps + 3; i++) {
                    page.navigate(browser.url("/articles"));
                    page.waitForFunction(LIST_READY);
                    var link = page.locator("#article-grid a.article-title-link").nth(i % 8);
                    String title = link.textContent();
                    page.evaluate("t => { window.__expTitle = t; }", title);
                    Sample open = BrowserHarness.measure(page, "click", PREVIEW, link::click);
                    assertThat(open).as("article '%s' opened with its preview", title).isNotNull();
                    if (i >= 3) {
                        opens.add(open);
                    }
                    if (saveFailure != null) {
                        continue;
                    }
                    var lead = page.locator("#article-lead textarea");
                    String text = lead.inputValue();
                    BrowserHarness.arm(page, "now", UNSAVED);
                    lead.fill(text.endsWith(" ") ? text.strip() : text + " ");
                    assertThat(BrowserHarness.await(page, 30_000)).as("the edit reached the server").isNotNull();
                    Sample save = BrowserHarness.measure(page, "click", SAVED,
                            () -> page.locator("#article-save").click());
                    if (save == null) {
                        saveFailure = "article '" + title + "' not saved: " + page.evaluate(SAVE_REFUSAL);
                        BrowserReport.note("Editor saves: NOT MEASURED, " + saveFailure);
                        // Leave without the confirmation for unsaved changes: the next open starts on a fresh list.
                        page.evaluate("() => window.removeEventListener('beforeunload', window.__newsroomUnloadGuard)");
                    } else if (i >= 3) {
                        saves.add(save);
                    }
                }
            } finally {
                page.context().close();
            }
            BrowserReport.add(new Row(IDLE, "Open an article from the list: editor with the preview rendered", opens,
                    "p95 <= 600", p(opens, 0.95) <= 600, null));
            if (saveFailure == null) {
                BrowserReport.add(new Row(IDLE, "Editor saves an article (lead changed): saved state on screen", saves,
                        "info", null, "no target; the mixed run's reference"));
            }
        }

        private void dashboards() {
            floor();
            for (String[] role : new String[][]{{"EDITOR", "redakteur01"}, {"MODERATOR", "moderator31"},
                    {"ADMIN", "admin46"}}) {
                Page page = browser.loggedIn("idle-" + role[1], role[1], PASSWORD);
                List<Sample> samples = new ArrayList<>();
                try {
                    int reps = reps(30);
                    for (int i = 0; i < reps + 3; i++) {
                        Sample s = BrowserHarness.measureNavigation(page, dashboard(role[0]),
                                () -> page.navigate(browser.url("/")));
                        assertThat(s).as("dashboard of %s", role[0]).isNotNull();
                        if (i >= 3) {
                            samples.add(s);
                        }
                    }
                    BrowserReport.note("Dashboard, " + role[0].toLowerCase(Locale.ROOT) + ", rendered: "
                            + page.evaluate(DOM_SIZE));
                } finally {
                    page.context().close();
                }
                BrowserReport.add(new Row(IDLE, "Dashboard, " + role[0].toLowerCase(Locale.ROOT)
                        + ": page load to every figure", samples, "p95 <= 500", p(samples, 0.95) <= 500, null));
                inApp(role);
            }
        }

        /**
         * The dashboard as people reach it all day: a click on "Dashboard" in the side navigation of a console that
         * is already open (from the role's next view in the menu), timed from the click to every figure. The page-load row above
         * includes the bundle's start, which happens once per tab (and in the login row).
         */
        private void inApp(String[] role) {
            Page page = browser.loggedIn("idle-nav-" + role[1], role[1], PASSWORD);
            List<Sample> samples = new ArrayList<>();
            try {
                int reps = reps(30);
                for (int i = 0; i < reps + 3; i++) {
                    // Away to the role's next view (the articles, or the queue for a moderator), then back.
                    page.locator("vaadin-side-nav-item").nth(1).click();
                    page.waitForFunction("() => !document.querySelector('[id^=\"dashboard-\"]')");
                    Sample s = BrowserHarness.measure(page, "click", dashboard(role[0]),
                            () -> page.locator("vaadin-side-nav-item").first().click()); // the first item is the dashboard
                    assertThat(s).as("dashboard of %s from the side navigation", role[0]).isNotNull();
                    if (i >= 3) {
                        samples.add(s);
                    }
                }
            } finally {
                page.context().close();
            }
            BrowserReport.add(new Row(IDLE, "Dashboard, " + role[0].toLowerCase(Locale.ROOT)
                    + ": side navigation click to every figure", samples, "p95 <= 500", p(samples, 0.95) <= 500,
                    "inside the open console"));
        }

        /**
         * What every page load costs before any content: the console's layout around an almost empty view (the
         * not-found page), from the navigation's start to its text on screen. The dashboards' rows minus this are
         * what their own content costs.
         */
        private void floor() {
            Page page = browser.loggedIn("idle-floor", "redakteur01", PASSWORD);
            List<Sample> samples = new ArrayList<>();
            try {
                int reps = reps(30);
                for (int i = 0; i < reps + 3; i++) {
                    Sample s = loadFloor(page, "the not-found page");
                    if (i >= 3) {
                        samples.add(s);
                    }
                }
                BrowserReport.note("Floor page, rendered: " + page.evaluate(DOM_SIZE));
                BrowserReport.note("Floor page, last load's requests (ms from the navigation's start; 0 B: from the "
                        + "browser's cache): " + page.evaluate(TIMELINE));
                floorCold(page.context().storageState());
            } finally {
                page.context().close();
            }
            BrowserReport.add(new Row(IDLE, "Floor: layout around an empty page (not-found view)", samples, "info",
                    null, "no target; what every page load costs; warm browser cache (one context, as an editor's "
                            + "browser all day)"));
        }

        /** One page load of the floor (the not-found view at an unknown path), timed to its text on screen. */
        private Sample loadFloor(Page page, String what) {
            Sample s = BrowserHarness.measureNavigation(page,
                    "() => (document.getElementById('not-found-path')?.textContent.length ?? 0) > 0",
                    () -> page.navigate(browser.url("/bench-floor")));
            assertThat(s).as(what).isNotNull();
            return s;
        }

        /**
         * The floor with an empty browser cache: every sample in a new context (same session cookie, no cached
         * bundle, no compiled script), as a browser opening the console for the first time or after its cache was
         * cleared. The context first opens a small file of the console's origin (its icon) so the condition can be
         * handed over; that loads nothing of the bundle.
         */
        private void floorCold(String storageState) {
            List<Sample> samples = new ArrayList<>();
            int reps = reps(30);
            for (int i = 0; i < reps + 1; i++) {
                Page page = browser.newPage("idle-floor-cold", storageState);
                try {
                    page.navigate(browser.url("/icons/favicon.svg"));
                    Sample s = loadFloor(page, "the not-found page, cold cache");
                    if (i >= 1) {
                        samples.add(s);
                    }
                    if (i == reps) {
                        BrowserReport.note("Floor page, cold cache, requests (ms from the navigation's start): "
                                + page.evaluate(TIMELINE));
                    }
                } finally {
                    page.context().close();
                }
            }
            BrowserReport.add(new Row(IDLE, "Floor, cold browser cache: layout around an empty page", samples, "info",
                    null, "no target; a new browser context per sample: no cached bundle, same session"));
        }

        private void login() {
            Page page = browser.newPage("idle-login");
            List<Sample> samples = new ArrayList<>();
            try {
                int reps = reps(20);
                for (int i = 0; i < reps + 3; i++) {
                    page.context().clearCookies();
                    String user = String.format(Locale.ROOT, "redakteur%02d", 2 + i % 5);
                    browser.fillLogin(page, user, PASSWORD);
                    long t = System.nanoTime();
                    Sample s = BrowserHarness.measureNavigation(page, dashboard("EDITOR"),
                            () -> page.locator("vaadin-login-form vaadin-button").first().click());
                    double wall = (System.nanoTime() - t) / 1e6;
                    assertThat(s).as("login of %s", user).isNotNull();
                    if (i < 3) {
                        log.info("Login {}: in the page {} ms, Java's wall clock around it {} ms", i, s.total(), wall);
                    } else {
                        samples.add(s);
                    }
                }
            } finally {
                page.context().close();
            }
            BrowserReport.add(new Row(IDLE, "Login form submitted: editor's dashboard with every figure", samples,
                    "p95 <= 1500", p(samples, 0.95) <= 1500, "repeat visit: browser cache warm, new session"));
        }

        private void mediaLibrary() {
            Page page = browser.loggedIn("idle-media", "redakteur01", PASSWORD);
            try {
                var response = page.navigate(browser.url("/media"));
                if (response == null || response.status() == 404) {
                    BrowserReport.note("Media library: skipped, the console has no /media route yet (HTTP "
                            + (response == null ? "?" : response.status()) + ")");
                    return;
                }
                List<Sample> samples = new ArrayList<>();
                List<String> asked = java.util.Collections.synchronizedList(new ArrayList<>());
                int reps = reps(20);
                for (int i = 0; i < reps + 3; i++) {
                    if (i == reps + 2) {
                        // What the browser asks the server after the page load, for the notes below.
                        page.onRequest(r -> {
                            if (r.url().contains("v-r=uidl") && r.postData() != null) {
                                String body = r.postData().replaceAll("\"csrfToken\":\"[^\"]*\",?", "");
                                asked.add(body.substring(0, Math.min(400, body.length())));
                            }
                        });
                    }
                    Sample s = BrowserHarness.measureNavigation(page, THUMBNAILS, () -> page.navigate(browser.url("/media")));
                    if (s == null) {
                        BrowserReport.note("Media library: no thumbnails on its first screen (no pictures?), skipped");
                        return;
                    }
                    if (i >= 3) {
                        samples.add(s);
                    }
                }
                BrowserReport.note("Media library, last page load's requests (ms from the navigation's start): "
                        + page.evaluate(TIMELINE));
                BrowserReport.note("Media library, grid: " + page.evaluate(GRID_SIZE, "#media-grid"));
                BrowserReport.note("Media library, the last page load's UIDL requests: " + asked);
                BrowserReport.add(new Row(IDLE, "Media library: first screen of thumbnails loaded", samples,
                        "p95 <= 500", p(samples, 0.95) <= 500, null));
            } finally {
                page.context().close();
            }
            mediaInApp();
        }

        /**
         * The library as an editor reaches it in the open console: a click on its side-navigation item from the
         * article list, timed to every thumbnail in view loaded (as the dashboards' side-navigation rows).
         */
        private void mediaInApp() {
            Page page = browser.loggedIn("idle-nav-media", "redakteur01", PASSWORD);
            List<Sample> samples = new ArrayList<>();
            try {
                page.navigate(browser.url("/articles"));
                page.waitForFunction(LIST_READY);
                int reps = reps(20);
                for (int i = 0; i < reps + 3; i++) {
                    Sample s = BrowserHarness.measure(page, "click", THUMBNAILS,
                            () -> page.locator("vaadin-side-nav-item[path$='media']").click());
                    assertThat(s).as("media library from the side navigation").isNotNull();
                    if (i >= 3) {
                        samples.add(s);
                    }
                    page.locator("vaadin-side-nav-item[path$='articles']").click();
                    page.waitForFunction(LIST_READY);
                }
            } finally {
                page.context().close();
            }
            BrowserReport.add(new Row(IDLE, "Media library: side navigation click to the first screen of thumbnails",
                    samples, "p95 <= 500", p(samples, 0.95) <= 500, "inside the open console"));
        }
    }

    static double p(List<Sample> samples, double q) {
        return BrowserReport.percentile(samples, Sample::total, q);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Mixed load

    private final class Mixed {
        private final BrowserHarness browser;
        private final Random random = new Random(7);
        private final Map<String, List<Sample>> samples = new java.util.concurrent.ConcurrentHashMap<>();
        private int conflicts;
        private int timeouts;
        private int browserErrors;
        private final List<String> errorLines = new ArrayList<>();

        Mixed(BrowserHarness browser) {
            this.browser = browser;
        }

        /** One signed-in user and where it is in its round of steps. */
        private final class User {
            final String name;
            final Page page;
            final boolean moderator;
            String rare;
            String rareTitle;
            int step;
            String pending;
            long armedAt;
            long nextAt;
            long lastPoll;
            boolean settled;

            User(String name, Page page, boolean moderator) {
                this.name = name;
                this.page = page;
                this.moderator = moderator;
                page.onResponse(r -> {
                    if (r.status() >= 400 && !r.url().contains("v-r=push")) {
                        browserError(name + ": HTTP " + r.status() + " " + r.url());
                    }
                });
                page.onRequestFailed(r -> {
                    if (!r.url().contains("v-r=push") && !r.url().contains("beacon")
                            && !String.valueOf(r.failure()).contains("ERR_ABORTED")) {
                        browserError(name + ": failed " + r.url() + " " + r.failure());
                    }
                });
            }
        }

        private void browserError(String line) {
            browserErrors++;
            if (errorLines.size() < 20) {
                errorLines.add(line);
            }
        }

        void run() throws Exception {
            double minutes = Double.parseDouble(System.getProperty("bench.mixed.minutes", "10"));
            int posts = Integer.getInteger("bench.mixed.posts", 500);
            int gets = Integer.getInteger("bench.mixed.gets", 200);
            List<String> postSlugs = jdbc.queryForList("select slug from article where status = 'PUBLISHED' and "
                    + "comments_open order by id limit 200", String.class);
            List<String> getSlugs = jdbc.queryForList("select slug from article where status = 'PUBLISHED' "
                    + "order by id desc limit 1000", String.class);
            Map<String, Object> canary = jdbc.queryForMap("""
                    with unique_titles as (select title from article group by title having count(*) = 1)
                    select a.id, a.slug, a.title from article a join unique_titles u on u.title = a.title
                    where a.status = 'PUBLISHED' and a.comments_open and a.slug <> all(?)
                    order by a.id desc limit 1""", (Object) postSlugs.toArray(String[]::new));
            long startId = jdbc.queryForObject("select coalesce(max(id), 0) from comment", Long.class);
            List<String> rare = rareTerms(24);
            String frequentHits = String.valueOf(hits(FREQUENT).count());

            List<User> moderators = new ArrayList<>();
            List<User> editors = new ArrayList<>();
            log.info("Mixed: signing in 40 users");
            // The generator numbers its accounts across roles: redakteur01-30, moderator31-45, admin46-50.
            for (int m = 31; m <= 45; m++) {
                String username = String.format(Locale.ROOT, "moderator%02d", m);
                moderators.add(new User(username, browser.loggedIn("mixed-" + username, username, PASSWORD), true));
            }
            for (int e = 1; e <= 24; e++) {
                String username = String.format(Locale.ROOT, "redakteur%02d", e);
                User u = new User(username, browser.loggedIn("mixed-" + username, username, PASSWORD), false);
                u.rare = rare.get((e - 1) % rare.size());
                u.rareTitle = firstTitle(u.rare);
                editors.add(u);
            }
            User watcher = new User("moderator", browser.loggedIn("mixed-canary", "moderator", "Moderator-Demo-2026"), true);
            Page login = browser.newPage("mixed-login");

            // Moderators spread over the queue's head, 20 rows apart, so they do not all decide the same comment.
            for (int m = 0; m < moderators.size(); m++) {
                Page page = moderators.get(m).page;
                page.navigate(browser.url("/moderation"));
                page.waitForFunction("() => !!document.querySelector('#comment-detail-body')");
                page.evaluate("() => { " + FOCUS_QUEUE + " }");
                for (int j = 0; j < 20 * m; j++) {
                    pressInQueue(page, "j");
                }
            }
            for (User u : editors) {
                u.page.navigate(browser.url("/articles"));
            }
            watcher.page.navigate(browser.url("/moderation"));
            watcher.page.waitForFunction("() => !!document.querySelector('#filter-article input')");
            watcher.page.locator("#filter-article input").fill((String) canary.get("title"));
            watcher.page.locator("vaadin-combo-box-item").first().waitFor();
            watcher.page.keyboard().press("ArrowDown");
            watcher.page.keyboard().press("Enter");
            watcher.page.waitForFunction("t => document.querySelector('#filter-article input').value === t",
                    canary.get("title"));

            List<User> users = new ArrayList<>(moderators);
            users.addAll(editors);
            long now = System.nanoTime();
            for (User u : users) {
                u.nextAt = now + (long) (random.nextDouble() * 5e9);
            }

            List<long[]> heap = new ArrayList<>();
            List<Sample> canarySamples = new ArrayList<>();
            int canaryMisses = 0;
            try (ReaderLoad readers = new ReaderLoad(port, postSlugs, getSlugs)) {
                readers.start(posts, gets);
                log.info("Mixed: reader load started ({} POST/s, {} GET/s), 30 s warm-up", posts, gets);
                drive(users, System.nanoTime() + 30_000_000_000L, frequentHits);
                samples.clear();
                conflicts = 0;
                timeouts = 0;
                browserErrors = 0;
                readers.record(true);
                heap.add(new long[]{0, usedHeapAfterGc()});
                long start = System.nanoTime();
                long end = start + (long) (minutes * 60e9);
                long nextHeap = start + 60_000_000_000L;
                long nextCanary = start + 2_000_000_000L;
                long nextLogin = start + 10_000_000_000L;
                int canaryN = 0;
                while (System.nanoTime() < end) {
                    long until = Math.min(end, Math.min(nextHeap, Math.min(nextCanary, nextLogin)));
                    drive(users, until, frequentHits);
                    long t = System.nanoTime();
                    if (t >= nextCanary) {
                        String token = "Kanarientest " + (++canaryN) + "-" + Long.toHexString(startId);
                        BrowserHarness.arm(watcher.page, "now", "() => [...document.querySelectorAll("
                                + "'#moderation-grid .queue-excerpt')].some(e => e.textContent.includes('" + token + "'))");
                        readers.post((String) canary.get("slug"), "Kanarie", token);
                        Sample s = BrowserHarness.await(watcher.page, 5_000);
                        if (s == null) {
                            canaryMisses++;
                        } else {
                            canarySamples.add(s);
                        }
                        nextCanary = System.nanoTime() + 5_000_000_000L;
                    }
                    if (t >= nextLogin) {
                        login.context().clearCookies();
                        browser.fillLogin(login, String.format(Locale.ROOT, "redakteur%02d", 25 + random.nextInt(5)),
                                PASSWORD);
                        record("login", BrowserHarness.measureNavigation(login, dashboard("EDITOR"),
                                () -> login.locator("vaadin-login-form vaadin-button").first().click()));
                        nextLogin = System.nanoTime() + 20_000_000_000L;
                    }
                    if (t >= nextHeap) {
                        heap.add(new long[]{(t - start) / 1_000_000_000L, usedHeapAfterGc()});
                        log.info("Mixed: {} s, heap after GC {} MB, {} POSTs, {} GETs, {} failed, {}",
                                heap.getLast()[0], heap.getLast()[1] >> 20, readers.posted.get(), readers.read.get(),
                                readers.failed.get(), uptime());
                        nextHeap = t + 60_000_000_000L;
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                readers.record(false);
                heap.add(new long[]{(long) seconds, usedHeapAfterGc()});
                report(minutes, seconds, readers, canarySamples, canaryMisses, heap);
            } finally {
                for (User u : users) {
                    u.page.context().close();
                }
                watcher.page.context().close();
                login.context().close();
                int removed = jdbc.update("delete from comment where id > ? and (author_name like 'Last %' or "
                        + "author_name = 'Kanarie')", startId);
                log.info("Mixed: removed {} load comments", removed);
            }
        }

        /** Round-robin over the users until {@code until}: starts due steps, collects finished ones. */
        private void drive(List<User> users, long until, String frequentHits) {
            while (System.nanoTime() < until) {
                for (User u : users) {
                    long now = System.nanoTime();
                    if (u.pending != null) {
                        if (now - u.lastPoll < 50_000_000L) {
                            continue;
                        }
                        u.lastPoll = now;
                        if (BrowserHarness.done(u.page)) {
                            finish(u, BrowserHarness.result(u.page));
                        } else if (now - u.armedAt > 30_000_000_000L) {
                            timeouts++;
                            log.warn("Mixed: {} waited 30 s for {}", u.name, u.pending);
                            u.pending = null;
                            u.step = 0;
                            u.page.navigate(browser.url(u.moderator ? "/moderation" : "/articles"));
                            u.nextAt = System.nanoTime() + 2_000_000_000L;
                        }
                    } else if (now >= u.nextAt) {
                        if (u.moderator) {
                            moderatorStep(u);
                        } else {
                            editorStep(u, frequentHits);
                        }
                    }
                }
                sleep(2);
            }
        }

        private void start(User u, String kind, String startEvent, String condition, Runnable action) {
            BrowserHarness.arm(u.page, startEvent, condition);
            u.pending = kind;
            u.armedAt = System.nanoTime();
            u.lastPoll = u.armedAt;
            action.run();
        }

        /** A page load the user starts, timed by the next document from the navigation's start. */
        private void navigate(User u, String kind, String condition, String path) {
            u.page.evaluate(BrowserHarness.NAVIGATE_NEXT, condition);
            u.pending = kind;
            u.armedAt = System.nanoTime();
            u.lastPoll = u.armedAt;
            u.page.evaluate("p => { location.href = p; }", path);
        }

        private void moderatorStep(User u) {
            u.page.evaluate(REMEMBER_AUTHOR);
            boolean settled = Boolean.TRUE.equals(u.page.evaluate(
                    "() => !!document.querySelector('#comment-detail #comment-detail-settled-mark')"));
            if (settled) {
                // Someone else decided the comment on screen: on to the next one, not timed.
                start(u, "move", "keydown", ANY_NEXT_COMMENT, () -> pressInQueue(u.page, "j"));
            } else {
                start(u, "approve", "keydown", ANY_NEXT_COMMENT, () -> pressInQueue(u.page, "a"));
            }
        }

        // Editor round: frequent search, rare search (its one hit is the editor's own article), open it, change the
        // lead, save, back to the list; every third round the dashboard in between.
        private void editorStep(User u, String frequentHits) {
            Page page = u.page;
            switch (u.step) {
                case 0, 1 -> {
                    boolean frequent = u.step == 0;
                    page.evaluate("([h, t]) => { window.__expHits = h; window.__expTitle = t; }",
                            Arrays.asList(frequent ? frequentHits : "1", frequent ? null : u.rareTitle));
                    var field = page.locator("#article-search input");
                    field.click();
                    page.keyboard().press("Control+A");
                    start(u, frequent ? "search-frequent" : "search-rare", "input", SEARCH_ROWS,
                            () -> field.pressSequentially(frequent ? FREQUENT : u.rare));
                }
                case 2 -> {
                    page.evaluate("t => { window.__expTitle = t; }", u.rareTitle);
                    start(u, "open", "click", PREVIEW, () -> page.locator("#article-grid a.article-title-link").first()
                            .click());
                }
                case 3 -> {
                    var lead = page.locator("#article-lead textarea");
                    String text = lead.inputValue();
                    start(u, "edit", "now", UNSAVED, () -> lead.fill(text.endsWith(" ") ? text.strip() : text + " "));
                }
                case 4 -> start(u, "save", "click", SAVED, () -> page.locator("#article-save").click());
                case 5 -> {
                    if (random.nextInt(3) == 0) {
                        navigate(u, "dashboard", dashboard("EDITOR"), "/");
                    } else {
                        u.step = 6;
                        editorStep(u, frequentHits);
                    }
                }
                default -> navigate(u, "list", LIST_READY, "/articles");
            }
        }

        private void finish(User u, Sample s) {
            String kind = u.pending;
            u.pending = null;
            if (u.moderator) {
                boolean settled = Boolean.TRUE.equals(u.page.evaluate(
                        "() => !!document.querySelector('#comment-detail #comment-detail-settled-mark')"));
                if (kind.equals("approve") && !settled) {
                    record("approve", s);
                } else if (settled) {
                    conflicts++;
                }
                u.nextAt = System.nanoTime() + (long) ((1.5 + 3 * random.nextDouble()) * 1e9);
                return;
            }
            if (!kind.equals("edit") && !kind.equals("list")) {
                if (kind.equals("save") && Boolean.TRUE.equals(u.page.evaluate(
                        "() => document.querySelector('#article-conflict')?.offsetParent != null"))) {
                    conflicts++;
                } else {
                    record(kind, s);
                }
            }
            u.step = (u.step + 1) % 7;
            u.nextAt = System.nanoTime() + (long) ((kind.equals("edit") ? 0.5 : 2 + 4 * random.nextDouble()) * 1e9);
        }

        private void record(String kind, Sample s) {
            if (s != null) {
                samples.computeIfAbsent(kind, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(s);
            } else {
                timeouts++;
            }
        }

        private void report(double minutes, double seconds, ReaderLoad readers, List<Sample> canary, int canaryMisses,
                            List<long[]> heap) {
            Object[][] rows = {
                    {"approve", "Moderator presses A: next comment's full text + flags"},
                    {"search-rare", "Editor types a search term, rare: first rows"},
                    {"search-frequent", "Editor types a search term, frequent: first rows"},
                    {"open", "Open an article from the list: editor with the preview rendered"},
                    {"save", "Editor saves an article (lead changed): saved state on screen"},
                    {"dashboard", "Dashboard, editor: page load to every figure"},
                    {"login", "Login form submitted: editor's dashboard with every figure"},
            };
            for (Object[] row : rows) {
                List<Sample> s = samples.getOrDefault((String) row[0], List.of());
                Row idle = BrowserReport.find(IDLE, idleName((String) row[0]));
                Double idleP95 = idle == null ? null : idle.p(0.95);
                BrowserReport.add(new Row(MIXED, (String) row[1], List.copyOf(s),
                        idleP95 == null ? "p95 <= 2x idle (no idle run)" : String.format(Locale.ROOT,
                                "p95 <= 2x idle (%.0f)", idleP95),
                        idleP95 == null || s.isEmpty() ? null : p(s, 0.95) <= 2 * idleP95,
                        idleP95 == null ? null : String.format(Locale.ROOT, "%.2fx idle p95", p(s, 0.95) / idleP95)));
            }
            BrowserReport.add(new Row(MIXED, "Live queue: new comment POSTed to on screen in a filtered queue", canary,
                    "every one <= 1000", canaryMisses == 0 && !canary.isEmpty() && p(canary, 1.0) <= 1000,
                    canaryMisses + " not on screen within 5 s"));
            double postRate = readers.posted.get() / seconds;
            double getRate = readers.read.get() / seconds;
            BrowserReport.note(String.format(Locale.ROOT, "Mixed run: %.1f min measured (bench.mixed.minutes=%s) after "
                            + "30 s warm-up; 15 moderators + 1 watching moderator + 24 editors, each a Chromium context "
                            + "in one headless Chromium", seconds / 60, minutes));
            BrowserReport.note(String.format(Locale.ROOT, "Public API: %.0f comment POST/s (p50 %.1f ms, p99 %.1f ms), "
                            + "%.0f article GET/s (p50 %.1f ms, p99 %.1f ms), %d failed %s", postRate,
                    ReaderLoad.percentileMs(readers.postNanos, 0.5), ReaderLoad.percentileMs(readers.postNanos, 0.99),
                    getRate, ReaderLoad.percentileMs(readers.getNanos, 0.5), ReaderLoad.percentileMs(readers.getNanos, 0.99),
                    readers.failed.get(), readers.failures));
            BrowserReport.note(String.format(Locale.ROOT, "Browser side: %d failed requests or error answers %s, "
                    + "%d interactions timed out (30 s), %d decisions/saves lost to another user", browserErrors,
                    errorLines, timeouts, conflicts));
            long first = heap.getFirst()[1];
            long last = heap.getLast()[1];
            boolean flat = last <= first + Math.max(32L << 20, first / 10);
            BrowserReport.note(String.format(Locale.ROOT, "Heap after GC (s: MB): %s -> %s (target: flat, <= +max(32 MB, 10%%))",
                    heap.stream().map(h -> h[0] + ": " + (h[1] >> 20)).toList(), flat ? "MET" : "MISSED"));
            BrowserReport.note("Failures target (none): " + (readers.failed.get() == 0 && browserErrors == 0
                    && timeouts == 0 ? "MET" : "MISSED"));
        }

        private String idleName(String kind) {
            return switch (kind) {
                case "approve" -> "Moderator presses A: next comment's full text + flags (" + reps(200) + " in a row)";
                case "open" -> "Open an article from the list: editor with the preview rendered";
                case "save" -> "Editor saves an article (lead changed): saved state on screen";
                case "dashboard" -> "Dashboard, editor: page load to every figure";
                case "login" -> "Login form submitted: editor's dashboard with every figure";
                default -> BrowserReport.findByPrefix(IDLE, kind.equals("search-rare")
                        ? "Editor types a search term, rare" : "Editor types a search term, frequent");
            };
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            sleep(100);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
