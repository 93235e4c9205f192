package de.newsroom.console.comment;

/** An article to filter the moderation queue by. */
public record ArticleOption(long id, String title) {
}
