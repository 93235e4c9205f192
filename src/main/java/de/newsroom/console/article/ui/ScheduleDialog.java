package de.newsroom.console.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import de.newsroom.console.base.ui.DateStyle;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Consumer;

/** Picks the publication time in the newsroom's zone (Europe/Berlin unless configured otherwise). */
class ScheduleDialog extends Dialog {

    final DateTimePicker when = new DateTimePicker();

    ScheduleDialog(ZoneId zone, Instant now, Consumer<Instant> onSchedule) {
        setHeaderTitle(getTranslation("article.schedule.title"));
        when.setLabel(getTranslation("article.schedule.when", zone.getId()));
        when.setId("article-schedule-when");
        DateStyle.localize(when);
        LocalDateTime soon = LocalDateTime.ofInstant(now, zone).plusHours(1).withMinute(0).withSecond(0).withNano(0);
        when.setMin(LocalDateTime.ofInstant(now, zone));
        when.setValue(soon);
        when.setStep(java.time.Duration.ofMinutes(15));
        add(new Paragraph(getTranslation("article.schedule.text")), when);
        var ok = new Button(getTranslation("article.action.SCHEDULED"), e -> {
            if (when.getValue() == null) {
                when.setInvalid(true);
                return;
            }
            onSchedule.accept(when.getValue().atZone(zone).toInstant());
            close();
        });
        ok.setId("article-schedule-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("article.action.cancel"), e -> close()), ok);
    }
}
