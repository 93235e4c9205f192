package de.newsroom.console.reader;

import java.time.Instant;

/** A correction the newsroom published on the article (Pressekodex, section 3): when, and the note readers see. */
public record Correction(Instant date, String note) {
}
