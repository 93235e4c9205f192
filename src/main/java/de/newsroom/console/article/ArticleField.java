package de.newsroom.console.article;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fields of an article as merges, conflicts, revisions, diffs and audit details name them. {@link #key()} is the
 * stored code (revision rows, audit details) and the suffix of the {@code article.field.*} label.
 */
public enum ArticleField {
    TITLE("title"),
    SLUG("slug"),
    LEAD("lead"),
    BODY("body"),
    CATEGORY("category"),
    TAGS("tags"),
    COMMENTS("comments"),
    /** The authors named above the text, in order. */
    BYLINES("bylines"),
    /** Not content: named when a status move finds the article changed since it was loaded. */
    STATUS("status");

    /** The editable content fields, in form order: what a save compares, merges and records. */
    public static final List<ArticleField> CONTENT = List.of(TITLE, SLUG, LEAD, BODY, CATEGORY, TAGS, BYLINES, COMMENTS);

    private final String key;

    ArticleField(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The field a stored code names; empty for a code this version no longer knows. */
    public static Optional<ArticleField> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
