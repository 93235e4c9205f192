package de.newsroom.console.category;

/**
 * A category is about to be deleted and everything filed under it moves to {@code targetId}. Published inside the
 * deleting transaction, before the row goes: a listener that keeps something in the category (the article feature)
 * moves it there synchronously, so nothing is orphaned and the delete does not trip a foreign key.
 */
public record CategoryDeleting(long categoryId, long targetId) {
}
