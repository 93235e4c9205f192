package de.newsroom.console.article;

import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.EditorOnly;
import de.newsroom.console.base.domain.Slugs;
import de.newsroom.console.base.domain.TextLimits;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import de.newsroom.console.tag.TagRef;
import de.newsroom.console.tag.TagService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing articles. Saves are optimistic: a save based on an older version is merged field by field against the
 * version the editor loaded, and refused with {@link ArticleConflictException} when both sides changed the same
 * field. Every save stores a revision and an audit event in the same transaction. Status moves live in
 * {@link ArticleWorkflow}, the history in {@link ArticleRevisions}.
 */
@Service
public class ArticleEditing {

    static final int MAX_TAGS = 20;
    static final int MAX_BYLINES = 10;

    private final ArticleRepository articles;
    private final ArticleLoader loader;
    private final ArticleRevisions revisions;
    private final ArticlePeople people;
    private final CategoryService categories;
    private final TagService tags;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final WorkingCopyStore workingCopies;
    private final ArticleBylines bylines;
    private final EntityManager em;
    private final Clock clock;
    private final ArticleImages images;
    private final NextVersionStore nextVersions;

    ArticleEditing(ArticleRepository articles, ArticleLoader loader, ArticleRevisions revisions, ArticlePeople people,
                   CategoryService categories, TagService tags, AuditLog audit, JdbcTemplate jdbc,
                   WorkingCopyStore workingCopies, ArticleBylines bylines, EntityManager em, Clock clock,
                   ArticleImages images, NextVersionStore nextVersions) {
        this.nextVersions = nextVersions;
        this.bylines = bylines;
        this.em = em;
        this.articles = articles;
        this.loader = loader;
        this.revisions = revisions;
        this.people = people;
        this.categories = categories;
        this.tags = tags;
        this.audit = audit;
        this.jdbc = jdbc;
        this.workingCopies = workingCopies;
        this.clock = clock;
        this.images = images;
    }

    /** One article, with everything the editor shows. */
    @Transactional(readOnly = true)
    @EditorOnly
    public Optional<ArticleDetails> find(Long id) {
        return articles.findById(id).map(loader::details);
    }

    /**
     * Creates (when {@code draft.id()} is null) or saves an article and returns it as stored. A save based on an
     * older version merges fields only one side changed; a field both sides changed raises
     * {@link ArticleConflictException}, and nothing is stored.
     */
    @Transactional
    @EditorOnly
    public ArticleDetails save(ArticleDraft draft) {
        // The saver's working copy of this text is done with; a refused save rolls this back and keeps it.
        people.currentUser().ifPresent(u -> workingCopies.delete(u, draft.id()));
        if (draft.id() == null) {
            return create(draft);
        }
        return saveLocked(loader.locked(draft.id()), draft);
    }

    /**
     * Saves {@code draft} onto the locked {@code article} as {@link #save} does (merge, revision, audit), without
     * touching working copies: the next version's publication and corrections come through here.
     */
    ArticleDetails saveLocked(Article article, ArticleDraft draft) {
        refuseTrashed(article);
        ArticleContent current = loader.content(article);
        Checked mine = checked(draft, current.slug(), current.bylines());
        if (article.getVersion() != draft.baseVersion()) {
            ArticleContent base = revisions.contentAt(article.getId(), draft.baseVersion()).orElse(null);
            var outcome = ThreeWayMerge.merge(base, mine.content(), current);
            if (!outcome.conflicts().isEmpty()) {
                throw loader.conflict(article, outcome.conflicts());
            }
            mine = mine.merged(outcome.merged(), article.getTagIds());
        }
        return store(article, current, mine, null);
    }

    /** The accounts an editor may name in a byline (besides free names), by name. */
    @Transactional(readOnly = true)
    @EditorOnly
    public List<Byline> bylineAccounts() {
        return bylines.accounts();
    }

    /** The byline a new article starts with: the signed-in editor. */
    @Transactional(readOnly = true)
    @EditorOnly
    public List<Byline> defaultBylines() {
        return people.currentUserId().map(id -> List.of(Byline.account(id, people.displayName(id)))).orElse(List.of());
    }

