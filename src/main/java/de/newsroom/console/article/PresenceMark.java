package de.newsroom.console.article;

import java.time.Instant;

/** Someone who has an article open in the editor, and since when. */
public record PresenceMark(String displayName, Instant since) {
}
