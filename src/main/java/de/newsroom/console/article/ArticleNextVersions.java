package de.newsroom.console.article;

import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.EditorOnly;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The next version of a published article (decision 0018): started from the live text, edited, sent to review and
 * published while readers keep the live text. Publishing it is a save of the live article (revision, audit, slug
 * alias) based on the version the next version was last rebased on. Every change takes the article's row lock
 * first, then the next version's, and checks the next version's own lock version.
 */
@Service
public class ArticleNextVersions {

    private final ArticleLoader loader;
    private final ArticleEditing editing;
    private final NextVersionStore store;
    private final ArticlePeople people;
    private final AuditLog audit;
    private final Clock clock;

    ArticleNextVersions(ArticleLoader loader, ArticleEditing editing, NextVersionStore store, ArticlePeople people,
                        AuditLog audit, Clock clock) {
        this.loader = loader;
        this.editing = editing;
        this.store = store;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** The article's next version, if one is in the works. */
    @Transactional(readOnly = true)
    @EditorOnly
    public Optional<NextVersion> of(Long articleId) {
        return store.find(articleId);
    }

    /** Starts a next version from the live text of a published article seen at {@code expectedVersion}. */
    @Transactional
    @EditorOnly
    public NextVersion start(Long articleId, long expectedVersion) {
        Article article = loader.lockedAt(articleId, expectedVersion);
        if (article.getStatus() != ArticleStatus.PUBLISHED) {
            throw new ArticleWorkflowException("article.next.error.notlive");
        }
        if (store.find(articleId).isPresent()) {
            throw new ArticleWorkflowException("article.next.error.exists");
        }
        store.insert(articleId, article.getVersion(), loader.content(article), clock.instant(), people.currentActor());
        audit.record("ARTICLE_NEXT_VERSION_STARTED", "article", articleId, "from version " + article.getVersion());
        return store.find(articleId).orElseThrow();
    }

    /**
     * Saves the next version's text; {@code draft.baseVersion()} is the next version's version the editor loaded
     * (a newer one is refused: it was saved or rebased meanwhile). When it waits for a merge and the editor has seen
     * the live text at {@code liveVersionSeen}, this save is the merge: it is based on that live text from now on.
     */
    @Transactional
    @EditorOnly
    public NextVersion save(ArticleDraft draft, long liveVersionSeen) {
        Article article = loader.locked(draft.id());
        NextVersion next = lockedAt(article.getId(), draft.baseVersion());
        ArticleContent content = editing.checkedContent(draft, NextVersionStore.content(next.draft()));
        long base = next.baseVersion();
        Set<ArticleField> conflicts = next.conflicts();
        if (next.needsMerge() && liveVersionSeen == article.getVersion()) {
            base = article.getVersion();
            conflicts = Set.of();
        }
        store.update(article.getId(), content, base, conflicts, clock.instant(), people.currentActor());
        audit.record(conflicts.isEmpty() && next.needsMerge() ? "ARTICLE_NEXT_VERSION_MERGED"
                : "ARTICLE_NEXT_VERSION_SAVED", "article", article.getId(), "");
        return store.find(article.getId()).orElseThrow();
    }

    /** Sends the next version to review (DRAFT → IN_REVIEW, needs a title and a category) or back (→ DRAFT). */
    @Transactional
    @EditorOnly
    public NextVersion move(Long articleId, long expectedVersion, ArticleStatus target) {
        loader.locked(articleId);
        NextVersion next = lockedAt(articleId, expectedVersion);
        if (target != ArticleStatus.IN_REVIEW && target != ArticleStatus.DRAFT || next.status() == target) {
            throw new ArticleWorkflowException("article.error.transition", next.status().name(), target.name());
        }
        if (target == ArticleStatus.IN_REVIEW) {
            var missing = new ArrayList<String>();
            if (next.draft().title().isBlank()) {
                missing.add("title");
            }
            if (next.draft().categoryId() == null) {
                missing.add("categoryId");
            }
            if (!missing.isEmpty()) {
                throw new ArticleIncompleteException(target, missing);
            }
        }
        store.status(articleId, target, clock.instant(), people.currentActor());
        audit.record("ARTICLE_NEXT_VERSION_" + target.name(), "article", articleId, next.status() + " -> " + target);
        return store.find(articleId).orElseThrow();
    }

    /**
     * Publishes a next version in review: its text replaces the live text, and the next version is done. A live
     * change that did not rebase it (a bulk or quick edit, which do not save the text) is merged first; a conflict
     * then marks it for the editor, and that mark is kept although the publication is refused.
     */
    @Transactional(noRollbackFor = MergeNeeded.class)
    @EditorOnly
    public ArticleDetails publish(Long articleId, long expectedVersion) {
        Article article = loader.locked(articleId);
        NextVersion next = lockedAt(articleId, expectedVersion);
        if (article.getStatus() != ArticleStatus.PUBLISHED) {
            throw new ArticleWorkflowException("article.next.error.notlive");
        }
        if (next.status() != ArticleStatus.IN_REVIEW) {
            throw new ArticleWorkflowException("article.error.transition", next.status().name(),
                    ArticleStatus.PUBLISHED.name());
        }
        if (next.needsMerge()) {
            throw new MergeNeeded();
        }
        List<String> missing = missingForPublishing(next.draft());
        if (!missing.isEmpty()) {
            throw new ArticleIncompleteException(ArticleStatus.PUBLISHED, missing);
        }
        if (article.getVersion() != next.baseVersion()) {
            store.rebase(article, clock.instant(), people.currentActor());
            next = store.find(articleId).orElseThrow();
            if (next.needsMerge()) {
                throw new MergeNeeded();
            }
        }
        // Gone first, so that the save's rebase of "the next version" does not meet this one.
        store.delete(articleId);
        ArticleDetails published = editing.saveLocked(article, next.draft().withBaseVersion(next.baseVersion()));
        audit.record("ARTICLE_NEXT_VERSION_PUBLISHED", "article", articleId, "as version " + published.version());
        return published;
    }

    /** Refuses publishing until the editor has merged; thrown before anything is written but the merge mark. */
    static final class MergeNeeded extends ArticleWorkflowException {
        MergeNeeded() {
            super("article.next.error.merge");
        }
    }

    /** Drops the next version; the live text stays as it is. */
    @Transactional
    @EditorOnly
    public void discard(Long articleId, long expectedVersion) {
        loader.locked(articleId);
        lockedAt(articleId, expectedVersion);
        store.delete(articleId);
        audit.record("ARTICLE_NEXT_VERSION_DISCARDED", "article", articleId, "");
    }

    private NextVersion lockedAt(Long articleId, long expectedVersion) {
        NextVersion next = store.locked(articleId)
                .orElseThrow(() -> new ArticleWorkflowException("article.next.error.none"));
        if (next.version() != expectedVersion) {
            throw new ArticleWorkflowException("article.next.error.stale", next.updatedByName());
        }
        return next;
    }

    private static List<String> missingForPublishing(ArticleDraft d) {
        var missing = new ArrayList<String>();
        if (d.title().isBlank()) {
            missing.add("title");
        }
        if (d.lead().isBlank()) {
            missing.add("lead");
        }
        if (d.body().isBlank()) {
            missing.add("body");
        }
        if (d.categoryId() == null) {
            missing.add("categoryId");
        }
        return missing;
    }
}
