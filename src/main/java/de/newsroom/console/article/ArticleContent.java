package de.newsroom.console.article;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** The editable content of an article, as saved, snapshotted in revisions and merged field by field. */
record ArticleContent(String title, String slug, String lead, String body, Long categoryId, List<String> tags,
                      boolean commentsOpen, List<Byline> bylines) {

    ArticleContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
        bylines = bylines == null ? List.of() : List.copyOf(bylines);
    }

    /** Content without bylines: revisions written before bylines existed, and tests that do not care. */
    ArticleContent(String title, String slug, String lead, String body, Long categoryId, List<String> tags,
                   boolean commentsOpen) {
        this(title, slug, lead, body, categoryId, tags, commentsOpen, List.of());
    }

    /**
     * The value merges compare: tag order carries no meaning, so tags compare as a set; byline order does (the first
     * author is named first), and an account compares by id, not by the name it had then.
     */
    Object get(ArticleField field) {
        return switch (field) {
            case TITLE -> title;
            case SLUG -> slug;
            case LEAD -> lead;
            case BODY -> body;
            case CATEGORY -> categoryId;
            case TAGS -> new TreeSet<>(tags);
            case COMMENTS -> commentsOpen;
            case BYLINES -> bylines.stream().map(Byline::key).toList();
            case STATUS -> throw new IllegalArgumentException("status is not content");
        };
    }

    /** Fields whose values differ from {@code other}'s (all of them when there is no other), in form order. */
    List<ArticleField> changedFrom(ArticleContent other) {
        return ArticleField.CONTENT.stream().filter(f -> other == null || !Objects.equals(get(f), other.get(f))).toList();
    }

    /** Takes {@code field} from {@code source}. */
    ArticleContent with(ArticleField field, ArticleContent source) {
        return switch (field) {
            case TITLE -> new ArticleContent(source.title, slug, lead, body, categoryId, tags, commentsOpen, bylines);
            case SLUG -> withSlug(source.slug);
            case LEAD -> new ArticleContent(title, slug, source.lead, body, categoryId, tags, commentsOpen, bylines);
            case BODY -> new ArticleContent(title, slug, lead, source.body, categoryId, tags, commentsOpen, bylines);
            case CATEGORY -> withCategory(source.categoryId);
            case TAGS -> withTags(source.tags);
            case COMMENTS -> new ArticleContent(title, slug, lead, body, categoryId, tags, source.commentsOpen, bylines);
            case BYLINES -> withBylines(source.bylines);
            case STATUS -> throw new IllegalArgumentException("status is not content");
        };
    }

    ArticleContent withSlug(String newSlug) {
        return new ArticleContent(title, newSlug, lead, body, categoryId, tags, commentsOpen, bylines);
    }

    ArticleContent withCategory(Long newCategoryId) {
        return new ArticleContent(title, slug, lead, body, newCategoryId, tags, commentsOpen, bylines);
    }

    ArticleContent withBylines(List<Byline> newBylines) {
        return new ArticleContent(title, slug, lead, body, categoryId, tags, commentsOpen, newBylines);
    }

    ArticleContent withTags(List<String> newTags) {
        return new ArticleContent(title, slug, lead, body, categoryId, newTags, commentsOpen, bylines);
    }
}
