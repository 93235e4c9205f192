package de.newsroom.console.base.domain;

/**
 * Maximum (and a few minimum) text lengths shared by entities, forms and the database schema.
 * All lengths count Unicode code points, not UTF-16 chars, so an emoji counts as one.
 */
public final class TextLimits {

    public static final int ARTICLE_TITLE = 200;
    public static final int ARTICLE_LEAD = 600;
    public static final int ARTICLE_BODY = 100_000;
    public static final int ARTICLE_SLUG = 200;

    public static final int CATEGORY_NAME = 80;
    public static final int CATEGORY_SLUG = 80;
    public static final int CATEGORY_DESCRIPTION = 500;

    public static final int TAG_NAME = 60;

    public static final int COMMENT_AUTHOR = 80;
    public static final int COMMENT_BODY = 5000;
    /** A reader's optional explanation with a report on a comment. */
    public static final int COMMENT_REPORT_TEXT = 500;

    /** RFC 5321 caps a forward path at 256 octets including the angle brackets. */
    public static final int EMAIL = 254;
    public static final int USERNAME = 50;
    public static final int DISPLAY_NAME = 100;
    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 128;

    private TextLimits() {
    }
}
