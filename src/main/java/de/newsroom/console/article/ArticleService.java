package de.newsroom.console.article;

import de.newsroom.console.base.domain.EditorOnly;
import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.Slugs;
import de.newsroom.console.base.domain.Teasers;
import de.newsroom.console.base.domain.TextLimits;
import de.newsroom.console.base.domain.TextProblem;
import de.newsroom.console.base.domain.Texts;
import de.newsroom.console.base.markdown.MarkdownRenderer;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import de.newsroom.console.tag.TagRef;
import de.newsroom.console.tag.TagService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and publishing articles. Saves are optimistic: a save based on an older version is merged field by field
 * against the version the editor loaded, and refused with {@link ArticleConflictException} when both sides changed
 * the same field. Every save stores a revision; every status change writes an audit event in the same transaction.
 */
@Service
public class ArticleService {

    static final int TEASER_LENGTH = 160;
    static final int MAX_TAGS = 20;

    private final ArticleRepository articles;
    private final ArticleRevisions revisions;
    private final ArticlePeople people;
    private final CategoryService categories;
    private final TagService tags;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final WorkingCopyStore workingCopies;
    private final Clock clock;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    ArticleService(ArticleRepository articles, ArticleRevisions revisions, ArticlePeople people,
                   CategoryService categories, TagService tags, AuditLog audit, JdbcTemplate jdbc,
                   WorkingCopyStore workingCopies, Clock clock) {
        this.articles = articles;
        this.revisions = revisions;
        this.people = people;
        this.categories = categories;
        this.tags = tags;
        this.audit = audit;
        this.jdbc = jdbc;
        this.workingCopies = workingCopies;
        this.clock = clock;
    }

    /** One article, with everything the editor shows. */
    @Transactional(readOnly = true)
    @EditorOnly
    public Optional<ArticleDetails> find(Long id) {
        return articles.findById(id).map(this::details);
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
        Article article = articles.findForUpdate(draft.id())
                .orElseThrow(() -> new ArticleWorkflowException("article.error.notfound"));
        ArticleContent current = article.content(tagNames(article.getId()));
        ArticleContent mine = validated(draft, current);
        if (article.getVersion() != draft.baseVersion()) {
            ArticleContent base = revisions.contentAt(article.getId(), draft.baseVersion()).orElse(null);
            mine = merge(article, base, mine, current);
        }
        return store(article, current, mine, null);
    }

