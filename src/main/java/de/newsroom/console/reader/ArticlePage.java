package de.newsroom.console.reader;

import java.util.List;

/** One page of published articles, newest first; {@code hasMore} replaces a total count (no full scan). */
public record ArticlePage(int page, int size, boolean hasMore, List<ArticleSummary> items) {
}
