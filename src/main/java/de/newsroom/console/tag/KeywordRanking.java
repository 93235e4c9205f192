package de.newsroom.console.tag;

import java.util.List;

/**
 * The score of a keyword candidate from what the suggestion service knows about it ({@link Features}): a log-linear
 * model, {@code exp(Σ coefficient × feature)}, whose coefficients {@code KeywordRankerFitTest} fits on the evaluation
 * articles (round 9, docs/features/taxonomy.md).
 */
final class KeywordRanking {

    private KeywordRanking() {
    }

    /** The names of {@link Features#vector()}'s entries, in order. */
    static final List<String> FEATURE_NAMES = List.of("ln weight", "ln idf", "ln mentions", "once", "existing tag",
            "name", "person", "club", "extra name words", "generic", "frequent noun", "ln commonness",
            "frequency class/10", "unknown word", "unknown compound", "proper name", "in headline",
            "in lead or sub-heading", "first position", "ln length", "hyphenated", "acronym",
            "in capitalised runs");

    /**
     * What the service knows about one candidate, cheaply: its summed position weight, idf against the published
     * corpus, mentions, the existing-tag and name facts, the lexicon flags, the general-language frequency class and
     * commonness damping, what the dictionary says of its display form, where it first stands, its length, and for a
     * single word the share of its occurrences inside a run of capitalised words (a likely part of a name).
     */
    record Features(double weight, double idf, int mentions, boolean once, boolean existingTag, boolean name,
            boolean person, boolean club, int nameWords, boolean generic, boolean frequent, double commonness,
            int frequencyClass, boolean unknown, boolean unknownCompound, boolean properName, boolean inHeadline,
            boolean inLead, double firstPosition, int length, boolean hyphenated, boolean acronym, double inRuns) {

        /** The model's inputs, in the order of {@link #FEATURE_NAMES}. */
        double[] vector() {
            return new double[] {Math.log(weight), Math.log(idf), Math.log(Math.max(1, mentions)), flag(once),
                    flag(existingTag), flag(name), flag(person), flag(club), Math.max(0, nameWords - 1),
                    flag(generic), flag(frequent), Math.log(commonness), frequencyClass / 10.0, flag(unknown),
                    flag(unknownCompound), flag(properName), flag(inHeadline), flag(inLead), firstPosition,
                    Math.log(Math.max(1, length)), flag(hyphenated), flag(acronym), inRuns};
        }

        private static double flag(boolean b) {
            return b ? 1.0 : 0.0;
        }
    }

    /** One scored candidate: the chip's name (an existing tag's name when it is one) and what its score came from. */
    record Candidate(String name, Long existingTagId, double score, Features features) {
    }

    /*
     * Fitted by KeywordRankerFitTest on 2026-12-03 (round 10, after its candidate rules for legal forms and bodies of
     * named institutions) on all 86 evaluation articles of rounds 1-9, held-out-r9 now among the training data:
     * pairwise logistic loss (a missed fragment of a name costs ten misses) with an L2 penalty λ = 3 on standardised
     * features, the penalty chosen by leave-one-split-out among those whose in-sample chips keep the evaluation's
     * fragment limits; here for the raw features of Features#vector(). Leave-one-split-out precision of the first
     * five chips 0.849 (365 of 430; on the 76 articles of rounds 1-8 0.847, 322 of 380, against round 9's 0.845);
     * in-sample 0.856 (368 of 430) against 0.863 (371) of round 9's coefficients, which were not fitted on
     * held-out-r9 (docs/features/taxonomy.md, round 10; decision 0031). A split not in KeywordRankerFitTest.SPLITS is
     * not in the fit.
     * To refit after a change of features, candidates or articles: ./mvnw -B -q test -Dtest=KeywordRankerFitTest
     * -Dkeywords.fit=true and paste its "fit coefficients" line here.
     * A coefficient is the change of ln(score) per unit of its feature: twice the idf multiplies the score by
     * 2^1.53, twice the position weight by 2^0.70; an existing tag ×e^1.70 ≈ 5.5, an acronym ×5.5, a club's name
     * ×3.0, a person ×2.6; a generic noun ÷2.6, a frequent one ÷3.1; a word first seen at the end of the text
     * ÷3.0 against one in the headline's first word; a single word always inside capitalised runs ÷1.7.
     */
    static final double[] FITTED = {
            0.6993, 1.5342, 0.3909, -0.4190, 1.7049, 0.1937, 0.9676, 1.1068, 0.0849, -0.9427, -1.1465, 1.4230,
            0.0807, 0.6583, -0.0963, 0.0659, 0.7940, 0.2227, -1.0899, 0.6547, -0.2519, 1.7009, -0.5501};

    /** The candidate's unnormalised score, {@code exp(Σ coefficient × feature)}; always above zero. */
    static double score(Features features, double[] coefficients) {
        double[] x = features.vector();
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += coefficients[i] * x[i];
        }
        return Math.exp(sum);
    }

    static double score(Features features) {
        return score(features, FITTED);
    }
}
