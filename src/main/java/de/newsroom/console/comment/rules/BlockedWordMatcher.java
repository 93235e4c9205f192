package de.newsroom.console.comment.rules;

import de.newsroom.console.base.domain.Texts;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds blocked words in comment text so that moderators see which rule flagged a comment and where.
 * Case, umlauts (ä = ae, ß = ss) and accents are folded on both sides; instances are immutable and
 * thread-safe.
 */
public final class BlockedWordMatcher {

    private final List<CompiledRule> rules;

    /** Creates a matcher for {@code rules}; the list is copied. */
    public BlockedWordMatcher(List<BlockedWordRule> rules) {
        this.rules = rules.stream().map(CompiledRule::of).toList();
    }

    /**
     * Returns all matches in {@code text} ordered by position (rules in their given order on ties); an
     * empty list for {@code null} or clean text.
     */
    public List<Match> find(String text) {
        if (text == null || text.isEmpty() || rules.isEmpty()) {
            return List.of();
        }
        FoldedText folded = FoldedText.of(text);
        List<Match> matches = new ArrayList<>();
        for (CompiledRule rule : rules) {
            rule.collectMatches(folded, matches);
        }
        matches.sort(Comparator.comparingInt(Match::start));
        return List.copyOf(matches);
    }

    /**
     * One hit: the rule, the text it matched as written by the commenter, and its char range
     * {@code [start, end)} in the NFC-normalised text (the text itself if it was stored normalised).
     */
    public record Match(BlockedWordRule rule, String fragment, int start, int end) {
    }

    private record CompiledRule(BlockedWordRule rule, String word, List<String> exceptions) {

        static CompiledRule of(BlockedWordRule rule) {
            Objects.requireNonNull(rule, "rule");
            String word = Texts.fold(rule.word().strip());
            if (word.isEmpty()) {
                throw new IllegalArgumentException("blocked word folds to nothing: " + rule.word());
            }
            List<String> exceptions = rule.exceptions().stream()
                    .map(exception -> Texts.fold(exception.strip()))
                    .filter(exception -> !exception.isEmpty())
                    .toList();
            return new CompiledRule(rule, word, exceptions);
        }

        void collectMatches(FoldedText text, List<Match> matches) {
            int from = 0;
            int start;
            while ((start = text.folded.indexOf(word, from)) >= 0) {
                int end = start + word.length();
                if (accepts(text, start, end)) {
                    matches.add(text.match(rule, start, end));
                    from = end;
                } else {
                    from = start + 1;
                }
            }
        }

        private boolean accepts(FoldedText text, int start, int end) {
            // Half an umlaut is no match: "ekel" must not hit the "ekel" in "häkeln" folded to "haekeln".
            if (!text.isCodePointBoundary(start) || !text.isCodePointBoundary(end)) {
                return false;
            }
            if (rule.wholeWord() && (text.isWordCharBefore(start) || text.isWordCharAt(end))) {
                return false;
            }
            return !isInsideException(text.folded, start, end);
        }

        // Only the last occurrence starting at or before the match can cover it, since all have one length.
        private boolean isInsideException(String folded, int start, int end) {
            for (String exception : exceptions) {
                int candidate = folded.lastIndexOf(exception, start);
                if (candidate >= 0 && candidate + exception.length() >= end) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The folded text plus, per folded char, the code point of the original text it came from. */
    private static final class FoldedText {

        private final String original;
        private final String folded;
        private final int[] originalStart;
        private final int[] originalEnd;
        private final boolean[] codePointBoundary;

        private FoldedText(String original, String folded, int[] originalStart, int[] originalEnd,
                boolean[] codePointBoundary) {
            this.original = original;
            this.folded = folded;
            this.originalStart = originalStart;
            this.originalEnd = originalEnd;
            this.codePointBoundary = codePointBoundary;
        }

        static FoldedText of(String text) {
            String original = Normalizer.normalize(text, Normalizer.Form.NFC);
            StringBuilder folded = new StringBuilder(original.length());
            List<int[]> spans = new ArrayList<>(original.length());
            for (int i = 0; i < original.length(); ) {
                int codePoint = original.codePointAt(i);
                int next = i + Character.charCount(codePoint);
                String piece = Texts.foldCodePoint(codePoint);
                folded.append(piece);
                for (int k = 0; k < piece.length(); k++) {
                    spans.add(new int[] {i, next, k == 0 ? 1 : 0});
                }
                i = next;
            }
            int length = folded.length();
            int[] starts = new int[length];
            int[] ends = new int[length];
            boolean[] boundary = new boolean[length + 1];
            for (int k = 0; k < length; k++) {
                int[] span = spans.get(k);
                starts[k] = span[0];
                ends[k] = span[1];
                boundary[k] = span[2] == 1;
            }
            boundary[length] = true;
            return new FoldedText(original, folded.toString(), starts, ends, boundary);
        }

        boolean isCodePointBoundary(int index) {
            return codePointBoundary[index];
        }

        boolean isWordCharBefore(int index) {
            return index > 0 && Character.isLetterOrDigit(folded.codePointBefore(index));
        }

        boolean isWordCharAt(int index) {
            return index < folded.length() && Character.isLetterOrDigit(folded.codePointAt(index));
        }

        Match match(BlockedWordRule rule, int start, int end) {
            int from = originalStart[start];
            int to = originalEnd[end - 1];
            return new Match(rule, original.substring(from, to), from, to);
        }
    }
}
