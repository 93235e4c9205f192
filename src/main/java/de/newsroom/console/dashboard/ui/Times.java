package de.newsroom.console.dashboard.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import de.newsroom.console.base.ui.DateStyle;
import java.util.Locale;

/** Dates in the user's locale and the newsroom's zone. */
record Times(ZoneId zone, Locale locale) {

    String dateTime(Instant instant) {
        return instant == null ? "" : DateStyle.dateTime(locale, zone).format(instant);
    }

    String hour(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm", locale).withZone(zone).format(instant);
    }

    /** Translation key and parameters for an age: minutes, hours and minutes, or days and hours. */
    static Object[] age(Duration age) {
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 60) {
            return new Object[] {"dashboard.age.minutes", minutes};
        }
        if (minutes < 24 * 60) {
            return new Object[] {"dashboard.age.hours", minutes / 60, minutes % 60};
        }
        return new Object[] {"dashboard.age.days", minutes / (24 * 60), (minutes / 60) % 24};
    }
}
