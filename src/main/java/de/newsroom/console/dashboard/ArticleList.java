package de.newsroom.console.dashboard;

import java.util.List;

/** The first few articles of a dashboard list and how many there are in all (capped). */
public record ArticleList(List<ArticleItem> items, CappedCount total) {
}
