package de.newsroom.console.reader;

import de.newsroom.console.base.domain.Teasers;
import de.newsroom.console.base.domain.Texts;
import de.newsroom.console.base.markdown.Figure;
import de.newsroom.console.base.markdown.MarkdownRenderer;
import de.newsroom.console.base.markdown.MediaLinks;
import de.newsroom.console.base.web.ReaderSite;
import de.newsroom.console.media.MediaService;
import de.newsroom.console.media.PublicImage;
import de.newsroom.console.tag.TagKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published content for anonymous readers: lists, single articles, the category tree and approved comments. Only
 * fields meant for the public leave this service; e-mail addresses and client hashes are never even selected.
 */
@Service
@Transactional(readOnly = true)
public class ReaderService {

    /** Longest page a client may ask for. */
    public static final int MAX_PAGE_SIZE = 50;
    /** Deepest offset served; beyond it OFFSET paging gets slow, and the site has no reason to go there. */
    public static final long MAX_OFFSET = 10_000;
    /** Longest {@code category} path and {@code tag} a list query takes (code points): far above any real one. */
    public static final int MAX_CATEGORY_PATH = 1_000;
    public static final int MAX_TAG = 200;
    /** Length of API teasers in code points. */
    public static final int TEASER_LENGTH = 160;
    static final int LATEST_IN_CATEGORY = 10;
    static final int MAX_COMMENTS_ON_PAGE = 500;

    private final ReaderQueries queries;
    private final ReaderSite site;
    private final MediaService media;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    ReaderService(ReaderQueries queries, ReaderSite site, MediaService media) {
        this.queries = queries;
        this.site = site;
        this.media = media;
    }

