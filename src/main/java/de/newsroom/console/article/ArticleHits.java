package de.newsroom.console.article;

/** The hit count above the article list: exact up to {@value #CAP}, "1,000+" beyond, never a full count. */
public record ArticleHits(int count, boolean capped) {

    public static final int CAP = 1000;
}
