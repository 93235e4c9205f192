package de.newsroom.console.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The login page. Spring Security handles the form post; a failed attempt returns here with {@code ?error}, and the
 * message is the same whether the user is unknown, the password wrong or the account locked. Reached with
 * {@code ?expired} (from the session-ended notice, see {@link SessionEndedMessages}) it says why the user has to sign
 * in again.
 */
@Route(value = LoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "login";
    /** Query parameter: the user's session ended (timeout, restart, lost node). */
    static final String EXPIRED = "expired";
    /** The browser's session storage key for the username of a refused login (this tab only). */
    static final String USERNAME_KEY = "newsroom.login.username";

    private final LoginForm login = new LoginForm();
    private final Paragraph expiredNotice = new Paragraph();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());

        var brand = new Div();
        brand.addClassName("login-brand");
        var title = new H1(getTranslation("app.title"));
        var tagline = new Paragraph(getTranslation("login.tagline"));
        brand.add(title, tagline);

        expiredNotice.setId("login-expired");
        expiredNotice.addClassName("login-expired");
        expiredNotice.setVisible(false);

        var card = new Div(brand, expiredNotice, login);
        card.addClassName("login-card");
        add(card);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean error = parameters.containsKey("error");
        login.setError(error);
        keepUsername(error);
        boolean expired = parameters.containsKey(EXPIRED) && !parameters.containsKey("error");
        // Set here, not in the constructor: the view may have been built for an earlier navigation in another language.
        expiredNotice.setText(expired ? getTranslation("login.expired") : "");
        expiredNotice.setVisible(expired);
    }

    /**
     * The form posts natively and a refused login comes back as a new page, which would clear both fields. The
     * browser keeps the username it sent in this tab's session storage (never in the address, the server session or
     * a cookie) and, back with {@code ?error}, puts it into the field again and the cursor into the password, so only
     * the password is typed again. Any other visit to the login page forgets it and puts the cursor in the username.
     * The form's own autofocus is off: it tries once, a frame after attaching, and under load the field had not
     * rendered its input yet, so the cursor stayed nowhere. This script tries on each frame until the field has it.
     */
    private void keepUsername(boolean error) {
        login.getElement().setProperty("noAutofocus", true);
        login.getElement().executeJs("""
                const key = $0;
                if (!this.__keepsUsername) {
                    this.__keepsUsername = true;
                    this.addEventListener('login', e => sessionStorage.setItem(key, e.detail.username || ''));
                }
                const remembered = $1 ? sessionStorage.getItem(key) : null;
                if (!$1) {
                    sessionStorage.removeItem(key);
                }
                let tries = 300;
                const place = () => {
                    const active = document.activeElement;
                    if (active && active !== document.body) {
                        return; // placed, or the user has clicked somewhere already
                    }
                    const username = this.querySelector('#vaadinLoginUsername');
                    const password = this.querySelector('#vaadinLoginPassword');
                    if (username && remembered && !username.value) {
                        username.value = remembered;
                    }
                    const target = username && $1 && username.value ? password : username;
                    const input = target && target.querySelector('input');
                    if (input && input.offsetParent !== null) {
                        input.focus();
                    }
                    if (document.activeElement !== input && --tries > 0) {
                        requestAnimationFrame(place);
                    }
                };
                requestAnimationFrame(place);""", USERNAME_KEY, error);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.title");
    }
}
