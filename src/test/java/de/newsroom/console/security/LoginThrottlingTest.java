package de.newsroom.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.newsroom.console.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class LoginThrottlingTest {

    @Autowired MockMvc mvc;
    @Autowired LoginGuard guard;
    @Autowired Clock systemClock;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;

    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));

    @BeforeEach
    void useTestClock() {
        guard.useClock(clock);
        guard.forgetClientAddresses();
    }

    @AfterEach
    void restoreClock() {
        guard.useClock(systemClock);
        guard.forgetClientAddresses();
    }

    private MvcResult attempt(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                        .with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        }))
                .andReturn();
    }

    private static boolean succeeded(MvcResult result) {
        return result.getResponse().getStatus() == 302 && !result.getResponse().getRedirectedUrl().contains("error");
    }

    private List<Map<String, Object>> audit(String actor) {
        return jdbc.queryForList("select actor, action, target_id, detail, client_hash from audit_event "
                + "where actor = ? order by id", actor);
    }

    @Test
    void five_failures_in_a_row_make_the_next_attempt_wait_and_the_wait_grows() throws Exception {
        String name = accounts.create("slow", Role.EDITOR);
        for (int i = 0; i < 5; i++) {
            assertThat(succeeded(attempt(name, "wrong-password-" + i, "10.1.0.1"))).isFalse();
        }
        assertThat(succeeded(attempt(name, TestAccounts.PASSWORD, "10.1.0.1")))
                .as("right password during the delay").isFalse();
        clock.advance(Duration.ofSeconds(3));
        assertThat(attempt(name, "wrong-again-6", "10.1.0.1").getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        clock.advance(Duration.ofSeconds(3));
        assertThat(succeeded(attempt(name, TestAccounts.PASSWORD, "10.1.0.1")))
                .as("the sixth failure doubled the wait to 4 s").isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(succeeded(attempt(name, TestAccounts.PASSWORD, "10.1.0.1"))).isTrue();
        assertThat(accounts.find(name).lockedUntil()).isNull();
    }

    @Test
    void ten_failures_lock_the_account_for_fifteen_minutes_and_the_lock_releases_itself() throws Exception {
        String name = accounts.create("locked", Role.EDITOR);
        for (int i = 0; i < 10; i++) {
            if (i > 0) {
                clock.advance(Duration.ofMinutes(1));
            }
            attempt(name, "wrong-password-" + i, "10.2.0.1");
        }
        assertThat(accounts.find(name).lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(audit(name)).extracting(r -> r.get("action")).contains(AuditActions.ACCOUNT_LOCKED);

        clock.advance(Duration.ofMinutes(14));
        assertThat(succeeded(attempt(name, TestAccounts.PASSWORD, "10.2.0.1"))).isFalse();
        clock.advance(Duration.ofMinutes(2));
        assertThat(succeeded(attempt(name, TestAccounts.PASSWORD, "10.2.0.1"))).isTrue();
    }

    @Test
    void twenty_failures_from_one_address_block_that_address_only() throws Exception {
        String name = accounts.create("victim", Role.EDITOR);
        for (int i = 0; i < 20; i++) {
            attempt("no-such-user-" + i, "whatever-password", "10.3.0.1");
        }
        assertThat(succeeded(attempt(name, TestAccounts.PASSWORD, "10.3.0.1"))).isFalse();
        assertThat(succeeded(attempt(name, TestAccounts.PASSWORD, "10.3.0.2"))).isTrue();
        clock.advance(Duration.ofMinutes(16));
        assertThat(succeeded(attempt(name, TestAccounts.PASSWORD, "10.3.0.1"))).isTrue();
    }

    @Test
    void unknown_user_wrong_password_and_locked_account_get_the_same_answer() throws Exception {
        String locked = accounts.create("same", Role.EDITOR);
        for (int i = 0; i < 10; i++) {
            attempt(locked, "wrong-password-" + i, "10.4.0.1");
            clock.advance(Duration.ofMinutes(1));
        }
        String wrong = accounts.create("same", Role.EDITOR);
        MvcResult unknown = attempt("nobody-" + locked, "some-password-1", "10.4.0.2");
        MvcResult wrongPassword = attempt(wrong, "some-password-1", "10.4.0.2");
        MvcResult lockedAccount = attempt(locked, TestAccounts.PASSWORD, "10.4.0.2");
        for (MvcResult r : List.of(unknown, wrongPassword, lockedAccount)) {
            assertThat(r.getResponse().getStatus()).isEqualTo(302);
            assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
            assertThat(r.getResponse().getContentAsString()).isEqualTo(unknown.getResponse().getContentAsString());
            assertThat(r.getResponse().getHeaderNames()).isEqualTo(unknown.getResponse().getHeaderNames());
        }
    }

    @Test
    void a_disabled_account_cannot_sign_in_and_gets_the_same_answer() throws Exception {
        String name = accounts.create("off", Role.EDITOR);
        accounts.disable(name);
        MvcResult result = attempt(name, TestAccounts.PASSWORD, "10.5.0.1");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void logins_are_audited_with_the_attempted_name_encoded() throws Exception {
        String name = accounts.create("audited", Role.EDITOR);
        attempt(name, "wrong-password-x", "10.6.0.1");
        attempt(name, TestAccounts.PASSWORD, "10.6.0.1");
        attempt("forged\r\n" + name, "wrong-password-x", "10.6.0.1");

        var rows = audit(name);
        assertThat(rows).extracting(r -> r.get("action"))
                .containsExactly(AuditActions.LOGIN_FAILED, AuditActions.LOGIN_SUCCEEDED);
        assertThat(rows).allSatisfy(r -> assertThat((String) r.get("client_hash")).hasSize(64).doesNotContain("10.6"));
        var unknown = jdbc.queryForList("select detail from audit_event where actor = 'unknown' and detail like ?",
                String.class, "%" + name + "%");
        assertThat(unknown).singleElement().asString().contains("forged\\r\\n" + name).doesNotContain("\n");
    }

    @Test
    void a_password_of_64_emoji_is_a_normal_failed_login_not_an_error() throws Exception {
        MvcResult result = attempt(DemoAccounts.EDITOR, "😀".repeat(64), "10.7.0.1");
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }
}
