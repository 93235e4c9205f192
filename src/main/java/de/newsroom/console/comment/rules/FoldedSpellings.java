package de.newsroom.console.comment.rules;

import de.newsroom.console.base.domain.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns a blocked word into a PostgreSQL regular expression that matches every stored text in which
 * {@link BlockedWordMatcher} could find the word: each folded character becomes the class of all code points whose
 * fold ({@link Texts#foldCodePoint}) starts with it, a character that can be the second half of one code point's fold
 * ("e" of "ä" → "ae") may be left out, and characters that fold to nothing (soft hyphens, accents) may come in between.
 * It is a prefilter, never the verdict: whole words and exceptions are checked by the matcher on what it finds.
 */
public final class FoldedSpellings {

    /** Code points whose fold is not just themselves, and what they fold to (computed once, about 20,000). */
    private static volatile Table table;

    private record Table(int[] codePoints, String[] folds) {
    }

    private FoldedSpellings() {
    }

    /** The prefilter for {@code word} as the matcher compiles it (stripped, folded); the benchmark reads it too. */
    public static String postgresPattern(String word) {
        int[] w = Texts.fold(word.strip()).codePoints().toArray();
        if (w.length == 0) {
            throw new IllegalArgumentException("blocked word folds to nothing: " + word);
        }
        Table t = table();
        TreeSet<Integer> ignorable = new TreeSet<>();
        List<int[]> multi = new ArrayList<>();
        for (int i = 0; i < t.codePoints.length; i++) {
            if (t.folds[i].isEmpty()) {
                ignorable.add(t.codePoints[i]);
            } else if (t.folds[i].codePointCount(0, t.folds[i].length()) > 1) {
                multi.add(t.folds[i].codePoints().toArray());
            }
        }
        String between = ignorable.isEmpty() ? "" : "[" + ranges(ignorable) + "]*";
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            if (i > 0) {
                pattern.append(between);
            }
            TreeSet<Integer> spellings = new TreeSet<>();
            spellings.add(w[i]);
            for (int k = 0; k < t.codePoints.length; k++) {
                if (!t.folds[k].isEmpty() && t.folds[k].codePointAt(0) == w[i]) {
                    spellings.add(t.codePoints[k]);
                }
            }
            pattern.append('[').append(ranges(spellings)).append(']');
            if (canBeSecondHalf(w, i, multi)) {
                pattern.append('?');
            }
        }
        return pattern.toString();
    }

    // True when some code point folds to w[i-k .. i] and more, so w[i] may have been written inside it.
    private static boolean canBeSecondHalf(int[] w, int i, List<int[]> multi) {
        for (int[] piece : multi) {
            for (int k = 1; k < piece.length && k <= i; k++) {
                if (piece[k] != w[i]) {
                    continue;
                }
                boolean prefix = true;
                for (int j = 0; j < k && prefix; j++) {
                    prefix = piece[j] == w[i - k + j];
                }
                if (prefix) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String ranges(TreeSet<Integer> codePoints) {
        StringBuilder out = new StringBuilder();
        Integer start = null;
        int previous = -2;
        for (int cp : codePoints) {
            if (start != null && cp == previous + 1) {
                previous = cp;
                continue;
            }
            if (start != null) {
                append(out, start, previous);
            }
            start = cp;
            previous = cp;
        }
        if (start != null) {
            append(out, start, previous);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, int from, int to) {
        out.append(escape(from));
        if (to > from) {
            out.append('-').append(escape(to));
        }
    }

    // Letters and digits as themselves (short patterns to read in a log), everything else as an unambiguous escape.
    private static String escape(int cp) {
        if (cp < 0x80 && Character.isLetterOrDigit(cp)) {
            return Character.toString(cp);
        }
        return "\\U%08X".formatted(cp);
    }

    private static Table table() {
        Table t = table;
        if (t == null) {
            List<Integer> cps = new ArrayList<>();
            List<String> folds = new ArrayList<>();
            for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                int type = Character.getType(cp);
                if (cp == 0 || type == Character.SURROGATE || type == Character.UNASSIGNED
                        || type == Character.PRIVATE_USE) {
                    continue;
                }
                String fold = Texts.foldCodePoint(cp);
                if (!fold.equals(Character.toString(cp))) {
                    cps.add(cp);
                    folds.add(fold);
                }
            }
            t = new Table(cps.stream().mapToInt(Integer::intValue).toArray(), folds.toArray(String[]::new));
            table = t;
        }
        return t;
    }
}
