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
        login.setError(parameters.containsKey("error"));
        boolean expired = parameters.containsKey(EXPIRED) && !parameters.containsKey("error");
        // Set here, not in the constructor: the view may have been built for an earlier navigation in another language.
        expiredNotice.setText(expired ? getTranslation("login.expired") : "");
        expiredNotice.setVisible(expired);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.title");
    }
}
