package de.newsroom.console.tag.keyword;

/**
 * A suggested keyword for an article. {@code name} is ready to show (the tag's name when {@code existingTagId} is
 * set, otherwise the word's most frequent capitalised form); {@code score} is in (0, 1], 1 for the best suggestion
 * of the call.
 */
public record KeywordSuggestion(String name, Long existingTagId, double score) {
}
