package de.newsroom.console.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ScheduleDialogTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static LocalDateTime proposalAt(String berlinTime) {
        Instant now = LocalDateTime.parse(berlinTime).atZone(BERLIN).toInstant();
        return ScheduleDialog.proposal(now, BERLIN);
    }

    @Test
    void by_day_the_next_quarter_hour_at_least_half_an_hour_ahead() {
        assertThat(proposalAt("2026-12-02T10:07")).isEqualTo(LocalDateTime.parse("2026-12-02T10:45"));
        assertThat(proposalAt("2026-12-02T10:15")).isEqualTo(LocalDateTime.parse("2026-12-02T10:45"));
        assertThat(proposalAt("2026-12-02T10:46")).isEqualTo(LocalDateTime.parse("2026-12-02T11:30"));
    }

    @Test
    void late_in_the_evening_and_at_night_the_next_morning_instead_of_midnight() {
        assertThat(proposalAt("2026-12-02T23:54")).isEqualTo(LocalDateTime.parse("2026-12-03T06:00"));
        assertThat(proposalAt("2026-12-02T21:40")).isEqualTo(LocalDateTime.parse("2026-12-03T06:00"));
        assertThat(proposalAt("2026-12-03T02:10")).isEqualTo(LocalDateTime.parse("2026-12-03T06:00"));
        assertThat(proposalAt("2026-12-03T05:50")).isEqualTo(LocalDateTime.parse("2026-12-03T06:30"));
    }
}
