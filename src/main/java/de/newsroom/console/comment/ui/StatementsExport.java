package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import de.newsroom.console.base.domain.NewsroomZone;
import de.newsroom.console.base.ui.DateStyle;
import de.newsroom.console.comment.StatementsOfReasons;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The DSA statements of reasons download on the settings page: a range of decision days (in the newsroom's zone,
 * both ends included) and a JSON and a CSV link that stream the export.
 */
class StatementsExport extends Div {

    private final transient StatementsOfReasons statements;
    private final NewsroomZone zone;
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Anchor json;
    final Anchor csv;
    // Read by the download request's thread, written by the UI's.
    private volatile Instant start;
    private volatile Instant end;

    StatementsExport(StatementsOfReasons statements, NewsroomZone zone, Clock clock) {
        this.statements = statements;
        this.zone = zone;
        LocalDate today = LocalDate.now(clock.withZone(zone.zoneId()));
        from.setLabel(getTranslation("comment.dsa.from"));
        to.setLabel(getTranslation("comment.dsa.to"));
        from.setId("dsa-from");
        to.setId("dsa-to");
        DateStyle.localize(from);
        DateStyle.localize(to);
        from.setValue(today.withDayOfMonth(1).minusMonths(1));
        to.setValue(today);
        from.setMax(today);
        to.setMax(today);
        json = new Anchor(download("json", "application/json", statements::exportJson),
                getTranslation("comment.dsa.json"));
        json.setId("dsa-json");
        csv = new Anchor(download("csv", "text/csv; charset=UTF-8", statements::exportCsv),
                getTranslation("comment.dsa.csv"));
        csv.setId("dsa-csv");
        from.addValueChangeListener(e -> range());
        to.addValueChangeListener(e -> range());
        range();
        var form = new Div(from, to, json, csv);
        form.addClassName("settings-form");
        add(new H2(getTranslation("comment.dsa.title")), new Paragraph(getTranslation("comment.dsa.intro")), form);
    }

    private void range() {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        boolean valid = first != null && last != null && !last.isBefore(first);
        to.setInvalid(!valid);
        to.setErrorMessage(valid ? null : getTranslation("comment.dsa.range.invalid"));
        json.setEnabled(valid);
        csv.setEnabled(valid);
        start = valid ? first.atStartOfDay(zone.zoneId()).toInstant() : null;
        end = valid ? last.plusDays(1).atStartOfDay(zone.zoneId()).toInstant() : null;
    }

    private interface Export {
        int write(Instant from, Instant to, OutputStream out);
    }

    private DownloadHandler download(String extension, String type, Export export) {
        return event -> {
            Instant a = start;
            Instant b = end;
            if (a == null || b == null) {
                event.getResponse().setStatus(400);
                return;
            }
            event.setFileName("statements-of-reasons-" + a.atZone(zone.zoneId()).toLocalDate() + "-"
                    + b.atZone(zone.zoneId()).toLocalDate().minusDays(1) + "." + extension);
            event.setContentType(type);
            try (var out = event.getOutputStream()) {
                export.write(a, b, out);
            }
        };
    }
}