    /** Restores a revision's content as a new save (itself a revision); {@code expectedVersion} guards against stale views. */
    @Transactional
    @EditorOnly
    public ArticleDetails restore(Long articleId, Long revisionId, long expectedVersion) {
        Article article = loader.lockedAt(articleId, expectedVersion);
        refuseTrashed(article);
        ArticleRevision revision = revisions.find(articleId, revisionId).orElseThrow(ArticleLoader::notFound);
        ArticleContent current = loader.content(article);
        ArticleContent wanted = ArticleRevisions.content(revision);
        if (wanted.bylines().isEmpty()) {
            // A revision from before bylines: keep today's rather than leave the article without an author.
            wanted = wanted.withBylines(current.bylines());
        }
        // A category deleted since then is left empty rather than refused: the rest of the text is still wanted.
        CategoryNode category = categories.find(wanted.categoryId()).orElse(null);
        if (category == null) {
            wanted = wanted.withCategory(null);
        }
        List<TagRef> tagRefs = resolveTags(wanted.tags());
        ArticleDetails restored = store(article, current, new Checked(wanted.withTags(names(tagRefs)), ids(tagRefs),
                category), revisionId);
        audit.record("ARTICLE_RESTORED", "article", articleId, "revision " + revisionId);
        return restored;
    }

    /** Field-by-field diff between two drafts, e.g. the other editor's version (old) and the form (new). */
    @Transactional(readOnly = true)
    @EditorOnly
    public List<FieldDiff> diff(ArticleDraft older, ArticleDraft newer) {
        return LineDiff.fields(contentOf(older), contentOf(newer), loader::categoryPath);
    }

    // ------------------------------------------------------------------------------------------------------------

    /** A checked draft with what its save needs: the tags' ids and the category, each looked up once. */
    private record Checked(ArticleContent content, Set<Long> tagIds, CategoryNode category) {

        /** After a merge: fields taken from the stored version bring its tags and leave the category to be read. */
        Checked merged(ArticleContent merged, Set<Long> storedTagIds) {
            Set<Long> ids = merged.get(ArticleField.TAGS).equals(content.get(ArticleField.TAGS)) ? tagIds : storedTagIds;
            return new Checked(merged, ids, category != null && category.id().equals(merged.categoryId())
                    ? category : null);
        }
    }

    private ArticleDetails create(ArticleDraft draft) {
        Long author = people.currentUserId()
                .orElseThrow(() -> new IllegalStateException("articles need a signed-in author"));
        Checked checked = checked(draft, null, List.of(Byline.account(author, people.displayName(author))));
        ArticleContent content = checked.content().withSlug(uniqueSlug(checked.content().slug(), -1));
        Instant now = clock.instant();
        Article article = articles.saveAndFlush(new Article(content, checked.tagIds(), author, now));
        bylines.replace(article.getId(), content.bylines());
        revisions.append(article.getId(), article.getVersion(), now, people.currentActor(), content,
                content.changedFrom(null), null);
        images.syncUsage(article.getId());
        audit.record("ARTICLE_CREATED", "article", article.getId(), content.title());
        return loader.details(article, checked.category(), content.bylines());
    }

