package de.newsroom.console.article;

import java.util.Map;

/**
 * What a permanent deletion takes with it, for the confirmation that names it: the article's revisions and, per
 * other feature, a translation key and its count (reader comments, …).
 */
public record TrashDeletion(long articleId, long version, String title, long revisions, Map<String, Long> dependents) {
}
