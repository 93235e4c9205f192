package de.newsroom.console.article;

/** An account that wrote at least one article, for the list's author filter. */
public record AuthorRef(Long id, String name) {
}
