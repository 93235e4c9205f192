package de.newsroom.console.article;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The article aggregate. Status changes go through {@link #moveTo}, which refuses illegal moves and publishing an
 * incomplete article; content changes go through {@link #applyContent}. The search vector is a generated column.
 */
@Entity
@Table(name = "article")
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String lead;

    @Column(nullable = false)
    private String body;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArticleStatus status;

    @Column(name = "comments_open", nullable = false)
    private boolean commentsOpen;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "trashed_at")
    private Instant trashedAt;

    @Column(name = "trashed_from")
    @Enumerated(EnumType.STRING)
    private ArticleStatus trashedFrom;

    @Column(name = "published_late", nullable = false)
    private boolean publishedLate;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "tag_id")
    private Set<Long> tagIds = new LinkedHashSet<>();

    protected Article() {
    }

    Article(ArticleContent content, Set<Long> tagIds, Long authorId, Instant now) {
        this.authorId = authorId;
        this.status = ArticleStatus.DRAFT;
        this.createdAt = micros(now);
        applyContent(content, tagIds, authorId, now);
    }

    /** Replaces the editable content; allowed in every status, so a published article can be corrected in place. */
    void applyContent(ArticleContent content, Set<Long> newTagIds, Long editorId, Instant now) {
        now = micros(now);
        this.title = content.title();
        this.slug = content.slug();
        this.lead = content.lead();
        this.body = content.body();
        this.categoryId = content.categoryId();
        this.commentsOpen = content.commentsOpen();
        if (!this.tagIds.equals(newTagIds)) {
            this.tagIds.clear();
            this.tagIds.addAll(newTagIds);
        }
        touch(editorId, now);
    }

    /**
     * Moves to {@code target} if the workflow allows it. Scheduling needs {@code scheduleAt} in the future;
     * publishing and scheduling need a complete article, review a title and a category; an incomplete article is
     * refused with {@link ArticleIncompleteException} naming every missing field.
     */
    void moveTo(ArticleStatus target, Long editorId, Instant now, Instant scheduleAt) {
        now = micros(now);
        scheduleAt = scheduleAt == null ? null : micros(scheduleAt);
        if (!status.canMoveTo(target)) {
            throw new ArticleWorkflowException("article.error.transition", status.name(), target.name());
        }
        switch (target) {
            case IN_REVIEW -> {
                requireFilled(target, missing(false));
                scheduledAt = null;
            }
            case SCHEDULED -> {
                requireFilled(target, missing(true));
                if (scheduleAt == null || !scheduleAt.isAfter(now)) {
                    throw ArticleWorkflowException.onField("scheduledAt", "article.error.schedule.past");
                }
                scheduledAt = scheduleAt;
            }
            case PUBLISHED -> {
                requireFilled(target, missing(true));
                publishedAt = now;
                scheduledAt = null;
                publishedLate = false;
            }
            case DRAFT, ARCHIVED -> scheduledAt = null;
            case TRASHED -> throw new ArticleWorkflowException("article.error.transition", status.name(), target.name());
        }
        status = target;
        touch(editorId, now);
    }

    /**
     * Publishes a due scheduled article from the scheduler; {@code late} when the job ran well after the time
     * (the app was down), which the list shows.
     */
    void publishScheduled(Instant now, Duration grace) {
        if (status != ArticleStatus.SCHEDULED) {
            throw new ArticleWorkflowException("article.error.transition", status.name(), ArticleStatus.PUBLISHED.name());
        }
        boolean late = scheduledAt != null && Duration.between(scheduledAt, now).compareTo(grace) > 0;
        moveTo(ArticleStatus.PUBLISHED, null, now, null);
        publishedLate = late;
    }

    /**
     * Moves the article to the trash from any status; a published or scheduled one is taken off the site with it
     * (readers get "gone"), and nothing of it goes live again until it is restored and published anew.
     */
    void moveToTrash(Long editorId, Instant now) {
        if (status == ArticleStatus.TRASHED) {
            throw new ArticleWorkflowException("article.error.trashed.already");
        }
        now = micros(now);
        trashedFrom = status;
        trashedAt = now;
        scheduledAt = null;
        status = ArticleStatus.TRASHED;
        touch(editorId, now);
    }

    /** Restores a trashed article as a draft: whatever it was before, it goes through review again. */
    void restoreFromTrash(Long editorId, Instant now) {
        if (status != ArticleStatus.TRASHED) {
            throw new ArticleWorkflowException("article.error.trashed.not");
        }
        now = micros(now);
        trashedFrom = null;
        trashedAt = null;
        status = ArticleStatus.DRAFT;
        touch(editorId, now);
    }

    // PostgreSQL keeps microseconds: values returned to callers must equal what a later read returns.
    private static Instant micros(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /**
     * The empty fields among those a move needs, in form order: review needs a title and a category, publishing
     * (now or scheduled) also a lead and a text. All of them, so that one refusal names everything to fill in.
     */
    private java.util.List<String> missing(boolean forPublishing) {
        var missing = new java.util.ArrayList<String>();
        if (isBlank(title)) {
            missing.add("title");
        }
        if (forPublishing && isBlank(lead)) {
            missing.add("lead");
        }
        if (forPublishing && isBlank(body)) {
            missing.add("body");
        }
        if (categoryId == null) {
            missing.add("categoryId");
        }
        return missing;
    }

    private static void requireFilled(ArticleStatus target, java.util.List<String> missing) {
        if (!missing.isEmpty()) {
            throw new ArticleIncompleteException(target, missing);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private void touch(Long editorId, Instant now) {
        this.updatedAt = now;
        if (editorId != null) {
            this.updatedBy = editorId;
        }
    }

    ArticleContent content(java.util.List<String> tagNames, java.util.List<Byline> bylines) {
        return new ArticleContent(title, slug, lead, body, categoryId, tagNames, commentsOpen, bylines);
    }

    Long getId() { return id; }
    String getTitle() { return title; }
    String getSlug() { return slug; }
    String getLead() { return lead; }
    String getBody() { return body; }
    Long getCategoryId() { return categoryId; }
    Long getAuthorId() { return authorId; }
    ArticleStatus getStatus() { return status; }
    boolean isCommentsOpen() { return commentsOpen; }
    Instant getCreatedAt() { return createdAt; }
    Instant getUpdatedAt() { return updatedAt; }
    Long getUpdatedBy() { return updatedBy; }
    Instant getPublishedAt() { return publishedAt; }
    Instant getScheduledAt() { return scheduledAt; }
    boolean isPublishedLate() { return publishedLate; }
    Instant getTrashedAt() { return trashedAt; }
    ArticleStatus getTrashedFrom() { return trashedFrom; }
    long getVersion() { return version; }
    Set<Long> getTagIds() { return Set.copyOf(tagIds); }
}
