package de.newsroom.console.dashboard;

/** What an editor needs to act on. */
public record EditorBoard(ArticleList myDrafts, ArticleList inReview, ArticleList scheduledSoon,
                          ArticleList publishedToday, ArticleList lateSchedules) {
}
