package de.newsroom.console.comment;

import java.util.List;

/**
 * What an undo did: the comments put back, and those someone changed after the decision (left as they are, each with
 * who changed it and how, as a {@link DecisionConflictException}).
 */
public record UndoResult(List<Long> undone, List<DecisionConflictException> changedSince) {

    public UndoResult {
        undone = List.copyOf(undone);
        changedSince = List.copyOf(changedSince);
    }
}
