package de.newsroom.console.comment.rules;

import java.util.List;
import java.util.Objects;

/**
 * A moderation rule for {@link BlockedWordMatcher}. A whole-word rule matches only complete words; a
 * part-of-word rule also matches inside compounds ("idiot" in "Vollidiot") except inside words that
 * contain one of the {@code exceptions} around the match ("marsch" keeps "arsch" from flagging "Einmarsch").
 *
 * @param word the word to flag; compared with case, umlauts and accents folded
 * @param wholeWord whether only complete words match
 * @param exceptions harmless words containing {@code word}; {@code null} means none
 */
public record BlockedWordRule(String word, boolean wholeWord, List<String> exceptions) {

    public BlockedWordRule {
        Objects.requireNonNull(word, "word");
        if (word.isBlank()) {
            throw new IllegalArgumentException("blocked word must not be blank");
        }
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    /** A rule without exceptions. */
    public BlockedWordRule(String word, boolean wholeWord) {
        this(word, wholeWord, List.of());
    }
}
