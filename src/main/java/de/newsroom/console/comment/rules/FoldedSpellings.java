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
 * Because the large classes make that expression far dearer per row than {@code ILIKE}, {@link #candidates} puts
 * a first pass in front of it that is a necessary condition of it, so the rows found stay the same.
 */
public final class FoldedSpellings {

    /** Code points whose fold is not just themselves, and what they fold to (computed once, about 20,000). */
    private static volatile Table table;

    private record Table(int[] codePoints, String[] folds) {
    }

    private FoldedSpellings() {
    }

    /**
     * German letters written as such in most comments, each with the first letter of its fold ("ä" → "ae" → "a"):
     * where the word has one of those letters the first pass of {@link Candidates} accepts any one character.
     */
    static final String UMLAUTS = "\u00C4\u00D6\u00DC\u1E9E\u00E4\u00F6\u00FC\u00DF";
    static final String UMLAUT_FIRST_LETTERS = "aousaous";

    /** The prefilter for {@code word} as the matcher compiles it (stripped, folded); the benchmark reads it too. */
    public static String postgresPattern(String word) {
        return Spellings.of(word).pattern();
    }

    /** The candidate test for {@code word}: the cheap first pass and the regular expression behind it. */
    public static Candidates candidates(String word) {
        return Spellings.of(word).candidates();
    }

    /**
     * How PostgreSQL finds the comments that may contain a blocked word, per text column: {@code like} (an
     * {@code ILIKE} pattern under the "C" collation, which lowers ASCII only: the word's letters that cannot be left
     * out, {@code _} for a letter an umlaut may stand for) or a character of {@code rare} (the other code points,
     * neither ASCII nor {@link #UMLAUTS}, that can spell the word or sit inside it) must hold before
     * {@code pattern} (the regular expression of {@link #postgresPattern}) runs. Both are necessary conditions of the
     * pattern, so the rows found are exactly the pattern's; {@code like} is {@code null} where the word has a letter
     * the first pass cannot stand in for, {@code rare} {@code null} where no such code point exists.
     */
    public record Candidates(String like, String rare, String pattern) {

        /** The condition on {@code column} (an SQL column reference); its parameters are {@link #parameters()}. */
        public String sql(String column) {
            if (like == null) {
                return "(" + column + " ~ ?)";
            }
            String first = column + " collate \"C\" ilike ?";
            return rare == null ? "(" + first + " and " + column + " ~ ?)"
                    : "((" + first + " or " + column + " ~ ?) and " + column + " ~ ?)";
        }

        /** The values for the placeholders of {@link #sql(String)}, in order. */
        public List<String> parameters() {
            List<String> values = new ArrayList<>(3);
            if (like != null) {
                values.add(like);
                if (rare != null) {
                    values.add(rare);
                }
            }
            values.add(pattern);
            return values;
        }
    }

    /** The folded word, per letter the code points that may spell it and whether it may be left out. */
    private record Spellings(int[] word, List<TreeSet<Integer>> classes, boolean[] optional,
            TreeSet<Integer> ignorable) {

        static Spellings of(String word) {
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
            List<TreeSet<Integer>> classes = new ArrayList<>(w.length);
            boolean[] optional = new boolean[w.length];
            for (int i = 0; i < w.length; i++) {
                TreeSet<Integer> spellings = new TreeSet<>();
                spellings.add(w[i]);
                for (int k = 0; k < t.codePoints.length; k++) {
                    if (!t.folds[k].isEmpty() && t.folds[k].codePointAt(0) == w[i]) {
                        spellings.add(t.codePoints[k]);
                    }
                }
                classes.add(spellings);
                optional[i] = canBeSecondHalf(w, i, multi);
            }
            return new Spellings(w, classes, optional, ignorable);
        }

        String pattern() {
            String between = ignorable.isEmpty() ? "" : "[" + ranges(ignorable) + "]*";
            StringBuilder pattern = new StringBuilder();
            for (int i = 0; i < word.length; i++) {
                if (i > 0) {
                    pattern.append(between);
                }
                pattern.append('[').append(ranges(classes.get(i))).append(']');
                if (optional[i]) {
                    pattern.append('?');
                }
            }
            return pattern.toString();
        }

        /*
         * Why the first pass never drops a row the pattern matches: in a text without a "rare" code point, every
         * code point of a match is ASCII or one of UMLAUTS (no such code point folds to nothing, so none sits in
         * between), and each one's fold starts with its letter of the word: lowered ASCII is its own fold, an
         * umlaut's fold starts with its entry in UMLAUT_FIRST_LETTERS, where the pattern has "_". So the match is
         * the word with some optional letters left out, and holds the runs of the other letters in order.
         */
        Candidates candidates() {
            String pattern = pattern();
            TreeSet<Integer> rare = new TreeSet<>(ignorable);
            StringBuilder like = new StringBuilder("%");
            boolean open = true; // the pattern ends in a wildcard
            for (int i = 0; i < word.length; i++) {
                if (isHandled(word[i]) && (word[i] >= 0x80 || Character.isUpperCase(word[i]))) {
                    return new Candidates(null, null, pattern); // not a letter of a folded word: leave it alone
                }
                rare.addAll(classes.get(i));
                if (optional[i]) {
                    if (!open) {
                        like.append('%');
                        open = true;
                    }
                    continue;
                }
                int c = word[i];
                if (UMLAUT_FIRST_LETTERS.indexOf(c) >= 0) {
                    like.append('_');
                } else {
                    if (c == '%' || c == '_' || c == '\\') {
                        like.append('\\');
                    }
                    like.appendCodePoint(c);
                }
                open = false;
            }
            if (!open) {
                like.append('%');
            }
            rare.removeIf(Spellings::isHandled);
            return new Candidates(like.toString(), rare.isEmpty() ? null : "[" + ranges(rare) + "]", pattern);
        }

        // ASCII (lowered by the "C" collation) and the umlauts that "_" stands for.
        private static boolean isHandled(int cp) {
            return cp < 0x80 || UMLAUTS.indexOf(cp) >= 0;
        }
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
