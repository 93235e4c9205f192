package de.newsroom.console.scale;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import de.newsroom.console.scale.BrowserReport.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium through Playwright, with a small script in every page that times an interaction inside
 * the browser: {@code arm(condition, startEvent)} notes the moment of the next input event of that type (keydown,
 * click; for input events the last one, so typing ends the wait's start), checks the condition on every DOM
 * mutation and notes when it first holds. A page load is timed from the navigation's start ({@code timeOrigin})
 * with the condition handed over in {@code sessionStorage}. Measuring in the page keeps Playwright's own round trips
 * out of the numbers; the resource timings of the UIDL requests split the time into before, during and after them.
 */
final class BrowserHarness implements AutoCloseable {

    static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

    private static final String SCRIPT = """
            (() => {
              if (window.__bench) return;
              const b = window.__bench = {start: null, end: null, cond: null, startType: null};
              const compile = src => new Function('return (' + src + ')();');
              b.check = () => {
                if (b.cond && b.start !== null && b.end === null) {
                  let ok = false;
                  try { ok = !!b.cond(); } catch (e) { ok = false; }
                  if (ok) { b.end = performance.now(); }
                }
              };
              b.arm = (src, startType) => {
                b.end = null; b.startType = startType; b.cond = compile(src);
                b.start = startType === 'now' ? performance.now() : null;
                performance.clearResourceTimings();
                b.check();
              };
              b.result = () => {
                const from = (b.start ?? 0) - 1, to = b.end ?? Infinity;
                const uidl = performance.getEntriesByType('resource')
                  .filter(r => r.name.includes('v-r=uidl') && r.startTime >= from && r.startTime <= to)
                  .map(r => ({s: r.startTime, e: r.responseEnd, bytes: r.encodedBodySize}));
                const nav = performance.getEntriesByType('navigation')[0];
                const navigation = b.startType === 'navigation' && nav
                  ? {s: nav.startTime, e: nav.responseEnd, bytes: nav.encodedBodySize} : null;
                return {start: b.start, end: b.end, origin: performance.timeOrigin, uidl: uidl, navigation: navigation};
              };
              ['keydown', 'input', 'click'].forEach(type => document.addEventListener(type, () => {
                if (b.cond && b.end === null && b.startType === type && (type === 'input' || b.start === null)) {
                  b.start = performance.now();
                }
              }, true));
              const nav = sessionStorage.getItem('__benchNav');
              if (nav) {
                sessionStorage.removeItem('__benchNav');
                b.cond = compile(nav); b.startType = 'navigation'; b.start = 0;
              }
              document.addEventListener('load', () => b.check(), true);
              new MutationObserver(() => b.check())
                .observe(document, {subtree: true, childList: true, characterData: true, attributes: true});
            })();
            """;

    /** Hands the condition to the next document; this one stops answering for the old measurement. */
    static final String NAVIGATE_NEXT = "src => { sessionStorage.setItem('__benchNav', src); "
            + "if (window.__bench) { window.__bench.cond = null; window.__bench.start = null; window.__bench.end = null; } }";

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;

    private BrowserHarness(Playwright playwright, Browser browser, String baseUrl) {
        this.playwright = playwright;
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    /** Null when no Chromium is installed. */
    static BrowserHarness start(int port) {
        String executable = CHROMIUM.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
        if (executable == null) {
            return null;
        }
        var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(executable))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--disable-renderer-backgrounding",
                        "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows")));
        return new BrowserHarness(playwright, browser, "http://localhost:" + port);
    }

    String url(String path) {
        return baseUrl + path;
    }

    /** A fresh browser context (its own cookies, hence its own session) whose requests name {@code user}. */
    Page newPage(String user) {
        return newPage(user, null);
    }

    /**
     * A fresh browser context with the cookies of {@code storageState} (another context's
     * {@code context().storageState()}: the same signed-in session) and an empty HTTP cache.
     */
    Page newPage(String user, String storageState) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("de-DE")
                .setViewportSize(1440, 900).setExtraHTTPHeaders(Map.of(ServerTimings.HEADER, user))
                .setStorageState(storageState));
        context.setDefaultTimeout(60_000);
        context.setDefaultNavigationTimeout(90_000);
        context.addInitScript(SCRIPT);
        USERS.put(context, user);
        return context.newPage();
    }

    /** A page of a new context, logged in through the real form (not timed). */
    Page loggedIn(String user, String username, String password) {
        Page page = newPage(user);
        if (login(page, username, password, "() => !location.pathname.startsWith('/login') && !!document.querySelector('main')") == null) {
            diagnose(page, "login-" + username);
            throw new IllegalStateException(username + " could not log in: " + page.url());
        }
        return page;
    }

    /** Fills the login form; submits and, when {@code until} is given, waits for it on the next page. */
    void fillLogin(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
    }

    Sample login(Page page, String username, String password, String until) {
        fillLogin(page, username, password);
        return measureNavigation(page, until, () -> page.locator("vaadin-login-form vaadin-button").first().click());
    }

    /** Arms the page, runs {@code action} (the input the page waits for), waits for the condition. */
    static Sample measure(Page page, String startEvent, String condition, Runnable action) {
        arm(page, startEvent, condition);
        action.run();
        Sample s = await(page, 60_000);
        if (s == null) {
            diagnose(page, "wait-" + System.currentTimeMillis());
        }
        return s;
    }

    static void arm(Page page, String startEvent, String condition) {
        page.evaluate("([src, type]) => window.__bench.arm(src, type)", List.of(condition, startEvent));
    }

    /** Waits for the armed condition and reads the result; null when it did not hold within {@code timeoutMs}. */
    static Sample await(Page page, double timeoutMs) {
        try {
            page.waitForFunction("() => window.__bench && window.__bench.end !== null && window.__bench.start !== null",
                    null, new Page.WaitForFunctionOptions().setTimeout(timeoutMs).setPollingInterval(5));
        } catch (com.microsoft.playwright.TimeoutError e) {
            return null;
        }
        return result(page);
    }

    /** Whether the armed condition has held already (for the mixed run's round-robin driver). */
    static boolean done(Page page) {
        try {
            return Boolean.TRUE.equals(page.evaluate(
                    "() => !!window.__bench && window.__bench.end !== null && window.__bench.start !== null"));
        } catch (com.microsoft.playwright.PlaywrightException navigating) {
            return false; // the page is between two documents
        }
    }

    /** A page load (navigation or form submit) timed from the navigation's start to {@code condition}. */
    static Sample measureNavigation(Page page, String condition, Runnable navigate) {
        page.evaluate(BrowserHarness.NAVIGATE_NEXT, condition);
        navigate.run();
        Sample s = await(page, 60_000);
        if (s == null) {
            diagnose(page, "navigation-" + System.currentTimeMillis());
        }
        return s;
    }

    /** A screenshot and the address, for a wait that did not end. */
    static void diagnose(Page page, String name) {
        try {
            Path file = Path.of("target/bench/" + name + ".png");
            Files.createDirectories(file.getParent());
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(false));
            org.slf4j.LoggerFactory.getLogger(BrowserHarness.class).warn("{}: at {}, screenshot {}", name, page.url(), file);
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(BrowserHarness.class).warn("{}: no screenshot ({})", name, e.toString());
        }
    }

    @SuppressWarnings("unchecked")
    static Sample result(Page page) {
        Map<String, Object> r = (Map<String, Object>) page.evaluate("() => window.__bench.result()");
        double origin = num(r.get("origin"));
        double start = num(r.get("start"));
        double end = num(r.get("end"));
        List<Map<String, Object>> uidl = (List<Map<String, Object>>) r.get("uidl");
        double first = Double.NaN;
        double last = Double.NaN;
        long bytes = 0;
        int trips = 0;
        Map<String, Object> nav = (Map<String, Object>) r.get("navigation");
        if (nav != null) {
            first = num(nav.get("s"));
            last = num(nav.get("e"));
            bytes += (long) num(nav.get("bytes"));
            trips++;
        }
        for (Map<String, Object> u : uidl) {
            double s = num(u.get("s"));
            double e = num(u.get("e"));
            if (e > end) {
                continue; // answered after the condition held: not part of what the user waited for
            }
            first = Double.isNaN(first) ? s : Math.min(first, s);
            last = Double.isNaN(last) ? e : Math.max(last, e);
            bytes += (long) num(u.get("bytes"));
            trips++;
        }
        long fromMicros = (long) ((origin + start) * 1000);
        long toMicros = (long) ((origin + end) * 1000);
        var share = ServerTimings.share(contextUser(page), fromMicros, toMicros, 1_000);
        double before = Double.isNaN(first) ? end - start : first - start;
        double requests = Double.isNaN(first) ? 0 : last - first;
        double after = Double.isNaN(last) ? 0 : end - last;
        return new Sample(end - start, share.millis(), share.requests(), trips, bytes, before, requests, after);
    }

    private static String contextUser(Page page) {
        return USERS.getOrDefault(page.context(), "");
    }

    private static final Map<BrowserContext, String> USERS = new java.util.concurrent.ConcurrentHashMap<>();

    private static double num(Object o) {
        return o == null ? Double.NaN : ((Number) o).doubleValue();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