    private ArticleDetails store(Article article, ArticleContent current, Checked wanted, Long restoredFrom) {
        ArticleContent content = wanted.content();
        List<ArticleField> changed = content.changedFrom(current);
        if (changed.isEmpty()) {
            return loader.details(article, wanted.category());
        }
        if (changed.contains(ArticleField.SLUG)) {
            content = content.withSlug(uniqueSlug(content.slug(), article.getId()));
            moveSlug(article, current.slug(), content.slug());
        }
        Instant now = clock.instant();
        long versionBefore = article.getVersion();
        article.applyContent(content, wanted.tagIds(), people.currentUserId().orElse(null), now);
        articles.flush();
        if (changed.contains(ArticleField.BYLINES)) {
            bylines.replace(article.getId(), content.bylines());
            if (article.getVersion() == versionBefore) {
                // Only the bylines changed, in a table of their own: the article's version must still move on.
                em.lock(article, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
                em.flush();
            }
            audit.record("ARTICLE_BYLINE_CHANGED", "article", article.getId(),
                    bylineNames(current.bylines()) + " -> " + bylineNames(content.bylines()));
        }
        revisions.append(article.getId(), article.getVersion(), now, people.currentActor(), content, changed,
                restoredFrom);
        if (article.getStatus() == ArticleStatus.PUBLISHED) {
            // The live text changed: a next version in the works is rebased on it (decision 0018).
            nextVersions.rebase(article, now, people.currentActor());
        }
        images.syncUsage(article.getId());
        String fields = changed.stream().map(ArticleField::key).collect(Collectors.joining(","));
        audit.record(article.getStatus() == ArticleStatus.PUBLISHED ? "ARTICLE_CORRECTED" : "ARTICLE_SAVED",
                "article", article.getId(), fields);
        return loader.details(article, wanted.category(), content.bylines());
    }

    /** The draft checked and normalised as a save would store it (tags resolved), for a next version. */
    ArticleContent checkedContent(ArticleDraft draft, ArticleContent current) {
        return checked(draft, current.slug(), current.bylines()).content();
    }

    /**
     * Normalises and checks the draft; a blank slug keeps {@code currentSlug} (or derives one from the title), null
     * bylines keep {@code currentBylines}.
     */
    private Checked checked(ArticleDraft d, String currentSlug, List<Byline> currentBylines) {
        String title = ArticleDraftCheck.title(d);
        String lead = ArticleDraftCheck.lead(d);
        String body = ArticleDraftCheck.body(d);
        String slug = ArticleDraftCheck.slug(d, title, currentSlug);
        CategoryNode category = null;
        if (d.categoryId() != null) {
            category = categories.find(d.categoryId()).orElseThrow(
                    () -> ArticleWorkflowException.onField("categoryId", "article.error.category.unknown"));
        }
        List<TagRef> tagRefs = resolveTags(d.tagNames());
        return new Checked(new ArticleContent(title, slug, lead, body, d.categoryId(), names(tagRefs), d.commentsOpen(),
                checkedBylines(d.bylines(), currentBylines)), ids(tagRefs), category);
    }

    /**
     * Each author once, in the order given: an account must exist (its name is read, not taken from the caller), a
     * free name is trimmed and must fit; at least one, at most {@link #MAX_BYLINES}.
     */
    private List<Byline> checkedBylines(List<Byline> wanted, List<Byline> current) {
        if (wanted == null) {
            return current;
        }
        Map<String, Byline> known = new LinkedHashMap<>();
        current.forEach(b -> known.put(b.key(), b));
        Map<String, Byline> unique = new LinkedHashMap<>();
        for (Byline b : wanted) {
            Byline checked;
            if (b.isAccount()) {
                checked = known.containsKey(b.key()) ? known.get(b.key()) : Byline.account(b.userId(),
                        people.accountName(b.userId()).orElseThrow(
                                () -> ArticleWorkflowException.onField("bylines", "article.error.byline.unknown")));
            } else {
                String name = b.name().strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (name.codePointCount(0, name.length()) > Byline.MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
                    throw ArticleWorkflowException.onField("bylines", "article.error.byline.invalid", Byline.MAX_NAME);
                }
                checked = Byline.free(name);
            }
            unique.putIfAbsent(checked.key(), checked);
        }
        if (unique.isEmpty()) {
            throw ArticleWorkflowException.onField("bylines", "article.error.bylines.empty");
        }
        if (unique.size() > MAX_BYLINES) {
            throw ArticleWorkflowException.onField("bylines", "article.error.bylines.toomany", MAX_BYLINES);
        }
        return List.copyOf(unique.values());
    }

    private static String bylineNames(List<Byline> list) {
        return list.stream().map(Byline::name).collect(Collectors.joining(", "));
    }

    /** Each name once: the existing tag for it, or a new one; two names of one tag count once. One lookup. */
    private List<TagRef> resolveTags(List<String> names) {
        List<TagRef> refs;
        try {
            refs = tags.findOrCreateAll(names);
        } catch (IllegalArgumentException e) {
            throw ArticleWorkflowException.onField("tags", "article.error.tag.invalid", TextLimits.TAG_NAME);
        }
        if (refs.size() > MAX_TAGS) {
            throw ArticleWorkflowException.onField("tags", "article.error.tags.toomany", MAX_TAGS);
        }
        return refs;
    }

    private static List<String> names(List<TagRef> refs) {
        return refs.stream().map(TagRef::name).toList();
    }

    private static Set<Long> ids(List<TagRef> refs) {
        return refs.stream().map(TagRef::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private String uniqueSlug(String wanted, long articleId) {
        String slug = wanted;
        for (int n = 2; articles.slugTaken(slug, articleId); n++) {
            slug = Slugs.withSuffix(wanted, n);
        }
        return slug;
    }

    // A published article's old address keeps working: its slug becomes an alias that redirects.
    private void moveSlug(Article article, String oldSlug, String newSlug) {
        jdbc.update("delete from article_slug_alias where slug = ? and article_id = ?", newSlug, article.getId());
        if (article.getStatus() == ArticleStatus.PUBLISHED && !oldSlug.equals(newSlug)) {
            jdbc.update("insert into article_slug_alias (slug, article_id) values (?, ?) on conflict (slug) do nothing",
                    oldSlug, article.getId());
            audit.record("ARTICLE_SLUG_CHANGED", "article", article.getId(), oldSlug + " -> " + newSlug);
        }
    }

    private static ArticleContent contentOf(ArticleDraft d) {
        return new ArticleContent(nz(d.title()), nz(d.slug()), nz(d.lead()), nz(d.body()), d.categoryId(),
                d.tagNames(), d.commentsOpen(), d.bylines());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // WordPress's rule too: an article in the trash is restored first, then edited, so nothing in the trash changes.
    private static void refuseTrashed(Article article) {
        if (article.getStatus() == ArticleStatus.TRASHED) {
            throw new ArticleWorkflowException("article.error.trashed.edit");
        }
    }
}
