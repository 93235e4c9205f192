package de.newsroom.console.reader;

import java.time.Instant;

/** An entry of the "latest in the category" box. */
public record LatestArticle(String title, String slug, String teaser, Instant publishedAt) {
}
