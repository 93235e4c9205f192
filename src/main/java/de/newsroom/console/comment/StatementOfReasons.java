package de.newsroom.console.comment;

import java.time.LocalDate;
import java.util.List;

/**
 * One rejection or spam decision as an EU Digital Services Act (art. 17, 24(5)) statement of reasons; the components
 * carry the DSA Transparency Database's field names and values, so an export can be submitted as it is.
 *
 * @param puid              platform unique id: the comment and the time of the decision, so a later decision on the
 *                          same comment gets a new one
 * @param decisionFacts     the facts and circumstances relied on: the reason code and the moderator's note
 * @param automatedDetection whether automatic flags (blocked words, links, blocked sender) had marked the comment
 * @param automatedDecision {@code AUTOMATED_DECISION_FULLY} for a blocked sender's comment rejected on arrival,
 *                          otherwise {@code AUTOMATED_DECISION_NOT_AUTOMATED}
 */
public record StatementOfReasons(
        String puid,
        long commentId,
        List<String> decisionVisibility,
        String decisionGround,
        String incompatibleContentGround,
        String incompatibleContentExplanation,
        String category,
        String decisionFacts,
        List<String> contentType,
        LocalDate contentDate,
        LocalDate applicationDate,
        String automatedDetection,
        String automatedDecision,
        String sourceType,
        List<String> territorialScope) {

    /** The field names in the order of the components, as the Transparency Database's API spells them. */
    public static final List<String> FIELDS = List.of("puid", "comment_id", "decision_visibility", "decision_ground",
            "incompatible_content_ground", "incompatible_content_explanation", "category", "decision_facts",
            "content_type", "content_date", "application_date", "automated_detection", "automated_decision",
            "source_type", "territorial_scope");
}