    /** Restores a revision's content as a new save (itself a revision); {@code expectedVersion} guards against stale views. */
    @Transactional
    @EditorOnly
    public ArticleDetails restore(Long articleId, Long revisionId, long expectedVersion) {
        Article article = lockedAt(articleId, expectedVersion);
        ArticleRevision revision = revisions.find(articleId, revisionId)
                .orElseThrow(() -> new ArticleWorkflowException("article.error.notfound"));
        ArticleContent current = article.content(tagNames(articleId));
        ArticleContent wanted = ArticleRevisions.content(revision);
        if (wanted.categoryId() != null && categories.find(wanted.categoryId()).isEmpty()) {
            wanted = new ArticleContent(wanted.title(), wanted.slug(), wanted.lead(), wanted.body(), null,
                    wanted.tags(), wanted.commentsOpen());
        }
        wanted = new ArticleContent(wanted.title(), wanted.slug(), wanted.lead(), wanted.body(), wanted.categoryId(),
                resolveTags(wanted.tags()).stream().map(TagRef::name).toList(), wanted.commentsOpen());
        ArticleDetails restored = store(article, current, wanted, revisionId);
        audit.record("ARTICLE_RESTORED", "article", articleId, "revision " + revisionId);
        return restored;
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

    /** The article's revisions, newest first, texts included. */
    @Transactional(readOnly = true)
    @EditorOnly
    public List<ArticleRevision> revisions(Long articleId) {
        return revisions.list(articleId);
    }

    /**
     * A page of the article's history, newest first, without the texts (what the editor's history list shows; a
     * diff or a restore reads the one revision it needs).
     */
    @Transactional(readOnly = true)
    @EditorOnly
    public List<ArticleRevisionSummary> history(Long articleId, int offset, int limit) {
        return revisions.summaries(articleId, Math.max(0, offset), Math.clamp(limit, 0, 500));
    }

    /** How many revisions the article has. */
    @Transactional(readOnly = true)
    @EditorOnly
    public int historySize(Long articleId) {
        return revisions.count(articleId);
    }

    /** Field-by-field line diff from a revision (old) to the article as it is now (new). */
    @Transactional(readOnly = true)
    @EditorOnly
    public List<FieldDiff> diffRevision(Long articleId, Long revisionId) {
        ArticleRevision revision = revisions.find(articleId, revisionId)
                .orElseThrow(() -> new ArticleWorkflowException("article.error.notfound"));
        Article article = articles.findById(articleId)
                .orElseThrow(() -> new ArticleWorkflowException("article.error.notfound"));
        return diff(ArticleRevisions.content(revision), article.content(tagNames(articleId)));
    }

    /** Field-by-field line diff between two drafts, e.g. the editor's text (old) and the stored version (new). */
    @EditorOnly
    public List<FieldDiff> diff(ArticleDraft older, ArticleDraft newer) {
        return diff(contentOf(older), contentOf(newer));
    }

    /** Markdown rendered to sanitised HTML, exactly as the reader page will show the body. */
    @EditorOnly
    public String bodyHtml(String markdownBody) {
        return markdown.toHtml(markdownBody);
    }

    /** The teaser derived from a lead: cut at a word boundary, ending in "…". */
    @EditorOnly
    public String teaser(String lead) {
        return Teasers.teaserFromHtmlish(lead == null ? "" : lead, TEASER_LENGTH);
    }

    // ------------------------------------------------------------------------------------------------------------

    private ArticleDetails create(ArticleDraft draft) {
        Long author = people.currentUserId()
                .orElseThrow(() -> new IllegalStateException("articles need a signed-in author"));
        ArticleContent content = validated(draft, null);
        content = withSlug(content, uniqueSlug(content.slug(), -1));
        Instant now = clock.instant();
        Article article = articles.saveAndFlush(new Article(content, tagIds(content.tags()), author, now));
        revisions.append(article.getId(), article.getVersion(), now, people.currentActor(), content,
                content.changedFrom(null), null);
        audit.record("ARTICLE_CREATED", "article", article.getId(), content.title());
        return details(article);
    }

    private ArticleDetails store(Article article, ArticleContent current, ArticleContent wanted, Long restoredFrom) {
        List<String> changed = wanted.changedFrom(current);
        if (changed.isEmpty()) {
            return details(article);
        }
        if (changed.contains("slug")) {
            wanted = withSlug(wanted, uniqueSlug(wanted.slug(), article.getId()));
            moveSlug(article, current.slug(), wanted.slug());
        }
        Instant now = clock.instant();
        article.applyContent(wanted, tagIds(wanted.tags()), people.currentUserId().orElse(null), now);
        articles.flush();
        revisions.append(article.getId(), article.getVersion(), now, people.currentActor(), wanted, changed,
                restoredFrom);
        if (article.getStatus() == ArticleStatus.PUBLISHED) {
            audit.record("ARTICLE_CORRECTED", "article", article.getId(), String.join(",", changed));
        } else {
            audit.record("ARTICLE_SAVED", "article", article.getId(), String.join(",", changed));
        }
        return details(article);
    }

    private ArticleDetails move(Long articleId, long expectedVersion, ArticleStatus target, Instant at) {
        Article article = lockedAt(articleId, expectedVersion);
        ArticleStatus from = article.getStatus();
        article.moveTo(target, people.currentUserId().orElse(null), clock.instant(), at);
        articles.flush();
        audit.record("ARTICLE_" + target.name(), "article", articleId,
                from + " -> " + target + (at == null ? "" : " at " + at));
        return details(article);
    }

    private Article lockedAt(Long articleId, long expectedVersion) {
        Article article = articles.findForUpdate(articleId)
                .orElseThrow(() -> new ArticleWorkflowException("article.error.notfound"));
        if (article.getVersion() != expectedVersion) {
            throw new ArticleConflictException(people.displayName(article.getUpdatedBy()), article.getUpdatedAt(),
                    details(article), Set.of("status"));
        }
        return article;
    }

    /** Three-way merge: a field only one side changed since {@code base} takes that side; both changed differently is a conflict. */
    private ArticleContent merge(Article article, ArticleContent base, ArticleContent mine, ArticleContent theirs) {
        ArticleContent merged = mine;
        Set<String> conflicts = new TreeSet<>();
        for (String field : ArticleContent.FIELDS) {
            Object m = norm(field, mine);
            Object t = norm(field, theirs);
            if (java.util.Objects.equals(m, t)) {
                continue;
            }
            Object b = base == null ? null : norm(field, base);
            if (base != null && java.util.Objects.equals(m, b)) {
                merged = merged.with(field, theirs);
            } else if (base == null || !java.util.Objects.equals(t, b)) {
                conflicts.add(field);
            }
        }
        if (!conflicts.isEmpty()) {
            throw new ArticleConflictException(people.displayName(article.getUpdatedBy()), article.getUpdatedAt(),
                    details(article), conflicts);
        }
        return merged;
    }

    private static Object norm(String field, ArticleContent c) {
        return c.get(field);
    }

    /** Normalises and checks the draft; a blank slug keeps {@code current}'s (or derives one from the title). */
    private ArticleContent validated(ArticleDraft d, ArticleContent current) {
        String title = checked("title", d.title(), 1, TextLimits.ARTICLE_TITLE);
        String lead = checked("lead", d.lead(), 0, TextLimits.ARTICLE_LEAD);
        String body = checkedBody(d.body());
        String slug;
        if (d.slug() == null || d.slug().isBlank()) {
            slug = current != null ? current.slug() : Slugs.slugify(title);
            if (slug.isEmpty()) {
                slug = "artikel";
            }
        } else {
            slug = Slugs.slugify(d.slug());
            if (slug.isEmpty()) {
                throw ArticleWorkflowException.onField("slug", "article.error.slug.invalid");
            }
        }
        if (d.categoryId() != null && categories.find(d.categoryId()).isEmpty()) {
            throw ArticleWorkflowException.onField("categoryId", "article.error.category.unknown");
        }
        List<TagRef> tagRefs = resolveTags(d.tagNames());
        return new ArticleContent(title, slug, lead, body, d.categoryId(), tagRefs.stream().map(TagRef::name).toList(),
                d.commentsOpen());
    }

    private List<TagRef> resolveTags(List<String> names) {
        Map<Long, TagRef> unique = new LinkedHashMap<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            try {
                TagRef ref = tags.findOrCreate(name);
                unique.putIfAbsent(ref.id(), ref);
            } catch (IllegalArgumentException e) {
                throw ArticleWorkflowException.onField("tags", "article.error.tag.invalid", TextLimits.TAG_NAME);
            }
        }
        if (unique.size() > MAX_TAGS) {
            throw ArticleWorkflowException.onField("tags", "article.error.tags.toomany", MAX_TAGS);
        }
        return new ArrayList<>(unique.values());
    }

