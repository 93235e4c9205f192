package de.newsroom.console.dashboard;

import java.time.Duration;
import java.util.List;

/**
 * The state of the moderation queue. {@code oldestPendingAge} is null when nothing waits; {@code activity} holds
 * the last 24 hours, oldest first. Today's decisions are split into those of people ({@code decided_by} set, the
 * caller's own among them) and those taken automatically on arrival ({@code decided_by} null, e.g. blocked senders),
 * so the tiles agree with the queue health, which counts people only.
 */
public record ModeratorBoard(CappedCount pending, Duration oldestPendingAge, CappedCount flaggedPending,
                             CappedCount decidedTodayByMe, CappedCount decidedTodayByPeople,
                             CappedCount decidedTodayAutomatically, List<HourBucket> activity) {
}
