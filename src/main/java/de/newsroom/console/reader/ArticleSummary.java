package de.newsroom.console.reader;

import java.time.Instant;
import java.util.List;

/**
 * A published article in a list: what a teaser box on the site needs. Of people only the bylines, the names the
 * article is signed with ("Anna Schmidt", "dpa"), in order.
 */
public record ArticleSummary(String title, String slug, String teaser, String categoryPath, List<CategoryRef> category,
                             List<ReaderTag> tags, Instant publishedAt, long approvedCommentCount,
                             List<String> bylines) {
}
