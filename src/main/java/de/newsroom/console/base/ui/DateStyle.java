package de.newsroom.console.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One date style for the whole console: four-digit years ("02.12.2026, 23:54", "Dec 2, 2026, 11:54 PM") except in
 * dense grids ({@link #shortDateTime}),
 * times in the newsroom's zone, and date pickers that speak the user's language (Vaadin ships them in English with
 * the week starting on Sunday; here it starts on Monday in both languages).
 */
public final class DateStyle {

    private DateStyle() {
    }

    /** Date and time to the minute, e.g. {@code 02.12.2026, 23:54}. */
    public static DateTimeFormatter dateTime(Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
    }

    /**
     * Date and time to the minute with a two-digit year, e.g. {@code 03.12.26, 14:05} or {@code 12/3/26, 2:05 PM}: for
     * grid columns that must leave the room to the title (the article list shows two dates per row).
     */
    public static DateTimeFormatter shortDateTime(Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
    }

    /** Localises a date-time picker's calendar, buttons and input format to the current UI's language. */
    public static void localize(DateTimePicker picker) {
        Locale locale = locale();
        picker.setLocale(region(locale));
        picker.setDatePickerI18n(i18n(locale));
    }

    /** Localises a date picker's calendar, buttons and input format to the current UI's language. */
    public static void localize(DatePicker picker) {
        Locale locale = locale();
        picker.setLocale(region(locale));
        picker.setI18n(i18n(locale));
    }

    private static DatePicker.DatePickerI18n i18n(Locale locale) {
        UI ui = UI.getCurrent();
        // Month and day names come from the JDK's locale data; the few words Vaadin shows come from the bundles.
        List<String> months = Arrays.stream(java.time.Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList();
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        var i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(1) // Monday: the newsroom's week, in either language
                .setToday(ui == null ? "Today" : ui.getTranslation("picker.today"))
                .setCancel(ui == null ? "Cancel" : ui.getTranslation("picker.cancel"));
        if (Locale.GERMAN.getLanguage().equals(locale.getLanguage())) {
            i18n.setDateFormat("dd.MM.yyyy");
        }
        return i18n;
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /** Vaadin formats the input by the locale's region; a bare language would fall back to US order. */
    private static Locale region(Locale locale) {
        return Locale.GERMAN.getLanguage().equals(locale.getLanguage()) ? Locale.GERMANY : Locale.UK;
    }
}
