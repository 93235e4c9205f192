package de.newsroom.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.newsroom.console.IntegrationTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@WithMockUser(username = "admin", roles = {"ADMIN", "EDITOR", "MODERATOR"})
class AccountServiceTest {

    @Autowired AccountService accounts;
    @Autowired UserService userService;
    @Autowired UserRepository users;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired PlatformTransactionManager transactions;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private UserSummary create(String name, Set<Role> roles, String password) {
        return accounts.create(new NewAccount(name, "Person " + name, name + "@example.org", roles, password));
    }

    private List<String> actions(String target) {
        return jdbc.queryForList("select action from audit_event where target_id = ? order by id", String.class, target);
    }

    private boolean canLogin(String name, String password) throws Exception {
        var r = mvc.perform(post("/login").param("username", name).param("password", password).with(csrf())
                .with(req -> {
                    req.setRemoteAddr("10.20.0." + Math.abs(name.hashCode() % 200));
                    return req;
                })).andReturn();
        return !r.getResponse().getRedirectedUrl().contains("error");
    }

    @Test
    void an_admin_creates_an_account_whose_64_emoji_password_works() throws Exception {
        String name = unique("emoji");
        String password = "🦊".repeat(64);
        var created = create(name, EnumSet.of(Role.EDITOR), password);
        assertThat(created.roles()).containsExactly(Role.EDITOR);
        assertThat(jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, created.id()))
                .startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(canLogin(name, password)).isTrue();
        assertThat(actions(name)).contains(AuditActions.ACCOUNT_CREATED, AuditActions.LOGIN_SUCCEEDED);
    }

    @Test
    void the_password_policy_gives_a_field_message_for_each_problem() {
        assertThatThrownBy(() -> create(unique("short"), EnumSet.of(Role.EDITOR), "elevenchars"))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.field()).isEqualTo(AccountField.PASSWORD);
                    assertThat(e.messageKey()).isEqualTo("account.password.too_short");
                });
        assertThatThrownBy(() -> create(unique("common"), EnumSet.of(Role.EDITOR), "1q2w3e4r5t6y"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.password.too_common"));
        assertThatThrownBy(() -> create(unique("long"), EnumSet.of(Role.EDITOR), "x".repeat(129)))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.password.too_long"));
        assertThatThrownBy(() -> create(unique("nul"), EnumSet.of(Role.EDITOR), "abcdefghijkl\u0000m"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.password.unstorable"));
        assertThatThrownBy(() -> create("a b", EnumSet.of(Role.EDITOR), "A-good-password-2026"))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.field()).isEqualTo(AccountField.USERNAME));
        assertThatThrownBy(() -> create(unique("noroles"), EnumSet.noneOf(Role.class), "A-good-password-2026"))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.field()).isEqualTo(AccountField.ROLES));
    }

    @Test
    void a_taken_username_is_refused_case_insensitively() {
        String name = unique("taken");
        create(name, EnumSet.of(Role.EDITOR), "A-good-password-2026");
        assertThatThrownBy(() -> create(name.toUpperCase(), EnumSet.of(Role.EDITOR), "A-good-password-2026"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.username.taken"));
    }

    @Test
    void every_account_change_is_audited() {
        String name = unique("changes");
        var user = create(name, EnumSet.of(Role.EDITOR), "A-good-password-2026");
        accounts.update(user.id(), new AccountChanges("New Name", "new@example.org", EnumSet.of(Role.MODERATOR)));
        accounts.setEnabled(user.id(), false);
        accounts.setEnabled(user.id(), true);
        accounts.unlock(user.id());
        accounts.resetPassword(user.id(), "Another-good-password-7");
        assertThat(actions(name)).containsExactly(AuditActions.ACCOUNT_CREATED, AuditActions.ACCOUNT_UPDATED,
                AuditActions.ROLES_CHANGED, AuditActions.ACCOUNT_DISABLED, AuditActions.ACCOUNT_ENABLED,
                AuditActions.ACCOUNT_UNLOCKED, AuditActions.PASSWORD_RESET);
        assertThat(jdbc.queryForObject("select detail from audit_event where target_id = ? and action = ?",
                String.class, name, AuditActions.ROLES_CHANGED)).isEqualTo("EDITOR -> MODERATOR");
        assertThat(jdbc.queryForObject("select actor from audit_event where target_id = ? and action = ?",
                String.class, name, AuditActions.ACCOUNT_DISABLED)).isEqualTo("admin");
    }

    @Test
    void a_rolled_back_change_leaves_no_audit_row() {
        String name = unique("rollback");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            create(name, EnumSet.of(Role.EDITOR), "A-good-password-2026");
            assertThat(actions(name)).containsExactly(AuditActions.ACCOUNT_CREATED);
            status.setRollbackOnly();
        });
        assertThat(actions(name)).isEmpty();
        assertThat(users.findByUsernameIgnoreCase(name)).isEmpty();
    }

    @Test
    void the_last_enabled_admin_can_be_neither_disabled_nor_demoted() {
        String name = unique("lastadmin");
        var admin = create(name, EnumSet.of(Role.ADMIN), "A-good-password-2026");
        var tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            // Leave this account as the only enabled admin, inside a transaction that is rolled back afterwards.
            users.findAll().stream().filter(u -> !u.getId().equals(admin.id()) && u.getRoles().contains(Role.ADMIN))
                    .forEach(User::disable);
            users.flush();
            assertThatThrownBy(() -> accounts.setEnabled(admin.id(), false))
                    .isInstanceOfSatisfying(AccountException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("account.error.last_admin"));
            assertThatThrownBy(() -> accounts.update(admin.id(),
                    new AccountChanges("Still here", null, EnumSet.of(Role.EDITOR))))
                    .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.field()).isEqualTo(AccountField.ROLES));
            status.setRollbackOnly();
        });
        // With other admins around, the same admin may step down.
        var after = accounts.update(admin.id(), new AccountChanges("Stepped down", null, EnumSet.of(Role.EDITOR)));
        assertThat(after.roles()).containsExactly(Role.EDITOR);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "EDITOR", "MODERATOR"})
    void an_admin_may_not_demote_themselves_when_they_are_the_last_admin() {
        var me = users.findByUsernameIgnoreCase("admin").orElseThrow();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            users.findAll().stream().filter(u -> !u.getId().equals(me.getId()) && u.getRoles().contains(Role.ADMIN))
                    .forEach(User::disable);
            users.flush();
            assertThatThrownBy(() -> accounts.setEnabled(me.getId(), false)).isInstanceOf(AccountException.class);
            status.setRollbackOnly();
        });
        assertThat(users.findByUsernameIgnoreCase("admin").orElseThrow().isEnabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_cannot_use_account_administration() {
        assertThatThrownBy(() -> accounts.list(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.setEnabled(1L, false)).isInstanceOf(AccessDeniedException.class);
    }
}
