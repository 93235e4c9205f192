package de.newsroom.console.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.BrowserTest;
import org.junit.jupiter.api.Test;

class LoginBrowserIT extends BrowserTest {

    @Test
    void an_editor_logs_in_switches_to_german_and_logs_out() {
        loginAs(DemoAccounts.EDITOR, DemoAccounts.EDITOR_PASSWORD);

        assertThat(page.locator("h1")).containsText("Welcome, Erik Redakteur");
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("Dashboard");
        assertThat(page.locator(".user-roles")).hasText("Editor");

        page.locator("#user-menu-button").click();
        page.locator("vaadin-menu-bar-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Language")).click();
        page.locator("#lang-de").click();

        assertThat(page.locator("h1")).containsText("Willkommen, Erik Redakteur");
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("Übersicht");
        assertThat(page.locator(".user-roles")).hasText("Redaktion");
        assertThat(page.locator("html")).hasAttribute("lang", "de");

        page.locator("#user-menu-button").click();
        page.locator("#logout").click();
        page.waitForURL(u -> u.contains("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.url()).contains("/login");
    }

    @Test
    void a_wrong_password_shows_the_error_and_stays_on_the_login_page() {
        page.navigate(url("/login"));
        page.locator("vaadin-login-form input[name=username]").fill(DemoAccounts.EDITOR);
        page.locator("vaadin-login-form input[name=password]").fill("definitely-wrong-password");
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> u.contains("error"));
        assertThat(page.locator("vaadin-login-form")).containsText("Username or password is not correct");

        // The username stays as typed and the cursor waits in the password: only that is typed again.
        assertThat(page.locator("vaadin-login-form input[name=username]")).hasValue(DemoAccounts.EDITOR);
        assertThat(page.locator("vaadin-login-form input[name=password]")).isFocused();
        page.keyboard().type(DemoAccounts.EDITOR_PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(u -> !u.contains("/login"));
        assertThat(page.locator("h1")).containsText("Welcome, Erik Redakteur");
    }

    @Test
    void a_fresh_login_page_does_not_offer_the_last_refused_username() {
        page.navigate(url("/login"));
        page.locator("vaadin-login-form input[name=username]").fill("someone-else");
        page.locator("vaadin-login-form input[name=password]").fill("definitely-wrong-password");
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> u.contains("error"));
        assertThat(page.locator("vaadin-login-form input[name=username]")).hasValue("someone-else");

        page.navigate(url("/login"));
        assertThat(page.locator("vaadin-login-form input[name=username]")).isFocused();
        assertThat(page.locator("vaadin-login-form input[name=username]")).hasValue("");
    }
}
