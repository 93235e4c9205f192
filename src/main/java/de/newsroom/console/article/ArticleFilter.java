package de.newsroom.console.article;

/**
 * Filters of the article list; null means "any". {@code categoryId} includes its sub-categories, {@code text} is
 * a German full-text query in web-search syntax ("Mitarbeiter", "Strom -Gas", "\"erneuerbare Energien\"").
 * {@code reversed} turns the sort's natural order round (titles Z to A, oldest first); both directions walk the
 * same index.
 */
public record ArticleFilter(ArticleStatus status, Long categoryId, Long tagId, Long authorId, String text,
                            ArticleSort sort, boolean reversed) {

    public ArticleFilter(ArticleStatus status, Long categoryId, Long tagId, Long authorId, String text,
                         ArticleSort sort) {
        this(status, categoryId, tagId, authorId, text, sort, false);
    }

    public static ArticleFilter none() {
        return new ArticleFilter(null, null, null, null, null, ArticleSort.UPDATED);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
