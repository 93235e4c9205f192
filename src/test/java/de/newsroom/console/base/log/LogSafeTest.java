package de.newsroom.console.base.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void line_breaks_and_control_characters_cannot_start_a_new_log_line() {
        assertThat(LogSafe.encode("bob\r\n2026-01-01 INFO admin signed in"))
                .isEqualTo("bob\\r\\n2026-01-01 INFO admin signed in").doesNotContain("\n", "\r");
        assertThat(LogSafe.encode("a\u0000b\u2028c\u001b[31m")).isEqualTo("a\\u0000b\\u2028c\\u001b[31m");
        assertThat(LogSafe.encode("C:\\temp")).isEqualTo("C:\\\\temp");
    }

    @Test
    void plain_text_and_emoji_stay_as_they_are_and_long_text_is_cut_by_code_points() {
        assertThat(LogSafe.encode("Jürgen 🦊")).isEqualTo("Jürgen 🦊");
        assertThat(LogSafe.encode(null)).isEqualTo("null");
        assertThat(LogSafe.encode("🦊".repeat(10), 5)).isEqualTo("🦊🦊🦊🦊…");
    }
}
