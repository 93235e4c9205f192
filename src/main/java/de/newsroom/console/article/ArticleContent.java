package de.newsroom.console.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/** The editable content of an article, as saved, snapshotted in revisions and merged field by field. */
record ArticleContent(String title, String slug, String lead, String body, Long categoryId, List<String> tags,
                      boolean commentsOpen) {

    static final List<String> FIELDS = List.of("title", "slug", "lead", "body", "category", "tags", "comments");

    ArticleContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    private static final Map<String, Function<ArticleContent, Object>> GETTERS = new LinkedHashMap<>();

    static {
        GETTERS.put("title", ArticleContent::title);
        GETTERS.put("slug", ArticleContent::slug);
        GETTERS.put("lead", ArticleContent::lead);
        GETTERS.put("body", ArticleContent::body);
        GETTERS.put("category", ArticleContent::categoryId);
        // Tag order carries no meaning.
        GETTERS.put("tags", c -> new TreeSet<>(c.tags()));
        GETTERS.put("comments", ArticleContent::commentsOpen);
    }

    Object get(String field) {
        return GETTERS.get(field).apply(this);
    }

    /** Field names whose values differ from {@code other}'s, in form order. */
    List<String> changedFrom(ArticleContent other) {
        return FIELDS.stream().filter(f -> other == null || !Objects.equals(get(f), other.get(f))).toList();
    }

    /** Takes {@code field} from {@code source}. */
    ArticleContent with(String field, ArticleContent source) {
        return new ArticleContent(
                field.equals("title") ? source.title : title,
                field.equals("slug") ? source.slug : slug,
                field.equals("lead") ? source.lead : lead,
                field.equals("body") ? source.body : body,
                field.equals("category") ? source.categoryId : categoryId,
                field.equals("tags") ? source.tags : tags,
                field.equals("comments") ? source.commentsOpen : commentsOpen);
    }
}
