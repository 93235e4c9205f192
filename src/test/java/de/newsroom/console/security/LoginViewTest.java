package de.newsroom.console.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
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
    }
}
