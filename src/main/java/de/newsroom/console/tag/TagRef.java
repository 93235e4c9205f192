package de.newsroom.console.tag;

/** A tag as articles and pickers see it. */
public record TagRef(Long id, String name) {
}
