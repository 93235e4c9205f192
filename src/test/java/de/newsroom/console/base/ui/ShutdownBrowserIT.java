package de.newsroom.console.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import de.newsroom.console.Application;
import de.newsroom.console.article.ArticlePresence;
import de.newsroom.console.article.ArticleTestData;
import de.newsroom.console.security.DemoAccounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A console with editors' UIs open in a real browser: an HTTP session that times out, and then a normal shutdown,
 * must log no ERROR. Both used to end in Vaadin's "Error detaching closed UI": the editor's detach listener called a
 * secured service without the user's login (expiry) or after the beans were gone (shutdown).
 */
class ShutdownBrowserIT {

    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final SecurityContextHolderStrategy ORIGINAL_STRATEGY = SecurityContextHolder.getContextHolderStrategy();

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Logger root;

    @AfterEach
    void restore() {
        if (root != null) {
            root.detachAppender(logs);
        }
        SecurityContextHolder.setContextHolderStrategy(ORIGINAL_STRATEGY);
    }

    @Test
    void session_expiry_and_shutdown_with_open_editors_log_no_error() {
        String chromium = CHROMIUM.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
        assumeTrue(chromium != null, "Chromium is not installed (apt-get install chromium)");

        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--server.port=0", "--newsroom.demo-data=true");
        boolean closed = false;
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of(chromium)).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync",
                             "--disable-dev-shm-usage")))) {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            long articleId = ctx.getBean(JdbcTemplate.class).queryForObject("select min(id) from article", Long.class);
            ArticlePresence presence = ctx.getBean(ArticlePresence.class);
            root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
            logs.start();
            root.addAppender(logs);

            // An editor's session times out while the editor is open.
            BrowserContext editor = openEditor(browser, port, DemoAccounts.EDITOR, DemoAccounts.EDITOR_PASSWORD,
                    articleId);
            assertThat(ArticleTestData.as("chefredaktion", () -> presence.others(articleId)))
                    .as("the editor's presence mark").hasSize(1);
            expireAllHttpSessions(ctx);
            assertThat(ArticleTestData.as("chefredaktion", () -> presence.others(articleId)))
                    .as("the editor's detach listener ran with the editor's login").isEmpty();
            editor.close();

            // Then a normal shutdown while another user has the editor and the moderation queue open.
            BrowserContext chef = openEditor(browser, port, "chefredaktion", "Chefredaktion-Demo-2026", articleId);
            Page queue = chef.newPage();
            queue.navigate("http://localhost:" + port + "/moderation");
            queue.locator("#pending-badge").waitFor();
            ctx.close();
            closed = true;
        } finally {
            if (!closed) {
                ctx.close();
            }
        }

        List<String> errors = logs.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : " / " + e.getThrowableProxy().getClassName() + ": "
                                + e.getThrowableProxy().getMessage()))
                .toList();
        assertThat(errors).isEmpty();
        assertThat(logs.list).as("the capture was still listening during the shutdown")
                .anyMatch(e -> e.getFormattedMessage().matches("Closed [1-9]\\d* Vaadin session\\(s\\) before shutdown"));
    }

    private static BrowserContext openEditor(Browser browser, int port, String user, String password, long articleId) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(60_000);
        context.setDefaultNavigationTimeout(90_000);
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(user);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate("http://localhost:" + port + "/articles/" + articleId);
        page.locator("#article-title textarea").waitFor();
        return context;
    }

    /** What Tomcat's background thread does when sessions time out: expire them, from a thread with no login. */
    private static void expireAllHttpSessions(ConfigurableApplicationContext ctx) {
        var tomcat = ((TomcatWebServer) ((WebServerApplicationContext) ctx).getWebServer()).getTomcat();
        for (Container child : tomcat.getHost().findChildren()) {
            for (Session session : ((Context) child).getManager().findSessions()) {
                session.expire();
            }
        }
    }
}
