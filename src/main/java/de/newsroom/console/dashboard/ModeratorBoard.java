package de.newsroom.console.dashboard;

import java.time.Duration;
import java.util.List;

/**
 * The state of the moderation queue. {@code oldestPendingAge} is null when nothing waits; {@code activity} holds
 * the last 24 hours, oldest first.
 */
public record ModeratorBoard(CappedCount pending, Duration oldestPendingAge, CappedCount flaggedPending,
                             CappedCount decidedTodayByMe, CappedCount decidedTodayByAll, List<HourBucket> activity) {
}
