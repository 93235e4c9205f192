package de.newsroom.console.base.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Builds URL slugs such as "aerger-ueber-oel" from German headlines and names. Slugs contain only
 * {@code [a-z0-9]} separated by single hyphens.
 */
public final class Slugs {

    private static final Pattern NON_SLUG_RUNS = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /**
     * Turns {@code text} into a slug of at most {@link TextLimits#ARTICLE_SLUG} characters. Returns "" when
     * nothing usable is left (null, blank, emoji only): callers decide on a fallback.
     */
    public static String slugify(String text) {
        return slugify(text, TextLimits.ARTICLE_SLUG);
    }

    /**
     * Turns {@code text} into a slug of at most {@code maxLength} characters, shortened at a hyphen where
     * possible; use {@link TextLimits#CATEGORY_SLUG} for categories.
     */
    public static String slugify(String text, int maxLength) {
        requirePositive(maxLength);
        if (text == null) {
            return "";
        }
        String hyphenated = NON_SLUG_RUNS.matcher(Texts.fold(text)).replaceAll("-");
        return shorten(stripHyphens(hyphenated), maxLength);
    }

    /**
     * Appends "-n" to make a taken slug unique ("wahl" → "wahl-2"), shortening the slug so that the result
     * stays within {@link TextLimits#ARTICLE_SLUG}.
     */
    public static String withSuffix(String slug, int n) {
        return withSuffix(slug, n, TextLimits.ARTICLE_SLUG);
    }

    /** Like {@link #withSuffix(String, int)}, for slugs with another maximum length. */
    public static String withSuffix(String slug, int n, int maxLength) {
        Objects.requireNonNull(slug, "slug");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("cannot suffix an empty slug");
        }
        if (n < 1) {
            throw new IllegalArgumentException("suffix must be positive: " + n);
        }
        String suffix = "-" + n;
        if (suffix.length() >= maxLength) {
            throw new IllegalArgumentException("suffix " + suffix + " leaves no room within " + maxLength);
        }
        return shorten(slug, maxLength - suffix.length()) + suffix;
    }

    private static String shorten(String slug, int maxLength) {
        if (slug.length() <= maxLength) {
            return slug;
        }
        // A hyphen right after the cut means the cut already falls on a word boundary.
        if (slug.charAt(maxLength) == '-') {
            return stripHyphens(slug.substring(0, maxLength));
        }
        String cut = slug.substring(0, maxLength);
        int lastHyphen = cut.lastIndexOf('-');
        return stripHyphens(lastHyphen > 0 ? cut.substring(0, lastHyphen) : cut);
    }

    private static String stripHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }

    private static void requirePositive(int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
        }
    }
}
