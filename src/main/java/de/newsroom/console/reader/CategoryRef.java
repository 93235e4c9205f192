package de.newsroom.console.reader;

/** One step of a category trail: name, own slug and full path ("news-archiv/wirtschaft"). */
public record CategoryRef(String name, String slug, String path) {
}
