package de.newsroom.console.article;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.newsroom.console.article.ArticleTestData.as;
import static de.newsroom.console.article.ArticleTestData.complete;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import de.newsroom.console.BrowserTest;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import de.newsroom.console.security.DemoAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A German editor loses the session (the browser's next request reaches a server that does not know it, as when
 * its node died): the page says why in German, the login page repeats it, and the typed title is offered back.
 */
class WorkingCopyBrowserIT extends BrowserTest {

    @Autowired
    CategoryService categories;
    @Autowired
    ArticleEditing editing;
    @Autowired
    ArticleWorkingCopies workingCopies;

    @Test
    void unsaved_text_survives_a_lost_session_and_the_user_is_told_why_in_german() {
        CategoryNode category = ArticleTestData.category(categories, "Knoten");
        ArticleDetails article = as(DemoAccounts.EDITOR, () -> editing.save(complete(
                "Knoten fällt aus " + UUID.randomUUID().toString().substring(0, 6), category.id())));
        String typed = "Ungespeichert: Ärger über Öl";

        BrowserContext german = context.browser().newContext(new Browser.NewContextOptions().setLocale("de-DE")
                .setViewportSize(1280, 900));
        german.setDefaultTimeout(30_000);
        try {
            Page tab = german.newPage();
            signIn(tab);
            tab.navigate(url("/articles/" + article.id()));
            Locator title = tab.locator("#article-title textarea");
            title.click();
            title.fill(typed);
            title.blur();
            waitForCopy(article.id(), typed);
            assertThat(tab.locator("main.article-editor")).hasAttribute("data-unsaved", "true");

            // Closing the tab with unsaved changes asks first.
            List<String> dialogs = new ArrayList<>();
            tab.onDialog(dialog -> {
                dialogs.add(dialog.type());
                if (dialogs.size() == 1) {
                    dialog.dismiss();
                } else {
                    dialog.accept();
                }
            });
            tab.close(new Page.CloseOptions().setRunBeforeUnload(true));
            tab.waitForCondition(() -> !dialogs.isEmpty());
            assertThat(dialogs).containsExactly("beforeunload");

            // The node died: the browser's next request carries a session id the server answering it does not know.
            List<Cookie> unknown = german.cookies().stream()
                    .map(c -> "JSESSIONID".equals(c.name) ? new Cookie(c.name, "0DEADC0DE0DEADC0DE0DEADC0DE00000")
                            .setDomain(c.domain).setPath(c.path).setHttpOnly(c.httpOnly).setSecure(c.secure)
                            .setSameSite(c.sameSite) : c)
                    .toList();
            assertThat(unknown).extracting(c -> c.name).contains("JSESSIONID");
            german.clearCookies();
            german.addCookies(unknown);
            Locator lead = tab.locator("#article-lead textarea");
            lead.click();
            lead.fill("Noch mehr Text");
            lead.blur();
            Locator notice = tab.locator(".v-system-error");
            assertThat(notice).containsText("Ihre Sitzung ist beendet");
            assertThat(notice).containsText("aufbewahrt");
            notice.click();
            tab.waitForURL(u -> u.contains("/login?expired"));
            assertThat(dialogs).as("no second question on the way to the login page").hasSize(1);
            assertThat(tab.locator("#login-expired")).containsText("Ihre Sitzung ist beendet");

            signIn(tab);
            tab.navigate(url("/articles/" + article.id()));
            assertThat(tab.locator("#article-working-copy-message")).containsText("Ungespeicherte Änderungen vom");
            tab.locator("#article-working-copy-restore").dispatchEvent("click");
            assertThat(tab.locator("#article-title textarea")).hasValue(typed);
        } finally {
            german.close();
        }
    }

    private void signIn(Page tab) {
        tab.navigate(url("/login"));
        tab.locator("vaadin-login-form input[name=username]").fill(DemoAccounts.EDITOR);
        tab.locator("vaadin-login-form input[name=password]").fill(DemoAccounts.EDITOR_PASSWORD);
        tab.locator("vaadin-login-form vaadin-button").first().click();
        tab.waitForURL(u -> !u.contains("/login"));
    }

    private void waitForCopy(Long articleId, String title) {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            var copy = as(DemoAccounts.EDITOR, () -> workingCopies.mine(articleId));
            if (copy.isPresent() && copy.get().draft().title().equals(title)) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("no working copy with title " + title);
    }
}
