package de.newsroom.console.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import de.newsroom.console.dashboard.QueueHealth;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Queue health for moderators: how long decisions took per hour and who decided how much per day. */
class QueueHealthPanel extends Section {

    final Grid<QueueHealth.DecisionTimes> hours = new Grid<>();
    final Grid<QueueHealth.ModeratorDay> moderators = new Grid<>();

    QueueHealthPanel(QueueHealth health, Times times) {
        setId("dashboard-queue-health");
        addClassName("dashboard-section");
        add(new H2(getTranslation("dashboard.health.title")));

        add(new H3(getTranslation("dashboard.health.hours")));
        if (health.perHour().isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.health.none")));
        } else {
            hours.setId("dashboard-health-hours");
            hours.addThemeVariants(GridVariant.LUMO_COMPACT);
            hours.setAllRowsVisible(true);
            hours.addColumn(h -> times.hour(h.hourStart())).setHeader(getTranslation("dashboard.health.hour"));
            hours.addColumn(QueueHealth.DecisionTimes::decided).setHeader(getTranslation("dashboard.health.decided"));
            hours.addColumn(h -> age(h.median())).setHeader(getTranslation("dashboard.health.median"));
            hours.addColumn(h -> age(h.p90())).setHeader(getTranslation("dashboard.health.p90"));
            hours.setItems(health.perHour().reversed());
            add(hours);
        }

        add(new H3(getTranslation("dashboard.health.moderators")));
        if (health.perModeratorDay().isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.health.none")));
        } else {
            var day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(times.locale());
            moderators.setId("dashboard-health-moderators");
            moderators.addThemeVariants(GridVariant.LUMO_COMPACT);
            moderators.setAllRowsVisible(true);
            moderators.addColumn(m -> day.format(m.day())).setHeader(getTranslation("dashboard.health.day"));
            moderators.addColumn(QueueHealth.ModeratorDay::moderator)
                    .setHeader(getTranslation("dashboard.health.moderator"));
            moderators.addColumn(QueueHealth.ModeratorDay::decided)
                    .setHeader(getTranslation("dashboard.health.decided"));
            moderators.setItems(health.perModeratorDay());
            add(moderators);
        }
    }

    private String age(Duration age) {
        if (age.toMinutes() < 1) {
            return getTranslation("dashboard.health.seconds", age.toSeconds());
        }
        Object[] keyAndParams = Times.age(age);
        return getTranslation((String) keyAndParams[0],
                java.util.Arrays.copyOfRange(keyAndParams, 1, keyAndParams.length));
    }
}
