package de.newsroom.console.article;

import de.newsroom.console.tag.TagRef;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One article as the editor shows it. {@code categoryTrail} holds the category names from the root down (the
 * reader page's breadcrumb); {@code next} the statuses it may move to now; {@code trashedAt} is set while it lies in
 * the trash; {@code bylines} names the authors in order.
 */
public record ArticleDetails(Long id, long version, String title, String slug, String lead, String body,
                             Long categoryId, List<String> categoryTrail, List<TagRef> tags, String authorName,
                             ArticleStatus status, boolean commentsOpen, Instant createdAt, Instant updatedAt,
                             String updatedByName, Instant publishedAt, Instant scheduledAt, boolean publishedLate,
                             String teaser, Set<ArticleStatus> next, Instant trashedAt, List<Byline> bylines) {

    /** The same content as a form would send it, based on this version. */
    public ArticleDraft toDraft() {
        return new ArticleDraft(id, version, title, slug, lead, body, categoryId,
                tags.stream().map(TagRef::name).toList(), commentsOpen, bylines);
    }

    public List<String> bylineNames() {
        return bylines.stream().map(Byline::name).toList();
    }

    public List<String> tagNames() {
        return tags.stream().map(TagRef::name).toList();
    }
}
