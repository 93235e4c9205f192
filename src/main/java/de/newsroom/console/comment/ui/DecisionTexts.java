package de.newsroom.console.comment.ui;

import de.newsroom.console.comment.BulkDecision;
import de.newsroom.console.comment.CommentStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Who decided what and when, in the moderator's language and the newsroom's zone ("Approved by Mona Moderatorin at
 * 23:54"), for the panel's mark, the race loser's message and the report of a bulk decision.
 */
final class DecisionTexts {

    /** Groups of skipped comments named in a bulk report; the rest are counted only. */
    private static final int GROUPS_SHOWN = 4;

    private final BiFunction<String, Object[], String> translate;
    private final Locale locale;
    private final ZoneId zone;
    private final Clock clock;

    DecisionTexts(BiFunction<String, Object[], String> translate, Locale locale, ZoneId zone, Clock clock) {
        this.translate = translate;
        this.locale = locale;
        this.zone = zone;
        this.clock = clock;
    }

    /** The comment's state now: decided by whom and when, changed, or gone ({@code status} null). */
    String decided(CommentStatus status, String decidedBy, Instant decidedAt) {
        if (status == null) {
            return t("comment.decided.gone");
        }
        if (status == CommentStatus.PENDING || decidedAt == null) {
            return t("comment.decided.changed");
        }
        return t("comment.decided." + status.name(), name(decidedBy), when(decidedAt));
    }

    /** "at 23:54" for today, "on 1 Dec 2026 at 23:54" for another day (newsroom zone). */
    String when(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(local);
        if (local.toLocalDate().equals(LocalDate.now(clock.withZone(zone)))) {
            return t("comment.when.today", time);
        }
        return t("comment.when.day",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(local), time);
    }

    private String name(String decidedBy) {
        return decidedBy == null ? t("comment.decided.system") : decidedBy;
    }

    /** "12 comments approved, 2 skipped: 2 already approved by Mona Moderatorin, the last at 23:54." */
    String bulkReport(boolean approving, BulkDecision result) {
        String done = t(approving ? "comment.bulk.done.approved" : "comment.bulk.done.rejected",
                result.decided().size());
        if (result.skipped().isEmpty()) {
            return t("comment.bulk.result", done);
        }
        record Group(BulkDecision.Reason reason, CommentStatus status, String by) {
        }
        Map<Group, List<BulkDecision.Skipped>> groups = new LinkedHashMap<>();
        for (BulkDecision.Skipped s : result.skipped()) {
            groups.computeIfAbsent(new Group(s.reason(), s.status(), s.decidedBy()), g -> new ArrayList<>()).add(s);
        }
        List<String> parts = new ArrayList<>();
        for (var entry : groups.entrySet()) {
            if (parts.size() == GROUPS_SHOWN) {
                parts.add("…");
                break;
            }
            Group g = entry.getKey();
            int count = entry.getValue().size();
            Instant last = entry.getValue().stream().map(BulkDecision.Skipped::decidedAt).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            parts.add(switch (g.reason()) {
                case DECIDED -> last == null ? t("comment.bulk.skipped.changed", count)
                        : t("comment.bulk.skipped." + g.status().name(), count, name(g.by()), when(last));
                case CHANGED -> t("comment.bulk.skipped.changed", count);
                case GONE -> t("comment.bulk.skipped.gone", count);
            });
        }
        return t("comment.bulk.result.skipped", done, result.skipped().size(), String.join("; ", parts));
    }

    private String t(String key, Object... params) {
        return translate.apply(key, params);
    }
}
