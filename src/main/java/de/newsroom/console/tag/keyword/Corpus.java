package de.newsroom.console.tag.keyword;

import java.util.HashMap;
import java.util.Map;

/**
 * One call's corpus figures: each word's {@code german_stem} lexeme, each lexeme's document frequency, and the number
 * of published articles ({@link KeywordSuggestionService}'s first statement).
 */
final class Corpus {
    final Map<String, String> stems = new HashMap<>();
    final Map<String, Long> df = new HashMap<>();
    long documents;

    double idf(String stem) {
        return Math.log((documents + 1.0) / (df.getOrDefault(stem, 0L) + 1.0)) + 1.0;
    }
}
