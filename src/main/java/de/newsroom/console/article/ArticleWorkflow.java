package de.newsroom.console.article;

import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.EditorOnly;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves articles through the workflow (review, publish, schedule, take down, archive). The rules live on
 * {@link Article#moveTo}; this service guards the caller, locks the article at the version the editor saw and
 * writes the audit event in the same transaction.
 */
@Service
public class ArticleWorkflow {

    private final ArticleRepository articles;
    private final ArticleLoader loader;
    private final ArticlePeople people;
    private final AuditLog audit;
    private final Clock clock;
    private final ArticleImages images;

    ArticleWorkflow(ArticleRepository articles, ArticleLoader loader, ArticlePeople people, AuditLog audit, Clock clock,
                    ArticleImages images) {
        this.articles = articles;
        this.loader = loader;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
        this.images = images;
    }

    /** Moves the article to {@code target} (not SCHEDULED: see {@link #schedule}) if the workflow allows it. */
    @Transactional
    @EditorOnly
    public ArticleDetails transition(Long articleId, long expectedVersion, ArticleStatus target) {
        if (target == ArticleStatus.SCHEDULED) {
            throw ArticleWorkflowException.onField("scheduledAt", "article.error.schedule.past");
        }
        return move(articleId, expectedVersion, target, null);
    }

    /** Schedules the article for publication at {@code at}, which must lie in the future. */
    @Transactional
    @EditorOnly
    public ArticleDetails schedule(Long articleId, long expectedVersion, Instant at) {
        return move(articleId, expectedVersion, ArticleStatus.SCHEDULED, at);
    }

    private ArticleDetails move(Long articleId, long expectedVersion, ArticleStatus target, Instant at) {
        Article article = loader.lockedAt(articleId, expectedVersion);
        ArticleStatus from = article.getStatus();
        if (target == ArticleStatus.PUBLISHED || target == ArticleStatus.SCHEDULED) {
            images.requireAltTexts(articleId);
        }
        article.moveTo(target, people.currentUserId().orElse(null), clock.instant(), at);
        articles.flush();
        audit.record("ARTICLE_" + target.name(), "article", articleId,
                from + " -> " + target + (at == null ? "" : " at " + at));
        return loader.details(article);
    }
}
