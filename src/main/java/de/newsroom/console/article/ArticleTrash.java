package de.newsroom.console.article;

import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.AdminOnly;
import de.newsroom.console.base.domain.EditorOnly;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trash. Editors move articles there (a published one leaves the site: readers and the API get "410 Gone") and
 * restore them as drafts; only admins delete for good, after a confirmation naming what goes; articles older than
 * the retention ({@code newsroom.trash.retention}, 30 days) are deleted by {@link TrashRetention}. Every step is
 * audited in its own transaction.
 */
@Service
public class ArticleTrash {

    private final ArticleRepository articles;
    private final ArticleLoader loader;
    private final ArticlePeople people;
    private final ArticleImages images;
    private final List<ArticleDependents> dependents;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration retention;

    ArticleTrash(ArticleRepository articles, ArticleLoader loader, ArticlePeople people, ArticleImages images,
                 List<ArticleDependents> dependents, AuditLog audit, JdbcTemplate jdbc, Clock clock,
                 @Value("${newsroom.trash.retention:P30D}") Duration retention) {
        this.articles = articles;
        this.loader = loader;
        this.people = people;
        this.images = images;
        this.dependents = dependents;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /** Moves the article to the trash if it is still at {@code expectedVersion}. */
    @Transactional
    @EditorOnly
    public ArticleDetails moveToTrash(Long articleId, long expectedVersion) {
        Article article = loader.lockedAt(articleId, expectedVersion);
        ArticleStatus from = article.getStatus();
        article.moveToTrash(people.currentUserId().orElse(null), clock.instant());
        articles.flush();
        audit.record("ARTICLE_TRASHED", "article", articleId, from.name());
        return loader.details(article);
    }

    /** Restores a trashed article as a draft. */
    @Transactional
    @EditorOnly
    public ArticleDetails restore(Long articleId, long expectedVersion) {
        Article article = loader.lockedAt(articleId, expectedVersion);
        article.restoreFromTrash(people.currentUserId().orElse(null), clock.instant());
        articles.flush();
        audit.record("ARTICLE_UNTRASHED", "article", articleId, null);
        return loader.details(article);
    }

    /** How many days an article stays in the trash before the retention job deletes it. */
    @EditorOnly
    public long retentionDays() {
        return retention.toDays();
    }

    /** When the retention job will delete a trashed article (null if it is not in the trash). */
    @EditorOnly
    public Instant deletedAfter(Instant trashedAt) {
        return trashedAt == null ? null : trashedAt.plus(retention);
    }

    /** What deleting the article for good would remove; refused unless it is in the trash. */
    @Transactional(readOnly = true)
    @AdminOnly
    public TrashDeletion preview(Long articleId) {
        Article article = loader.get(articleId);
        requireTrashed(article);
        return preview(article);
    }

    /** Deletes a trashed article for good with its revisions and what other features keep about it. */
    @Transactional
    @AdminOnly
    public void deletePermanently(Long articleId, long expectedVersion) {
        Article article = loader.lockedAt(articleId, expectedVersion);
        requireTrashed(article);
        delete(article, null);
    }

    /**
     * Deletes every article trashed longer than the retention ago, as the system; returns how many. Rows another
     * node is deleting are skipped, so two nodes never delete one article twice.
     */
    @Transactional
    int deleteExpired(int limit) {
        Instant cutoff = clock.instant().minus(retention);
        List<Long> due = jdbc.queryForList("""
                select id from article where status = 'TRASHED' and trashed_at < ?
                order by trashed_at, id limit ? for update skip locked""", Long.class,
                java.sql.Timestamp.from(cutoff), limit);
        for (Long id : due) {
            delete(loader.get(id), "system");
        }
        return due.size();
    }

    private void delete(Article article, String asActor) {
        TrashDeletion what = preview(article);
        dependents.forEach(d -> d.deleting(article.getId()));
        images.releaseAll(article.getId());
        articles.delete(article);
        articles.flush();
        StringBuilder detail = new StringBuilder(article.getTitle()).append("; revisions=").append(what.revisions());
        what.dependents().forEach((key, n) -> detail.append("; ").append(key).append('=').append(n));
        if (asActor == null) {
            audit.record("ARTICLE_DELETED", "article", article.getId(), detail.toString());
        } else {
            audit.recordAs(asActor, "ARTICLE_DELETED", "article", article.getId(),
                    "retention " + retention.toDays() + "d; " + detail, null);
        }
    }

    private TrashDeletion preview(Article article) {
        Long revisions = jdbc.queryForObject("select count(*) from article_revision where article_id = ?",
                Long.class, article.getId());
        Map<String, Long> counts = new LinkedHashMap<>();
        dependents.forEach(d -> counts.put(d.labelKey(), d.count(article.getId())));
        return new TrashDeletion(article.getId(), article.getVersion(), article.getTitle(),
                revisions == null ? 0 : revisions, counts);
    }

    private static void requireTrashed(Article article) {
        if (article.getStatus() != ArticleStatus.TRASHED) {
            throw new ArticleWorkflowException("article.error.trashed.not");
        }
    }
}
