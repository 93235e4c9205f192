package de.newsroom.console.base.domain;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens plain text to teasers ending in "…" without cutting words, emoji or HTML entities in half.
 */
public final class Teasers {

    /** The single-character ellipsis U+2026 that shortened teasers end with. */
    public static final String ELLIPSIS = "\u2026";

    // Sentence punctuation would clash with the ellipsis and an opening bracket or quote would dangle.
    // Closing quotes, closing brackets and "%" stay: "(CDU)…" and "5 %…" keep their meaning.
    private static final String TRAILING_JUNK = ".,;:!?\u2026-\u2010\u2011\u2012\u2013\u2014\u2015([{\u201E\u201A/\u00B7";

    private static final Pattern ENTITY =
            Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));");

    // Browsers read &#128;–&#159; as Windows-1252, and text pasted from Word into old CMSs relies on it.
    private static final String WINDOWS_1252_80_TO_9F =
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
                    + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("quot", "\""), Map.entry("apos", "'"),
            Map.entry("nbsp", "\u00A0"), Map.entry("shy", "\u00AD"),
            Map.entry("thinsp", "\u2009"), Map.entry("ensp", "\u2002"), Map.entry("emsp", "\u2003"),
            Map.entry("zwnj", "\u200C"), Map.entry("zwj", "\u200D"),
            Map.entry("auml", "ä"), Map.entry("Auml", "Ä"), Map.entry("ouml", "ö"), Map.entry("Ouml", "Ö"),
            Map.entry("uuml", "ü"), Map.entry("Uuml", "Ü"), Map.entry("szlig", "ß"),
            Map.entry("aacute", "á"), Map.entry("Aacute", "Á"), Map.entry("agrave", "à"), Map.entry("Agrave", "À"),
            Map.entry("acirc", "â"), Map.entry("aring", "å"), Map.entry("Aring", "Å"),
            Map.entry("aelig", "æ"), Map.entry("AElig", "Æ"), Map.entry("ccedil", "ç"), Map.entry("Ccedil", "Ç"),
            Map.entry("eacute", "é"), Map.entry("Eacute", "É"), Map.entry("egrave", "è"), Map.entry("Egrave", "È"),
            Map.entry("ecirc", "ê"), Map.entry("euml", "ë"), Map.entry("iacute", "í"), Map.entry("igrave", "ì"),
            Map.entry("icirc", "î"), Map.entry("iuml", "ï"), Map.entry("ntilde", "ñ"), Map.entry("Ntilde", "Ñ"),
            Map.entry("oacute", "ó"), Map.entry("ograve", "ò"), Map.entry("ocirc", "ô"), Map.entry("otilde", "õ"),
            Map.entry("oslash", "ø"), Map.entry("Oslash", "Ø"), Map.entry("oelig", "œ"), Map.entry("OElig", "Œ"),
            Map.entry("uacute", "ú"), Map.entry("ugrave", "ù"), Map.entry("ucirc", "û"),
            Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"),
            Map.entry("bdquo", "\u201E"), Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"),
            Map.entry("sbquo", "\u201A"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
            Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("lsaquo", "\u2039"), Map.entry("rsaquo", "\u203A"),
            Map.entry("euro", "€"), Map.entry("pound", "£"), Map.entry("yen", "¥"), Map.entry("cent", "¢"),
            Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("trade", "\u2122"),
            Map.entry("deg", "°"), Map.entry("sect", "§"), Map.entry("para", "¶"), Map.entry("middot", "·"),
            Map.entry("bull", "\u2022"), Map.entry("times", "×"), Map.entry("divide", "÷"), Map.entry("plusmn", "±"),
            Map.entry("frac12", "½"), Map.entry("frac14", "¼"), Map.entry("frac34", "¾"),
            Map.entry("sup2", "²"), Map.entry("sup3", "³"), Map.entry("micro", "µ"),
            Map.entry("iexcl", "¡"), Map.entry("iquest", "¿"));

    private Teasers() {
    }

    /**
     * Returns {@code plainText} unchanged if it has at most {@code maxCodePoints} code points, otherwise
     * its longest prefix ending at a word boundary plus "…", all within {@code maxCodePoints}. A first
     * word longer than the limit is cut between two characters (grapheme clusters) instead.
     */
    public static String teaser(String plainText, int maxCodePoints) {
        if (maxCodePoints < 1) {
            throw new IllegalArgumentException("maxCodePoints must be positive: " + maxCodePoints);
        }
        if (plainText == null) {
            return "";
        }
        if (Texts.codePointLength(plainText) <= maxCodePoints) {
            return plainText;
        }
        // Char index after the last code point that fits next to the ellipsis: always a code point boundary.
        int limit = plainText.offsetByCodePoints(0, maxCodePoints - 1);
        String kept = stripTrailingJunk(plainText.substring(0, wordCut(plainText, limit)));
        if (kept.isEmpty()) {
            kept = stripTrailingJunk(plainText.substring(0, characterCut(plainText, limit)));
        }
        return kept + ELLIPSIS;
    }

    /**
     * Decodes HTML entities, then shortens like {@link #teaser(String, int)}, so that {@code "F&uuml;r"} can
     * never end up as {@code "F&uuml…"}. Unknown named entities are kept verbatim.
     */
    public static String teaserFromHtmlish(String text, int maxCodePoints) {
        return teaser(decodeEntities(text), maxCodePoints);
    }

    /**
     * Replaces numeric entities and common named ones (all German umlauts and ß, typographic quotes and
     * dashes, …) with their characters in a single pass; unknown names stay as they are.
     */
    public static String decodeEntities(String text) {
        if (text == null || text.indexOf('&') < 0) {
            return text;
        }
        return ENTITY.matcher(text).replaceAll(entity -> Matcher.quoteReplacement(decode(entity)));
    }

    private static String decode(MatchResult entity) {
        if (entity.group(3) != null) {
            return NAMED_ENTITIES.getOrDefault(entity.group(3), entity.group());
        }
        int codePoint = entity.group(1) != null
                ? Integer.parseInt(entity.group(1))
                : Integer.parseInt(entity.group(2), 16);
        if (codePoint >= 0x80 && codePoint <= 0x9F) {
            return String.valueOf(WINDOWS_1252_80_TO_9F.charAt(codePoint - 0x80));
        }
        // Same replacement as browsers: a NUL or a lone surrogate must not reach the database.
        if (codePoint == 0 || codePoint > Character.MAX_CODE_POINT
                || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
            return "\uFFFD";
        }
        return Character.toString(codePoint);
    }

    private static int wordCut(String text, int limit) {
        if (isBreakingSpace(text.codePointAt(limit))) {
            return limit;
        }
        for (int i = limit; i > 0; ) {
            int codePoint = text.codePointBefore(i);
            i -= Character.charCount(codePoint);
            if (isBreakingSpace(codePoint)) {
                return i;
            }
        }
        return characterCut(text, limit);
    }

    private static int characterCut(String text, int limit) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int boundary = characters.isBoundary(limit) ? limit : characters.preceding(limit);
        // A single grapheme cluster longer than the whole limit: fall back to the code point boundary.
        return boundary > 0 ? boundary : limit;
    }

    // No-break spaces are left out on purpose: "10\u00A0000" and "Nr.\u00A05" must stay together.
    private static boolean isBreakingSpace(int codePoint) {
        return Character.isWhitespace(codePoint);
    }

    private static String stripTrailingJunk(String text) {
        int end = text.length();
        while (end > 0) {
            int codePoint = text.codePointBefore(end);
            if (!Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint)
                    && TRAILING_JUNK.indexOf(codePoint) < 0) {
                break;
            }
            end -= Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }
}
