package de.newsroom.console.article;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** The editable content of an article, as saved, snapshotted in revisions and merged field by field. */
record ArticleContent(String title, String slug, String lead, String body, Long categoryId, List<String> tags,
                      boolean commentsOpen) {

    ArticleContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The value merges compare: tag order carries no meaning, so tags compare as a set. */
    Object get(ArticleField field) {
        return switch (field) {
            case TITLE -> title;
            case SLUG -> slug;
            case LEAD -> lead;
            case BODY -> body;
            case CATEGORY -> categoryId;
            case TAGS -> new TreeSet<>(tags);
            case COMMENTS -> commentsOpen;
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
            case TITLE -> new ArticleContent(source.title, slug, lead, body, categoryId, tags, commentsOpen);
            case SLUG -> withSlug(source.slug);
            case LEAD -> new ArticleContent(title, slug, source.lead, body, categoryId, tags, commentsOpen);
            case BODY -> new ArticleContent(title, slug, lead, source.body, categoryId, tags, commentsOpen);
            case CATEGORY -> withCategory(source.categoryId);
            case TAGS -> withTags(source.tags);
            case COMMENTS -> new ArticleContent(title, slug, lead, body, categoryId, tags, source.commentsOpen);
            case STATUS -> throw new IllegalArgumentException("status is not content");
        };
    }

    ArticleContent withSlug(String newSlug) {
        return new ArticleContent(title, newSlug, lead, body, categoryId, tags, commentsOpen);
    }

    ArticleContent withCategory(Long newCategoryId) {
        return new ArticleContent(title, slug, lead, body, newCategoryId, tags, commentsOpen);
    }

    ArticleContent withTags(List<String> newTags) {
        return new ArticleContent(title, slug, lead, body, categoryId, newTags, commentsOpen);
    }
}
