package de.newsroom.console.reader;

import java.time.Instant;

/** A response body with the newest change it reflects, for {@code Last-Modified}. */
public record Timestamped<T>(T value, Instant lastModified) {
}
