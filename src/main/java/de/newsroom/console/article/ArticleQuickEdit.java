package de.newsroom.console.article;

import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.EditorOnly;
import de.newsroom.console.base.domain.TextLimits;
import de.newsroom.console.category.CategoryService;
import de.newsroom.console.tag.TagRef;
import de.newsroom.console.tag.TagService;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The article list's quick edit: category, keywords and status of one article without opening the editor, in one
 * transaction, on the version the row showed (a newer one is refused with {@link ArticleConflictException}). Audited
 * like a save and a status move.
 */
@Service
public class ArticleQuickEdit {

    private final ArticleLoader loader;
    private final ArticleRepository articles;
    private final ArticleRevisions revisions;
    private final ArticlePeople people;
    private final CategoryService categories;
    private final TagService tags;
    private final AuditLog audit;
    private final Clock clock;
    private final NextVersionStore nextVersions;

    ArticleQuickEdit(ArticleLoader loader, ArticleRepository articles, ArticleRevisions revisions,
                     ArticlePeople people, CategoryService categories, TagService tags, AuditLog audit, Clock clock,
                     NextVersionStore nextVersions) {
        this.nextVersions = nextVersions;
        this.loader = loader;
        this.articles = articles;
        this.revisions = revisions;
        this.people = people;
        this.categories = categories;
        this.tags = tags;
        this.audit = audit;
        this.clock = clock;
    }

    /** The article as the dialog starts from, if it is still at {@code version}. */
    @Transactional(readOnly = true)
    @EditorOnly
    public ArticleDetails load(long id, long version) {
        Article a = loader.get(id);
        if (a.getVersion() != version) {
            throw loader.conflict(a, java.util.Set.of(ArticleField.STATUS));
        }
        return loader.details(a);
    }

    /**
     * Sets category and keywords, then moves to {@code status} if it differs (SCHEDULED is the editor's: it needs a
     * time). Trashed articles are restored first, like in the editor.
     */
    @Transactional
    @EditorOnly
    public ArticleDetails save(long id, long version, Long categoryId, List<String> tagNames, ArticleStatus status) {
        Article a = loader.lockedAt(id, version);
        if (a.getStatus() == ArticleStatus.TRASHED) {
            throw new ArticleWorkflowException("article.error.trashed.edit");
        }
        if (categoryId != null && categories.find(categoryId).isEmpty()) {
            throw ArticleWorkflowException.onField("categoryId", "article.error.category.unknown");
        }
        Map<Long, TagRef> refs = new LinkedHashMap<>();
        for (String name : new LinkedHashSet<>(tagNames)) {
            try {
                TagRef ref = tags.findOrCreate(name);
                refs.putIfAbsent(ref.id(), ref);
            } catch (IllegalArgumentException e) {
                throw ArticleWorkflowException.onField("tags", "article.error.tag.invalid", TextLimits.TAG_NAME);
            }
        }
        if (refs.size() > ArticleEditing.MAX_TAGS) {
            throw ArticleWorkflowException.onField("tags", "article.error.tags.toomany", ArticleEditing.MAX_TAGS);
        }
        ArticleContent current = loader.content(a);
        ArticleContent wanted = current.withCategory(categoryId)
                .withTags(refs.values().stream().map(TagRef::name).toList());
        List<ArticleField> changed = wanted.changedFrom(current);
        Instant now = clock.instant();
        Long me = people.currentUserId().orElse(null);
        if (!changed.isEmpty()) {
            a.applyContent(wanted, new LinkedHashSet<>(refs.keySet()), me, now);
            articles.flush();
            revisions.append(a.getId(), a.getVersion(), now, people.currentActor(), wanted, changed, null);
            if (a.getStatus() == ArticleStatus.PUBLISHED) {
                nextVersions.rebase(a, now, people.currentActor());
            }
            audit.record(a.getStatus() == ArticleStatus.PUBLISHED ? "ARTICLE_CORRECTED" : "ARTICLE_SAVED", "article",
                    a.getId(), String.join(",", changed.stream().map(ArticleField::key).toList()));
        }
        if (status != null && status != a.getStatus()) {
            if (status == ArticleStatus.SCHEDULED || status == ArticleStatus.TRASHED) {
                throw ArticleWorkflowException.onField("status", "article.quick.status.editor");
            }
            ArticleStatus from = a.getStatus();
            a.moveTo(status, me, now, null);
            articles.flush();
            audit.record("ARTICLE_" + status.name(), "article", a.getId(), from + " -> " + status);
        }
        return loader.details(a);
    }
}
