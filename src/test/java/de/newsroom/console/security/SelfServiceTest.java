package de.newsroom.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.newsroom.console.IntegrationTest;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class SelfServiceTest {

    @Autowired UserService users;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;

    private void signIn(String name) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                name, null, java.util.List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_user_changes_their_own_password_only_with_the_current_one() {
        String name = accounts.create("self", Role.EDITOR);
        signIn(name);
        assertThatThrownBy(() -> users.changeMyPassword("not-the-current-one", "A-brand-new-password-1"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.field()).isEqualTo(AccountField.CURRENT_PASSWORD));
        assertThatThrownBy(() -> users.changeMyPassword(TestAccounts.PASSWORD, "1qaz2wsx3edc"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.password.too_common"));
        users.changeMyPassword(TestAccounts.PASSWORD, "A-brand-new-password-1");
        assertThat(jdbc.queryForList("select action from audit_event where target_id = ?", String.class, name))
                .contains(AuditActions.PASSWORD_CHANGED);
    }

    @Test
    void self_service_has_no_way_to_change_roles_and_keeps_them() {
        String name = accounts.create("selfroles", Role.EDITOR);
        signIn(name);
        users.changeMyLanguage(Locale.GERMAN);
        assertThat(Arrays.stream(UserService.class.getMethods()).map(m -> m.getName().toLowerCase())
                .filter(n -> n.contains("my") || n.contains("remember")))
                .noneMatch(n -> n.contains("role"));
        var me = accounts.find(name);
        assertThat(me.roles()).containsExactly(Role.EDITOR);
        assertThat(me.locale()).isEqualTo("de");
    }
}
