package de.newsroom.console.reader;

import java.time.Instant;
import java.util.List;

/** A published article in a list: what a teaser box on the site needs, nothing about people. */
public record ArticleSummary(String title, String slug, String teaser, String categoryPath, List<CategoryRef> category,
                             List<ReaderTag> tags, Instant publishedAt, long approvedCommentCount) {
}
