package de.newsroom.console.base.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Null-safe helpers for user-entered text: lengths in code points, storability checks, normalisation and
 * the case/accent folding that slugs, tag keys and the comment filter share.
 */
public final class Texts {

    // Nonspacing and enclosing marks only: spacing marks (Mc) are vowel signs in Indic scripts, not accents.
    private static final Pattern ACCENTS = Pattern.compile("[\\p{Mn}\\p{Me}]+");

    // Letters that German readers spell out (ä → ae), plus letters that NFKD does not decompose.
    private static final Map<Integer, String> SPELLED_OUT = Map.ofEntries(
            Map.entry((int) 'ä', "ae"),
            Map.entry((int) 'ö', "oe"),
            Map.entry((int) 'ü', "ue"),
            Map.entry((int) 'ß', "ss"),
            Map.entry((int) 'æ', "ae"),
            Map.entry((int) 'œ', "oe"),
            Map.entry((int) 'ø', "o"),
            Map.entry((int) 'ł', "l"),
            Map.entry((int) 'đ', "d"),
            Map.entry((int) 'ð', "d"),
            Map.entry((int) 'þ', "th"),
            Map.entry((int) 'ħ', "h"),
            Map.entry((int) 'ŧ', "t"),
            Map.entry((int) 'ı', "i"));

    private Texts() {
    }

    /** Returns the number of Unicode code points in {@code value}, or 0 for {@code null}. */
    public static int codePointLength(String value) {
        return value == null ? 0 : value.codePointCount(0, value.length());
    }

    /**
     * Tells whether {@code value} survives storage in PostgreSQL as UTF-8 unchanged: no NUL, no unpaired
     * surrogate and no U+FFFE/U+FFFF noncharacter. {@code null} counts as storable.
     */
    public static boolean isStorable(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // PostgreSQL rejects NUL in text; U+FFFE/U+FFFF usually mean a byte-order mix-up upstream.
            if (c == '\u0000' || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                // The UTF-8 encoder would silently turn a lone surrogate into '?'.
                return false;
            }
        }
        return true;
    }

    /**
     * Strips leading and trailing whitespace and composes the text to NFC, so that "ä" typed on a Mac
     * (a + combining diaeresis) equals "ä" typed elsewhere. Returns {@code null} for {@code null}.
     */
    public static String normalize(String value) {
        if (value == null) {
            return null;
        }
        // strip() rather than trim(): trim() misses Unicode spaces such as U+2003 that pasted text brings.
        return Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }

    /**
     * Checks {@code value} against a length range in code points and for storability; {@code null} has
     * length 0. The value is checked as given, so callers normalise first.
     *
     * @throws IllegalArgumentException if {@code min} is negative or greater than {@code max}
     */
    public static TextProblem check(String value, int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("invalid range [" + min + ", " + max + "]");
        }
        if (!isStorable(value)) {
            return TextProblem.UNSTORABLE;
        }
        int length = codePointLength(value);
        if (length < min) {
            return TextProblem.TOO_SHORT;
        }
        if (length > max) {
            return TextProblem.TOO_LONG;
        }
        return TextProblem.OK;
    }

    /**
     * Folds text for comparisons: lower case, German umlauts and ß spelled out (ä → ae, ß → ss), other
     * accents removed (é → e, ł → l) and invisible format characters such as soft hyphens dropped.
     * Returns {@code null} for {@code null}.
     */
    public static String fold(String value) {
        if (value == null) {
            return null;
        }
        String composed = Normalizer.normalize(value, Normalizer.Form.NFC);
        StringBuilder folded = new StringBuilder(composed.length());
        composed.codePoints().forEach(codePoint -> folded.append(foldCodePoint(codePoint)));
        return folded.toString();
    }

    /**
     * Folds one code point exactly as {@link #fold(String)} does, for callers that must map folded text
     * back to the original. Expects code points of NFC text; may return an empty or multi-char string.
     */
    public static String foldCodePoint(int codePoint) {
        if (codePoint < 0x80) {
            return String.valueOf((char) Character.toLowerCase(codePoint));
        }
        // Soft hyphens and zero-width characters would otherwise split "Geschäfts\u00ADführer" in two.
        if (Character.getType(codePoint) == Character.FORMAT) {
            return "";
        }
        int lower = Character.toLowerCase(codePoint);
        String spelledOut = SPELLED_OUT.get(lower);
        if (spelledOut != null) {
            return spelledOut;
        }
        // NFKD rather than NFD so that ligatures and full-width forms ("ﬁ", "Ａ") fold to plain letters too.
        String decomposed = Normalizer.normalize(Character.toString(lower), Normalizer.Form.NFKD);
        return ACCENTS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
