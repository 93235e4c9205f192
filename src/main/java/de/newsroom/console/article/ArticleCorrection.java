package de.newsroom.console.article;

import java.time.Instant;

/** A correction published on a live article: when, the note readers see, who made it, the version it produced. */
public record ArticleCorrection(Instant correctedAt, String note, String editorName, long articleVersion) {
}
