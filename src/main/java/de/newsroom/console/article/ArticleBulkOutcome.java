package de.newsroom.console.article;

import java.util.List;

/**
 * What a bulk action did: how many articles it changed ({@code done}), the titles of those changed by someone else
 * since the list showed them ({@code changedMeanwhile}, left alone), and of those the action does not apply to
 * ({@code notApplicable}, e.g. archiving a draft).
 */
public record ArticleBulkOutcome(int done, List<String> changedMeanwhile, List<String> notApplicable) {

    public ArticleBulkOutcome {
        changedMeanwhile = List.copyOf(changedMeanwhile);
        notApplicable = List.copyOf(notApplicable);
    }
}
