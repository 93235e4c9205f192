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
     * Fitted by KeywordRankerFitTest on 2026-12-03 (round 9) on all 76 evaluation articles of rounds 1-8 (3,502
     * candidates): pairwise logistic loss (a missed fragment of a name costs ten misses) with an L2 penalty λ = 1 on
     * standardised features, the penalty chosen by leave-one-split-out among those whose in-sample chips keep the
     * evaluation's fragment limits; here for the raw features of Features#vector(). Leave-one-split-out precision of
     * the first five chips 0.832 (316 of 380) against the hand-set multipliers' 0.829 in-sample; on the held-out
     * splits r3-r8 0.834 against their clean figures' 0.719 (docs/features/taxonomy.md, round 9; decision 0031).
     * To refit after a change of features, candidates or articles: ./mvnw -B -q test -Dtest=KeywordRankerFitTest
     * -Dkeywords.fit=true and paste its "fit coefficients" line here.
     * A coefficient is the change of ln(score) per unit of its feature: twice the idf multiplies the score by
     * 2^2.04 (the old idf²), twice the position weight by 2^0.98; an existing tag ×e^1.78 ≈ 6, an acronym ×8.5, a
     * club's name ×3.8, a person ×2.7; a generic noun ÷4.2, a frequent one ÷5.1; a word first seen at the end of the
     * text ÷4.2 against one in the headline's first word; a single word always inside capitalised runs ÷1.9.
     */
    static final double[] FITTED = {0.9805, 2.0403, 0.3826, -0.2376, 1.7797, 0.0612, 0.9251, 1.2677, 0.0673, -1.4454,
            -1.6335, 1.5285, 0.1995, 0.7632, -0.3812, 0.0640, 0.7639, 0.1275, -1.4268, 0.7892, -0.1005, 2.1415,
            -0.6501};

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
