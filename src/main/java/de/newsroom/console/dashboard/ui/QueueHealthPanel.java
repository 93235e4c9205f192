package de.newsroom.console.dashboard.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import de.newsroom.console.dashboard.QueueHealth;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;

/**
 * Queue health for moderators: how long decisions took per hour and who decided how much per day. Plain HTML
 * tables, not grids: a day's rows are few, nothing is sorted or paged, and a grid brings its shadow DOM and a layout
 * pass into the dashboard's first render (decision 0023).
 */
class QueueHealthPanel extends Section {

    final NativeTable hours = new NativeTable();
    final NativeTable moderators = new NativeTable();

    QueueHealthPanel(QueueHealth health, Times times) {
        var count = NumberFormat.getIntegerInstance(times.locale());
        setId("dashboard-queue-health");
        addClassName("dashboard-section");
        add(new H2(getTranslation("dashboard.health.title")));

        add(new H3(getTranslation("dashboard.health.hours")));
        if (health.perHour().isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.health.none")));
        } else {
            hours.setId("dashboard-health-hours");
            fill(hours, List.of("dashboard.health.hour", "dashboard.health.decided", "dashboard.health.median",
                    "dashboard.health.p90"), health.perHour().reversed(), h -> List.of(times.hour(h.hourStart()),
                    count.format(h.decided()), age(h.median()), age(h.p90())));
            add(hours);
        }

        add(new H3(getTranslation("dashboard.health.moderators")));
        if (health.perModeratorDay().isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.health.none")));
        } else {
            var day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(times.locale());
            moderators.setId("dashboard-health-moderators");
            fill(moderators, List.of("dashboard.health.day", "dashboard.health.moderator", "dashboard.health.decided"),
                    health.perModeratorDay(), m -> List.of(day.format(m.day()), m.moderator(),
                            count.format(m.decided())));
            add(moderators);
        }
    }

    private <T> void fill(NativeTable table, List<String> headerKeys, List<T> rows, Function<T, List<String>> cells) {
        table.addClassName("dashboard-table");
        var header = new NativeTableRow();
        headerKeys.forEach(key -> header.addHeaderCell().setText(getTranslation(key)));
        table.getHead().add(header);
        var body = table.getBody();
        for (T row : rows) {
            var tr = new NativeTableRow();
            cells.apply(row).forEach(text -> tr.addDataCell().setText(text));
            body.add(tr);
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