    /**
     * Published articles, newest first, optionally in a category (with its descendants) and/or with a tag given by
     * name or key. {@code page} starts at 0. Throws {@link IllegalArgumentException} for out-of-range paging.
     */
    @PreAuthorize("permitAll()")
    public Timestamped<ArticlePage> articles(String categoryPath, String tag, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE || (long) page * size > MAX_OFFSET) {
            throw new IllegalArgumentException("page must be 0 or more, size 1 to " + MAX_PAGE_SIZE
                    + ", and page × size at most " + MAX_OFFSET);
        }
        // PostgreSQL refuses a NUL in a text parameter with an error, not an empty result.
        if (!Texts.isStorable(categoryPath) || !Texts.isStorable(tag)
                || Texts.codePointLength(categoryPath) > MAX_CATEGORY_PATH || Texts.codePointLength(tag) > MAX_TAG) {
            throw new IllegalArgumentException("category or tag holds characters no path or tag can have, or is too long");
        }
        String category = blankToNull(categoryPath);
        String tagKey = null;
        if (tag != null && !tag.isBlank()) {
            tagKey = TagKeys.key(tag);
            if (tagKey.isEmpty()) {
                return new Timestamped<>(new ArticlePage(page, size, false, List.of()), null);
            }
        }
        List<ReaderQueries.ArticleRow> rows = queries.publishedPage(category, tagKey, size + 1, (long) page * size);
        boolean hasMore = rows.size() > size;
        List<ReaderQueries.ArticleRow> shown = hasMore ? rows.subList(0, size) : rows;
        List<ArticleSummary> items = shown.stream().map(r -> new ArticleSummary(r.title(), r.slug(), teaserOf(r),
                r.categoryPath(), r.trail(), r.tags(), r.publishedAt(), r.approvedComments(), r.bylines())).toList();
        Instant lastModified = latest(shown.stream().flatMap(r -> Stream.of(r.updatedAt(), r.publishedAt(),
                r.lastApproved())));
        return new Timestamped<>(new ArticlePage(page, size, hasMore, items), lastModified);
    }

    /** One published article by its slug, an old slug's current one, gone (trashed), or nothing. */
    @PreAuthorize("permitAll()")
    public ArticleLookup article(String slug) {
        if (slug == null || slug.isBlank() || slug.length() > 200) {
            return new ArticleLookup.Missing();
        }
        var found = queries.publishedBySlug(slug);
        if (found.isEmpty()) {
            return queries.currentSlugForAlias(slug).<ArticleLookup>map(ArticleLookup.Moved::new)
                    .orElseGet(() -> queries.trashedAfterPublishing(slug) ? new ArticleLookup.Gone()
                            : new ArticleLookup.Missing());
        }
        ReaderQueries.ArticleRow r = found.get().row();
        List<ReaderQueries.ArticleRow> latestRows = r.categoryPath() == null ? List.of()
                : queries.latestInSubtree(r.categoryPath(), r.id(), LATEST_IN_CATEGORY);
        List<LatestArticle> latest = latestRows.stream()
                .map(l -> new LatestArticle(l.title(), l.slug(), teaserOf(l), l.publishedAt())).toList();
        List<Crumb> breadcrumb = new ArrayList<>();
        breadcrumb.add(Crumb.home(site.homeLabel()));
        r.trail().forEach(c -> breadcrumb.add(Crumb.category(c)));
        breadcrumb.add(Crumb.article(r.title(), r.slug()));
        String keywords = r.tags().stream().map(t -> t.name().toLowerCase(Locale.GERMAN))
                .collect(Collectors.joining(" "));
        String body = found.get().body();
        Map<Long, PublicImage> bodyPictures = media.published(MediaLinks.ids(body));
        Map<Long, Figure> figures = bodyPictures.values().stream()
                .collect(Collectors.toMap(PublicImage::id, PublicImage::figure));
        var details = new ArticleDetails(r.title(), r.slug(), r.lead(), markdown.toHtml(body, figures),
                r.categoryPath(), List.copyOf(breadcrumb), r.tags(), keywords, r.publishedAt(), r.updatedAt(),
                r.commentsOpen(), r.approvedComments(), latest, featuredImage(found.get().featuredImageId()),
                r.bylines(), bodyPictures.values().stream().map(BodyImage::of).toList(), found.get().corrections());
        Instant lastModified = latest(Stream.concat(Stream.of(r.updatedAt(), r.publishedAt(), r.lastApproved()),
                latestRows.stream().flatMap(l -> Stream.of(l.publishedAt(), l.updatedAt()))));
        return new ArticleLookup.Found(details, r.id(), lastModified);
    }

    private FeaturedImage featuredImage(Long imageId) {
        if (imageId == null) {
            return null;
        }
        PublicImage image = media.published(List.of(imageId)).get(imageId);
        return image == null ? null : FeaturedImage.of(image);
    }

    /** Approved comments of a published article (found through {@link #article}), oldest first. */
    @PreAuthorize("permitAll()")
    public List<ReaderComment> approvedComments(long articleId) {
        return queries.approvedComments(articleId, MAX_COMMENTS_ON_PAGE);
    }

    /** The category tree, roots first, with published article counts that include descendants. */
    @PreAuthorize("permitAll()")
    public Timestamped<List<CategoryCount>> categories() {
        List<ReaderQueries.CategoryRow> rows = queries.categoriesWithOwnCounts();
        Map<Long, List<ReaderQueries.CategoryRow>> children = new HashMap<>();
        for (var row : rows) {
            children.computeIfAbsent(row.parentId() == null ? 0L : row.parentId(), k -> new ArrayList<>()).add(row);
        }
        return new Timestamped<>(build(0L, children), queries.categoriesChangedAt());
    }

    /**
     * The root categories, each with the categories directly below it, in the tree's order, with the newest change
     * among them: the home page's section list. One statement on the category table.
     */
    @PreAuthorize("permitAll()")
    public Timestamped<List<Section>> sections() {
        List<ReaderQueries.SectionRow> rows = queries.topCategories();
        Map<Long, List<CategoryRef>> children = new HashMap<>();
        for (var row : rows) {
            if (row.parentId() != null) {
                children.computeIfAbsent(row.parentId(), k -> new ArrayList<>())
                        .add(new CategoryRef(row.name(), row.slug(), row.path()));
            }
        }
        List<Section> sections = rows.stream().filter(r -> r.parentId() == null)
                .map(r -> new Section(new CategoryRef(r.name(), r.slug(), r.path()),
                        List.copyOf(children.getOrDefault(r.id(), List.of()))))
                .toList();
        return new Timestamped<>(sections, rows.isEmpty() ? null : rows.getFirst().changedAt());
    }

    /**
     * The trail from the root down to the category with this path ({@code news-archiv/wirtschaft}), the category
     * itself last, with the tree's change time; empty when no category has the path. For the reader's category page.
     */
    @PreAuthorize("permitAll()")
    public Optional<Timestamped<List<CategoryRef>>> categoryTrail(String path) {
        if (path == null || path.isBlank() || !Texts.isStorable(path)
                || Texts.codePointLength(path) > MAX_CATEGORY_PATH) {
            return Optional.empty();
        }
        // From the category table alone; taken from categories(), every category page grouped all published
        // articles for the tree's counts.
        List<ReaderQueries.TrailRow> rows = queries.trail(path);
        if (rows.isEmpty() || !rows.getLast().path().equals(path)) {
            return Optional.empty();
        }
        List<CategoryRef> trail = rows.stream().map(r -> new CategoryRef(r.name(), r.slug(), r.path())).toList();
        return Optional.of(new Timestamped<>(trail, rows.getLast().changedAt()));
    }

    private static List<CategoryCount> build(Long parent, Map<Long, List<ReaderQueries.CategoryRow>> children) {
        List<CategoryCount> out = new ArrayList<>();
        for (var row : children.getOrDefault(parent, List.of())) {
            List<CategoryCount> kids = build(row.id(), children);
            long total = row.ownCount() + kids.stream().mapToLong(CategoryCount::publishedArticleCount).sum();
            out.add(new CategoryCount(row.name(), row.slug(), row.path(), total, kids));
        }
        return List.copyOf(out);
    }

    private String teaserOf(ReaderQueries.ArticleRow row) {
        if (row.lead() != null && !row.lead().isBlank()) {
            return Teasers.teaserFromHtmlish(row.lead().strip(), TEASER_LENGTH);
        }
        // The body start may end mid-construct; the plain text of a 2,000-character prefix still covers 160.
        String plain = markdown.toPlainText(row.bodyStart()).replace('\n', ' ');
        return Teasers.teaser(plain, TEASER_LENGTH);
    }

    private static Instant latest(Stream<Instant> instants) {
        return instants.filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
