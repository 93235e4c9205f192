package de.newsroom.console.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.dashboard.QueueHealth;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class QueueHealthPanelTest extends KaribuTest {

    @Test
    void counts_of_decisions_are_grouped_as_the_language_writes_them() {
        login("moderator", "MODERATOR");
        var health = new QueueHealth(
                List.of(new QueueHealth.DecisionTimes(Instant.parse("2026-12-04T09:00:00Z"), 1234,
                        Duration.ofMinutes(3), Duration.ofMinutes(9))),
                List.of(new QueueHealth.ModeratorDay(LocalDate.of(2026, 12, 4), "Mona Moderatorin", 12345)));

        UI.getCurrent().setLocale(Locale.GERMAN);
        var german = new QueueHealthPanel(health, new Times(ZoneId.of("Europe/Berlin"), Locale.GERMAN));
        assertThat(cells(german.hours)).contains("1.234");
        assertThat(cells(german.moderators)).contains("12.345");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        var english = new QueueHealthPanel(health, new Times(ZoneId.of("Europe/Berlin"), Locale.ENGLISH));
        assertThat(cells(english.hours)).contains("1,234");
        assertThat(cells(english.moderators)).contains("12,345");
    }

    private static List<String> cells(NativeTable table) {
        return table.getBody().getChildren().flatMap(row -> row.getChildren())
                .map(cell -> cell.getElement().getText()).toList();
    }
}