    private static String checked(String field, String raw, int min, int max) {
        String value = Texts.normalize(raw == null ? "" : raw);
        TextProblem problem = Texts.check(value, min, max);
        switch (problem) {
            case OK -> {
                return value;
            }
            case TOO_SHORT -> throw ArticleWorkflowException.onField(field, "article.error.required." + field);
            case TOO_LONG -> throw ArticleWorkflowException.onField(field, "article.error.toolong", max);
            default -> throw ArticleWorkflowException.onField(field, "article.error.unstorable");
        }
    }

    // The body keeps its leading indentation (Markdown code blocks) and only loses trailing blank space.
    private static String checkedBody(String raw) {
        String value = raw == null ? "" : java.text.Normalizer.normalize(raw.stripTrailing(), java.text.Normalizer.Form.NFC);
        TextProblem problem = Texts.check(value, 0, TextLimits.ARTICLE_BODY);
        if (problem == TextProblem.TOO_LONG) {
            throw ArticleWorkflowException.onField("body", "article.error.toolong", TextLimits.ARTICLE_BODY);
        }
        if (problem != TextProblem.OK) {
            throw ArticleWorkflowException.onField("body", "article.error.unstorable");
        }
        return value;
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

    private static ArticleContent withSlug(ArticleContent c, String slug) {
        return new ArticleContent(c.title(), slug, c.lead(), c.body(), c.categoryId(), c.tags(), c.commentsOpen());
    }

    private Set<Long> tagIds(List<String> names) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String name : names) {
            tags.findExisting(name).ifPresent(t -> ids.add(t.id()));
        }
        return ids;
    }

    private List<TagRef> tagRefs(Long articleId) {
        return jdbc.query("""
                select t.id, t.name from article_tag at join tag_ref t on t.id = at.tag_id
                where at.article_id = ? order by t.name collate newsroom_de""",
                (rs, i) -> new TagRef(rs.getLong(1), rs.getString(2)), articleId);
    }

    private List<String> tagNames(Long articleId) {
        return tagRefs(articleId).stream().map(TagRef::name).toList();
    }

    private ArticleContent contentOf(ArticleDraft d) {
        return new ArticleContent(nz(d.title()), nz(d.slug()), nz(d.lead()), nz(d.body()), d.categoryId(),
                d.tagNames(), d.commentsOpen());
    }

    private List<FieldDiff> diff(ArticleContent older, ArticleContent newer) {
        List<FieldDiff> out = new ArrayList<>();
        out.add(new FieldDiff("title", TextDiff.lines(older.title(), newer.title())));
        out.add(new FieldDiff("slug", TextDiff.lines(older.slug(), newer.slug())));
        out.add(new FieldDiff("lead", TextDiff.lines(older.lead(), newer.lead())));
        out.add(new FieldDiff("category", TextDiff.lines(categoryPath(older.categoryId()), categoryPath(newer.categoryId()))));
        out.add(new FieldDiff("tags", TextDiff.lines(String.join("\n", new TreeSet<>(older.tags())),
                String.join("\n", new TreeSet<>(newer.tags())))));
        out.add(new FieldDiff("body", TextDiff.lines(older.body(), newer.body())));
        return out;
    }

    private String categoryPath(Long id) {
        return id == null ? "" : categories.find(id).map(CategoryNode::displayPath).orElse("");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private ArticleDetails details(Article a) {
        List<String> trail = a.getCategoryId() == null ? List.of()
                : categories.find(a.getCategoryId()).map(CategoryNode::trail).orElse(List.of());
        return new ArticleDetails(a.getId(), a.getVersion(), a.getTitle(), a.getSlug(), a.getLead(), a.getBody(),
                a.getCategoryId(), trail, tagRefs(a.getId()), people.displayName(a.getAuthorId()), a.getStatus(),
                a.isCommentsOpen(), a.getCreatedAt(), a.getUpdatedAt(),
                a.getUpdatedBy() == null ? people.displayName(a.getAuthorId()) : people.displayName(a.getUpdatedBy()),
                a.getPublishedAt(), a.getScheduledAt(), a.isPublishedLate(),
                Teasers.teaserFromHtmlish(a.getLead(), TEASER_LENGTH), a.getStatus().next());
    }
}
