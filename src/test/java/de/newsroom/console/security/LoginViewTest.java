package de.newsroom.console.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import de.newsroom.console.KaribuTest;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void a_failed_attempt_shows_one_message_for_every_kind_of_failure() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("Username or password is not correct");
    }

    @Test
    void a_fresh_login_page_shows_no_error() {
        navigate("login");
        assertThat(_get(LoginForm.class).isError()).isFalse();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Paragraph.class,
                spec -> spec.withId("login-expired"))).as("no notice without ?expired").isEmpty();
    }

    @Test
    void after_a_lost_session_the_login_page_says_why_in_the_users_language() {
        UI.getCurrent().setLocale(Locale.GERMANY);
        UI.getCurrent().navigate("login", QueryParameters.of("expired", ""));
        Paragraph notice = _get(Paragraph.class, spec -> spec.withId("login-expired"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).startsWith("Ihre Sitzung ist beendet").contains("erneut an", "Artikeltext");
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void vaadins_session_expired_notice_is_localised_and_leads_to_the_login_page() {
        SystemMessages german = VaadinService.getCurrent().getSystemMessages(Locale.GERMANY, VaadinRequest.getCurrent());
        assertThat(german.isSessionExpiredNotificationEnabled()).isTrue();
        assertThat(german.getSessionExpiredCaption()).isEqualTo("Ihre Sitzung ist beendet");
        assertThat(german.getSessionExpiredMessage()).contains("Verbindung zum Server", "aufbewahrt",
                "erneut anzumelden");
        assertThat(german.getSessionExpiredURL()).endsWith("/login?expired");
        assertThat(german.getCookiesDisabledCaption()).isEqualTo("Cookies sind ausgeschaltet");
        assertThat(german.getInternalErrorCaption()).isEqualTo("Auf dem Server ist ein Fehler aufgetreten");

        SystemMessages english = VaadinService.getCurrent().getSystemMessages(Locale.US, VaadinRequest.getCurrent());
        assertThat(english.getSessionExpiredCaption()).isEqualTo("Your session has ended");
        assertThat(english.getSessionExpiredMessage()).contains("Article text you typed up to a few seconds ago is kept");
    }
}
