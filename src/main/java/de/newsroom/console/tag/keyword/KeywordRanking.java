package de.newsroom.console.tag.keyword;

import java.util.List;

/**
 * The score of a keyword candidate from what the suggestion service knows about it ({@link Features}): a log-linear
 * model, {@code exp(Σ coefficient × feature)}, whose coefficients {@code KeywordRankerFit} fits on the evaluation
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
            "in capitalised runs", "adjectival noun");

    /**
     * What the service knows about one candidate, cheaply: its summed position weight, idf against the published
     * corpus, mentions, the existing-tag and name facts, the lexicon flags, the general-language frequency class and
     * commonness damping, what the dictionary says of its display form, where it first stands, its length, and for a
     * single word the share of its occurrences inside a run of capitalised words (a likely part of a name); and
     * whether the dictionary knows it only as an adjective or participle used as a noun ("Mitangeklagte").
     */
    record Features(double weight, double idf, int mentions, boolean once, boolean existingTag, boolean name,
            boolean person, boolean club, int nameWords, boolean generic, boolean frequent, double commonness,
            int frequencyClass, boolean unknown, boolean unknownCompound, boolean properName, boolean inHeadline,
            boolean inLead, double firstPosition, int length, boolean hyphenated, boolean acronym, double inRuns,
            boolean adjectival) {

        /** The model's inputs, in the order of {@link #FEATURE_NAMES}. */
        double[] vector() {
            return new double[] {Math.log(weight), Math.log(idf), Math.log(Math.max(1, mentions)), flag(once),
                    flag(existingTag), flag(name), flag(person), flag(club), Math.max(0, nameWords - 1),
                    flag(generic), flag(frequent), Math.log(commonness), frequencyClass / 10.0, flag(unknown),
                    flag(unknownCompound), flag(properName), flag(inHeadline), flag(inLead), firstPosition,
                    Math.log(Math.max(1, length)), flag(hyphenated), flag(acronym), inRuns, flag(adjectival)};
        }

        private static double flag(boolean b) {
            return b ? 1.0 : 0.0;
        }
    }

    /** One scored candidate: the chip's name (an existing tag's name when it is one) and what its score came from. */
    record Candidate(String name, Long existingTagId, double score, Features features, double[] extras) {
        Candidate(String name, Long existingTagId, double score, Features features) {
            this(name, existingTagId, score, features, new double[0]);
        }
    }

    /** Diagnostic values of a candidate that are not in the model (round 21's look at the data), in order. */
    static final List<String> EXTRA_NAMES = List.of("span", "deciles", "compound on candidate",
            "modifier of candidate", "head of candidate", "head class", "head frequent", "body mentions",
            "paragraph-ish chains", "tag profile lift", "related to a headline or lead noun");

    /*
     * Fitted by KeywordRankerFit on 2026-12-05 (round 23, after its genitive rule) on all 206 evaluation articles
     * (dev to held-out-r21, the tagged archive): pairwise logistic loss (a missed fragment of a name costs ten misses)
     * with an L2 penalty λ = 10 on standardised features, the penalty chosen by leave-one-split-out among those whose
     * in-sample chips keep the evaluation's fragment limits; here for the raw features of Features#vector(). Round
     * 11's coefficients (fitted on the 96 articles of rounds 1-10) served from round 11 to round 22; round 23 shipped
     * this refit because a time-ordered ("forward") validation said it carries over better: for each of the sets
     * held-out-r11 to held-out-r21 a fit on only the sets before it kept 458 of their 550 first-five chips against
     * 450 for round 11's coefficients, which none of those sets had seen (+10 of 150 on r19-r21, where the fit had
     * 176-196 articles, as this one has 206). In-sample 0.845 (870 of 1030) against 0.837 (862) for round 11's
     * coefficients (docs/features/taxonomy.md, round 23; decision 0031).
     * To refit after a change of features, candidates or articles: ./mvnw -B -q test -Dtest=KeywordRankerFit
     * and paste its "fit coefficients" line here.
     * A coefficient is the change of ln(score) per unit of its feature: twice the idf multiplies the score by
     * 2^1.19, twice the position weight by 2^0.54; an existing tag ×e^1.48 ≈ 4.4, an acronym ×6.5, a club's name
     * ×4.5, a person ×3.1; a generic noun ÷2.0, a frequent one ÷2.2, an adjective used as a noun ÷1.8; a word
     * first seen at the end of the text ÷2.3 against one in the headline's first word; a single word always
     * inside capitalised runs ÷1.8.
     */
    static final double[] FITTED = {
            0.5417, 1.1926, 0.2334, -0.4548, 1.4794, 0.3739, 1.1392, 1.5011, 0.2410, -0.6990, -0.7656, 1.2624,
            -0.2004, 0.4832, 0.1061, 0.4012, 0.7208, 0.2621, -0.8134, 0.6466, -0.2617, 1.8784, -0.5857, -0.6096};

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
