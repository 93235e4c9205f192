package de.newsroom.console.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import de.newsroom.console.base.ui.DateStyle;
import de.newsroom.console.base.ui.WhenLaidOut;
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
        // The cursor in the date, as the other dialogs' first fields get it. Not through the picker's autofocus
        // property: that calls the picker's focus(), which on a phone opens the full-screen calendar over the dialog
        // before its text and the time field were seen. Focusing the date's input once it is laid out types at once
        // on a desktop and leaves a phone's dialog as it is (the phone's picker has no typing input).
        WhenLaidOut.run(when.getElement(), "el.querySelector('input')", "el.querySelector('input').focus();");
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
