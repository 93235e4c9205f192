package de.newsroom.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void the_shipped_list_has_ten_thousand_common_passwords() {
        assertThat(policy.commonCount()).isBetween(9_990, 10_000);
    }

    @Test
    void length_counts_code_points_so_emoji_count_once() {
        assertThat(policy.check("🦊".repeat(11))).contains(PasswordProblem.TOO_SHORT);
        assertThat(policy.check("🦊".repeat(12))).isEmpty();
        assertThat(policy.check("😀".repeat(64))).isEmpty();
        assertThat(policy.check("😀".repeat(128))).isEmpty();
        assertThat(policy.check("😀".repeat(129))).contains(PasswordProblem.TOO_LONG);
    }

    @Test
    void common_passwords_are_refused_whatever_their_case() {
        assertThat(policy.check("1qaz2wsx3edc")).contains(PasswordProblem.TOO_COMMON);
        assertThat(policy.check("1QAZ2WSX3EDC")).contains(PasswordProblem.TOO_COMMON);
        assertThat(policy.check("correct horse battery staple")).isEmpty();
    }

    @Test
    void any_characters_are_fine_but_nul_is_not_storable() {
        assertThat(policy.check("Straße mit Leerzeichen ✓")).isEmpty();
        assertThat(policy.check("abcdefghijkl\u0000")).contains(PasswordProblem.UNSTORABLE);
        assertThat(policy.check(null)).contains(PasswordProblem.TOO_SHORT);
    }
}
