package de.newsroom.console.article;

/**
 * Filters of the article list; null means "any". {@code categoryId} includes its sub-categories, {@code text} is
 * a German full-text query in web-search syntax ("Mitarbeiter", "Strom -Gas", "\"erneuerbare Energien\"").
 */
public record ArticleFilter(ArticleStatus status, Long categoryId, Long tagId, Long authorId, String text,
                            ArticleSort sort) {

    public static ArticleFilter none() {
        return new ArticleFilter(null, null, null, null, null, ArticleSort.UPDATED);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
