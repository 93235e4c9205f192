package de.newsroom.console.comment.ui;

import de.newsroom.console.comment.commenter.CommenterAction;
import de.newsroom.console.comment.commenter.CommenterActionKind;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * A commenter action in words, in the moderator's language and the newsroom's zone ("Gesperrt bis 9. Dezember 2026 –
 * Grund: …"), for the commenter dialog and the list of actions in force.
 */
final class CommenterTexts {

    private final BiFunction<String, Object[], String> translate;
    private final Locale locale;
    private final ZoneId zone;

    CommenterTexts(BiFunction<String, Object[], String> translate, Locale locale, ZoneId zone) {
        this.translate = translate;
        this.locale = locale;
        this.zone = zone;
    }

    String day(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(instant.atZone(zone));
    }

    String state(CommenterAction action) {
        return action.kind() == CommenterActionKind.SUSPEND
                ? translate.apply("comment.commenter.state.SUSPEND", new Object[] {day(action.endsAt()), action.reason()})
                : translate.apply("comment.commenter.state." + action.kind().name(), new Object[] {action.reason()});
    }

    String since(CommenterAction action) {
        return translate.apply("comment.commenter.state.since", new Object[] {day(action.createdAt()),
                action.createdBy()});
    }
}
