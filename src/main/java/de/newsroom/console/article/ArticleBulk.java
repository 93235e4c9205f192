package de.newsroom.console.article;

import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.EditorOnly;
import de.newsroom.console.category.CategoryService;
import de.newsroom.console.tag.TagRef;
import de.newsroom.console.tag.TagService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk actions of the article list. Each call is one transaction over the selected articles, pinned to the versions
 * the list showed ({@code seen}: id to version): an article changed since is left alone and named in the outcome, as
 * is one the action does not apply to. Every changed article gets its own audit event (and, for content, its own
 * revision) in the same transaction, so a failure rolls back all of them.
 */
@Service
public class ArticleBulk {

    /** More than a grid page's selection is a mistake or a script; the list never sends this many. */
    public static final int MAX_ARTICLES = 500;

    private final ArticleRepository articles;
    private final ArticleLoader loader;
    private final ArticleRevisions revisions;
    private final ArticlePeople people;
    private final CategoryService categories;
    private final TagService tags;
    private final AuditLog audit;
    private final Clock clock;

    ArticleBulk(ArticleRepository articles, ArticleLoader loader, ArticleRevisions revisions, ArticlePeople people,
                CategoryService categories, TagService tags, AuditLog audit, Clock clock) {
        this.articles = articles;
        this.loader = loader;
        this.revisions = revisions;
        this.people = people;
        this.categories = categories;
        this.tags = tags;
        this.audit = audit;
        this.clock = clock;
    }

    /** Files the articles in {@code categoryId}; trashed ones are not applicable. */
    @Transactional
    @EditorOnly
    public ArticleBulkOutcome moveToCategory(Map<Long, Long> seen, Long categoryId) {
        categories.find(categoryId).orElseThrow(
                () -> ArticleWorkflowException.onField("categoryId", "article.error.category.unknown"));
        return each(seen, a -> a.getStatus() != ArticleStatus.TRASHED,
                a -> changeContent(a, c -> c.withCategory(categoryId), a.getTagIds()));
    }

    /** Adds the keyword {@code name} (created if new); an article already at the keyword limit is not applicable. */
    @Transactional
    @EditorOnly
    public ArticleBulkOutcome addTag(Map<Long, Long> seen, String name) {
        TagRef tag;
        try {
            tag = tags.findOrCreate(name);
        } catch (IllegalArgumentException e) {
            throw ArticleWorkflowException.onField("tags", "article.error.tag.invalid",
                    de.newsroom.console.base.domain.TextLimits.TAG_NAME);
        }
        return each(seen, a -> a.getStatus() != ArticleStatus.TRASHED
                        && (a.getTagIds().contains(tag.id()) || a.getTagIds().size() < ArticleEditing.MAX_TAGS),
                a -> {
                    Set<Long> ids = new LinkedHashSet<>(a.getTagIds());
                    ids.add(tag.id());
                    changeContent(a, c -> withTag(c, tag.name(), true), ids);
                });
    }

    /** Removes the keyword {@code tagId} where it is set. */
    @Transactional
    @EditorOnly
    public ArticleBulkOutcome removeTag(Map<Long, Long> seen, TagRef tag) {
        return each(seen, a -> a.getStatus() != ArticleStatus.TRASHED,
                a -> {
                    Set<Long> ids = new LinkedHashSet<>(a.getTagIds());
                    ids.remove(tag.id());
                    changeContent(a, c -> withTag(c, tag.name(), false), ids);
                });
    }

    /** Archives the published articles among them; others are not applicable. */
    @Transactional
    @EditorOnly
    public ArticleBulkOutcome archive(Map<Long, Long> seen) {
        return each(seen, a -> a.getStatus() == ArticleStatus.PUBLISHED, a -> {
            a.moveTo(ArticleStatus.ARCHIVED, people.currentUserId().orElse(null), clock.instant(), null);
            audit.record("ARTICLE_ARCHIVED", "article", a.getId(), "PUBLISHED -> ARCHIVED");
        });
    }

    /** Moves the articles to the trash (published ones leave the site); those already there are not applicable. */
    @Transactional
    @EditorOnly
    public ArticleBulkOutcome moveToTrash(Map<Long, Long> seen) {
        return each(seen, a -> a.getStatus() != ArticleStatus.TRASHED, a -> {
            ArticleStatus from = a.getStatus();
            a.moveToTrash(people.currentUserId().orElse(null), clock.instant());
            audit.record("ARTICLE_TRASHED", "article", a.getId(), from.name());
        });
    }

    // Locks in id order, so two bulk actions over overlapping selections wait for each other instead of deadlocking.
    private ArticleBulkOutcome each(Map<Long, Long> seen, Predicate<Article> applies, Consumer<Article> change) {
        if (seen.size() > MAX_ARTICLES) {
            throw new ArticleWorkflowException("article.bulk.toomany", MAX_ARTICLES);
        }
        int done = 0;
        List<String> changedMeanwhile = new ArrayList<>();
        List<String> notApplicable = new ArrayList<>();
        for (var entry : new TreeMap<>(seen).entrySet()) {
            Optional<Article> found = articles.findForUpdate(entry.getKey());
            if (found.isEmpty()) {
                continue; // deleted for good meanwhile: nothing left to name or change
            }
            Article a = found.get();
            if (a.getVersion() != entry.getValue()) {
                changedMeanwhile.add(a.getTitle());
            } else if (!applies.test(a)) {
                notApplicable.add(a.getTitle());
            } else {
                change.accept(a);
                done++;
            }
        }
        articles.flush();
        return new ArticleBulkOutcome(done, changedMeanwhile, notApplicable);
    }

    /** A content change like a save: a revision and an audit event, nothing stored when nothing changes. */
    private void changeContent(Article a, java.util.function.UnaryOperator<ArticleContent> edit, Set<Long> tagIds) {
        ArticleContent current = loader.content(a);
        ArticleContent wanted = edit.apply(current);
        List<ArticleField> changed = wanted.changedFrom(current);
        if (changed.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        a.applyContent(wanted, tagIds, people.currentUserId().orElse(null), now);
        articles.flush();
        revisions.append(a.getId(), a.getVersion(), now, people.currentActor(), wanted, changed, null);
        audit.record(a.getStatus() == ArticleStatus.PUBLISHED ? "ARTICLE_CORRECTED" : "ARTICLE_SAVED", "article",
                a.getId(), String.join(",", changed.stream().map(ArticleField::key).toList()));
    }

    private static ArticleContent withTag(ArticleContent c, String name, boolean add) {
        List<String> names = new ArrayList<>(c.tags());
        names.removeIf(n -> n.equalsIgnoreCase(name));
        if (add) {
            names.add(name);
        }
        return c.withTags(names);
    }
}
