package de.newsroom.console.comment.rules;

import java.util.List;

/** A blocked-word rule as stored; see {@link BlockedWordRule} for its meaning. */
public record BlockedWord(Long id, String word, boolean wholeWord, List<String> exceptions) {

    public BlockedWord {
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    BlockedWordRule toRule() {
        return new BlockedWordRule(word, wholeWord, exceptions);
    }
}
