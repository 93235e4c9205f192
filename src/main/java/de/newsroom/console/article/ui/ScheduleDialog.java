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
        when.setMin(LocalDateTime.ofInstant(now, zone));
        when.setValue(proposal(now, zone));
        when.setStep(java.time.Duration.ofMinutes(15));
        // The picker has no setAutofocus in Flow, but its element knows the same property the other dialogs' fields
        // set: the cursor stands in the date, one can type at once.
        when.getElement().setProperty("autofocus", true);
        add(new Paragraph(getTranslation("article.schedule.text")), when);
        var ok = new Button(getTranslation("article.schedule.confirm"), e -> {
            if (when.getValue() == null) {
                when.setInvalid(true);
                return;
            }
            onSchedule.accept(when.getValue().atZone(zone).toInstant());
            close();
        });
        // Not the toolbar's "Schedule…": this button schedules, nothing more is asked after it.
        ok.setId("article-schedule-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("article.action.cancel"), e -> close()), ok);
    }

    /**
     * The time the dialog proposes: the next quarter hour at least 30 minutes ahead, so there is time to look again;
     * at night (22:00 to 06:00) the next 06:00 instead, because a schedule set late is meant for the morning, not for
     * midnight.
     */
    static LocalDateTime proposal(Instant now, ZoneId zone) {
        LocalDateTime ahead = LocalDateTime.ofInstant(now, zone).plusMinutes(30).withSecond(0).withNano(0);
        int quarter = (ahead.getMinute() + 14) / 15 * 15;
        LocalDateTime next = ahead.withMinute(0).plusMinutes(quarter);
        if (next.getHour() >= 22) {
            return next.toLocalDate().plusDays(1).atTime(6, 0);
        }
        if (next.getHour() < 6) {
            return next.toLocalDate().atTime(6, 0);
        }
        return next;
    }
}
