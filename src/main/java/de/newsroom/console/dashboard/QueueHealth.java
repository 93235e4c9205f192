package de.newsroom.console.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How fast moderators decide: per hour of the last 24 (only hours with decisions, oldest first) the median and 90th
 * percentile of the time from arrival to a moderator's decision, and each moderator's decisions per day of the last
 * seven days (newest day first). Automatic decisions (blocked senders) are left out: they take no time.
 */
public record QueueHealth(List<DecisionTimes> perHour, List<ModeratorDay> perModeratorDay) {

    /** Decisions by moderators in the hour starting at {@code hourStart} and how long they took. */
    public record DecisionTimes(Instant hourStart, long decided, Duration median, Duration p90) {
    }

    /** How many comments one moderator decided on one day (in the newsroom's zone). */
    public record ModeratorDay(LocalDate day, String moderator, long decided) {
    }
}
