package de.newsroom.console.article;

import java.util.List;

/**
 * What the editor form sends: the fields as typed, plus the version the editor loaded ({@code baseVersion}) so that
 * a save can be merged against it. {@code id} is null for a new article; a blank {@code slug} means "keep" (or
 * "derive from the title" for a new article). Tags are names; unknown ones are created. {@code bylines} null means
 * "keep them" (for a new article: the creating editor).
 */
public record ArticleDraft(Long id, long baseVersion, String title, String slug, String lead, String body,
                           Long categoryId, List<String> tagNames, boolean commentsOpen, List<Byline> bylines) {

    public ArticleDraft {
        tagNames = tagNames == null ? List.of() : List.copyOf(tagNames);
        bylines = bylines == null ? null : List.copyOf(bylines);
    }

    /** A draft that leaves the bylines as they are. */
    public ArticleDraft(Long id, long baseVersion, String title, String slug, String lead, String body,
                        Long categoryId, List<String> tagNames, boolean commentsOpen) {
        this(id, baseVersion, title, slug, lead, body, categoryId, tagNames, commentsOpen, null);
    }

    public ArticleDraft withBylines(List<Byline> newBylines) {
        return new ArticleDraft(id, baseVersion, title, slug, lead, body, categoryId, tagNames, commentsOpen, newBylines);
    }

    /** A new, empty article. */
    public static ArticleDraft empty() {
        return new ArticleDraft(null, 0, "", "", "", "", null, List.of(), true);
    }

    public ArticleDraft withBaseVersion(long version) {
        return new ArticleDraft(id, version, title, slug, lead, body, categoryId, tagNames, commentsOpen, bylines);
    }
}
