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
            "paragraph-ish chains");

    /*
     * Fitted by KeywordRankerFit on 2026-12-03 (round 11, after its candidate rules: numbers joined to words, a
     * sentence's capitalised article, compounds on three-letter nouns, a town after "Stadt"/"Gemeinde", and the new
     * feature "adjectival noun") on all 96 evaluation articles of rounds 1-10, held-out-r10 now among the training
     * data: pairwise logistic loss (a missed fragment of a name costs ten misses) with an L2 penalty λ = 3 on
     * standardised features, the penalty chosen by leave-one-split-out among those whose in-sample chips keep the
     * evaluation's fragment limits; here for the raw features of Features#vector(). Leave-one-split-out precision of
     * the first five chips 0.842 (404 of 480, three fragments) against 0.840 (403, four) of round 10's engine and
     * features; in-sample 0.846 (406 of 480). A split not in KeywordRankerFit.SPLITS is not in the fit
     * (docs/features/taxonomy.md, round 11; decision 0031).
     * To refit after a change of features, candidates or articles: ./mvnw -B -q test -Dtest=KeywordRankerFit
     * and paste its "fit coefficients" line here.
     * A coefficient is the change of ln(score) per unit of its feature: twice the idf multiplies the score by
     * 2^1.57, twice the position weight by 2^0.69; an existing tag ×e^1.62 ≈ 5.0, an acronym ×5.8, a club's name
     * ×4.6, a person ×3.3; a generic noun ÷2.6, a frequent one ÷3.1, an adjective used as a noun ÷1.9; a word
     * first seen at the end of the text ÷3.2 against one in the headline's first word; a single word always
     * inside capitalised runs ÷1.8.
     */
    static final double[] FITTED = {
            0.6908, 1.5702, 0.3877, -0.4375, 1.6163, 0.1424, 1.1807, 1.5257, 0.1371, -0.9453, -1.1265, 1.5478,
            0.1060, 0.6141, -0.0330, 0.0233, 0.6841, 0.2021, -1.1649, 0.6575, -0.2644, 1.7535, -0.5931, -0.6228};

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
