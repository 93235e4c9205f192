package de.newsroom.console.reader;

/** A keyword as readers see it: its display name and its key, which {@code ?tag=} accepts. */
public record ReaderTag(String name, String key) {
}
