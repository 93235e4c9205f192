package de.newsroom.console;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Real-browser tests: the whole application on a random port, driven by Debian's headless Chromium through
 * Playwright. They skip only when no Chromium is installed; {@code .ci/run} installs it, so in CI they run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void startBrowser() {
        // A page load under a busy CI machine can take far longer than Playwright's five-second default.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        String executable = CHROMIUM.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
        assumeTrue(executable != null, "Chromium is not installed (apt-get install chromium)");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(executable))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(30_000);
        context.setDefaultNavigationTimeout(60_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.JdbcTemplate testData;

    /** The slugs of the articles this test created, deleted with their comments after it. */
    private final java.util.List<String> createdArticles = new java.util.ArrayList<>();

    /**
     * Marks the article {@code slug} (which the test inserts) for deletion after the test, with its comments, reports
     * and everything else that hangs on it (the schema cascades). The browser tests share one database: before, a
     * test's pending comments stayed in the queue and pushed other tests' rows below its visible part.
     */
    protected String deletedAfterTest(String slug) {
        createdArticles.add(slug);
        return slug;
    }

    @AfterEach
    void deleteCreatedArticles() {
        for (String slug : createdArticles) {
            testData.update("delete from article where slug = ?", slug);
        }
        createdArticles.clear();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * The cell of a lazy grid (by its element id) that shows {@code text}, scrolled into the rendered rows: a grid
     * renders only the rows in view, so a row further down exists in the page only once the grid has scrolled to it.
     */
    protected com.microsoft.playwright.Locator gridCell(String gridId, String text) {
        var cell = page.locator("vaadin-grid-cell-content")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(text)).first();
        page.locator("#" + gridId).waitFor();
        for (int step = 0; step < 200 && cell.count() == 0; step++) {
            page.evaluate("id => { const t = document.getElementById(id).$.table; t.scrollTop += t.clientHeight; }",
                    gridId);
            page.waitForTimeout(100);
        }
        return cell;
    }

    /** Logs in through the real login form and waits until the console has left the login page. */
    protected void loginAs(String username, String password) {
        page.navigate(url("/login"));
        var user = page.locator("vaadin-login-form input[name=username]");
        try {
            user.fill(username, new com.microsoft.playwright.Locator.FillOptions().setTimeout(15_000));
        } catch (com.microsoft.playwright.TimeoutError stuck) {
            // Seen once in ResponsiveLayoutBrowserIT (both widths of one run, right after a dialog was closed and
            // the cookies cleared): the field was found but never became editable within 30 s; a reload of the login
            // page is what a person would do. Printed, so a recurrence shows in the build log.
            System.out.println("loginAs(" + username + "): the login field was not editable after 15 s; reloading");
            page.navigate(url("/login"));
            user.fill(username);
        }
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> !u.contains("/login"));
    }
}
