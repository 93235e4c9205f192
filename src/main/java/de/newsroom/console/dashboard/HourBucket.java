package de.newsroom.console.dashboard;

import java.time.Instant;

/** Comments received and decided in the hour starting at {@code hourStart}. */
public record HourBucket(Instant hourStart, long received, long decided) {
}
