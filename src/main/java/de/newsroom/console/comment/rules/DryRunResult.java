package de.newsroom.console.comment.rules;

import java.util.List;

/**
 * What a proposed rule change would have done to the comments of the last {@value RuleDryRun#DAYS} days.
 *
 * @param matched comments the proposed (or removed) rule matches at all
 * @param newlyFlagged comments that carry no warning under today's rules and would under the proposed ones
 * @param stoppedFlagging comments flagged under today's rules that would no longer be flagged
 * @param newlyExamples up to {@value RuleDryRun#EXAMPLES} of the newly flagged, newest first
 * @param stoppedExamples up to {@value RuleDryRun#EXAMPLES} of the ones no longer flagged, newest first
 * @param complete false when the time limit or the row cap stopped the count early: the counts are then "at least"
 * @param scanned comments read and checked by the matcher
 * @param millis how long it took
 */
public record DryRunResult(int matched, int newlyFlagged, int stoppedFlagging, List<Example> newlyExamples,
                           List<Example> stoppedExamples, boolean complete, int scanned, long millis) {

    public DryRunResult {
        newlyExamples = List.copyOf(newlyExamples);
        stoppedExamples = List.copyOf(stoppedExamples);
    }

    /**
     * One comment, as plain text: {@code before}, the matched fragment {@code match} (empty when the change is not
     * about words) and {@code after}, cut to an excerpt; the view highlights {@code match} and never reads any of it
     * as HTML.
     */
    public record Example(long commentId, String before, String match, String after, String articleTitle) {
    }
}
