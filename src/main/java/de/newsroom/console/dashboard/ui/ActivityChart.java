package de.newsroom.console.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.newsroom.console.dashboard.HourBucket;
import java.util.List;

/**
 * Comments received vs decided per hour as CSS bars built on the server (Vaadin Charts is commercial). Bar heights
 * are the only inline styles; the look is in styles/dashboard.css. A text summary serves screen readers.
 */
class ActivityChart extends Div {

    ActivityChart(List<HourBucket> hours, Times times) {
        setId("dashboard-activity");
        addClassName("activity");
        long max = Math.max(1, hours.stream().mapToLong(h -> Math.max(h.received(), h.decided())).max().orElse(1));
        long received = hours.stream().mapToLong(HourBucket::received).sum();
        long decided = hours.stream().mapToLong(HourBucket::decided).sum();
        String summary = getTranslation("dashboard.chart.summary", received, decided);

        var legend = new Div(legendItem("received"), legendItem("decided"));
        legend.addClassName("activity-legend");
        var chart = new Div();
        chart.addClassName("activity-chart");
        chart.getElement().setAttribute("role", "img");
        chart.getElement().setAttribute("aria-label", summary);
        for (int i = 0; i < hours.size(); i++) {
            HourBucket h = hours.get(i);
            var bars = new Div(bar("received", h.received(), max), bar("decided", h.decided(), max));
            bars.addClassName("activity-bars");
            var label = new Span(i % 3 == 0 ? times.hour(h.hourStart()) : "");
            label.addClassName("activity-label");
            var column = new Div(bars, label);
            column.addClassName("activity-hour");
            column.getElement().setAttribute("title",
                    getTranslation("dashboard.chart.hour", times.hour(h.hourStart()), h.received(), h.decided()));
            chart.add(column);
        }
        var text = new Paragraph(summary);
        text.setId("dashboard-activity-summary");
        text.addClassName("activity-summary");
        add(new H3(getTranslation("dashboard.chart.title")), legend, chart, text);
    }

    private Span legendItem(String kind) {
        var swatch = new Span();
        swatch.addClassNames("activity-swatch", kind);
        var item = new Span(swatch, new Span(getTranslation("dashboard.chart." + kind)));
        item.addClassName("activity-legend-item");
        return item;
    }

    private static Div bar(String kind, long value, long max) {
        var bar = new Div();
        bar.addClassNames("activity-bar", kind);
        bar.setHeight(value == 0 ? "0" : Math.max(2, Math.round(100.0 * value / max)) + "%");
        return bar;
    }
}
