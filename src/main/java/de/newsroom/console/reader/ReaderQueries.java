package de.newsroom.console.reader;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reader side's SQL. Works on the content schema directly (read only) so that it needs no other feature's code.
 * A list page is one statement: the category trail, tags, bylines and approved-comment count come from lateral
 * subqueries.
 */
@Component
class ReaderQueries {

    /** Columns shared by list rows and the single article; {@code a} is the article, {@code c} its category. */
    private static final String ARTICLE_COLUMNS = """
            a.id, a.title, a.slug, a.lead, a.published_at, a.updated_at, a.comments_open, c.path as category_path,
            case when a.lead = '' then left(a.body, 2000) end as body_start,
            crumbs.names as crumb_names, crumbs.slugs as crumb_slugs, crumbs.paths as crumb_paths,
            tags.names as tag_names, tags.keys as tag_keys, bl.names as byline_names,
            cm.approved, cm.last_approved
            """;

    private static final String ARTICLE_JOINS = """
            left join category c on c.id = a.category_id
            left join lateral (
                select array_agg(anc.name order by length(anc.path)) as names,
                       array_agg(anc.slug order by length(anc.path)) as slugs,
                       array_agg(anc.path order by length(anc.path)) as paths
                from category anc
                where anc.path = c.path or starts_with(c.path, anc.path || '/')) crumbs on true
            left join lateral (
                select array_agg(t.name order by t.name collate newsroom_de, t.id) as names,
                       array_agg(t.key order by t.name collate newsroom_de, t.id) as keys
                from article_tag x join tag t on t.id = x.tag_id
                where x.article_id = a.id) tags on true
            left join lateral (
                select array_agg(coalesce(b.name, u.display_name) order by b.position) as names
                from article_byline b left join app_user u on u.id = b.user_id
                where b.article_id = a.id and (b.name is not null or u.id is not null)) bl on true
            left join lateral (
                select count(*) as approved, max(coalesce(k.decided_at, k.created_at)) as last_approved
                from comment k
                where k.article_id = a.id and k.status = 'APPROVED') cm on true
            """;

    /** The categories of a subtree, {@code s}: the category at {@code :category} and those below it. */
    private static final String SUBTREE = """
            s.path = :category or starts_with(s.path, :category || '/')
            """;

    /** The published order of the reader's lists; {@code id} makes it total, so pages never overlap. */
    private static final String NEWEST_FIRST = "published_at desc nulls last, %1$s.id desc";

    private final NamedParameterJdbcTemplate jdbc;

    ReaderQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A row as read; teasers and body HTML are made by the service. */
    record ArticleRow(long id, String title, String slug, String lead, String bodyStart, Instant publishedAt,
                      Instant updatedAt, boolean commentsOpen, String categoryPath, List<CategoryRef> trail,
                      List<ReaderTag> tags, long approvedComments, Instant lastApproved, List<String> bylines) {
    }

    /**
     * A page of published articles, newest first: all of them (from {@code article_published_reader_idx}, V93), or a
     * category's and its descendants', optionally with a tag. One statement.
     * <p>
     * A category's page reads each category of the subtree on its own from {@code article_category_reader_idx}
     * (V94), which holds that category's published articles in list order: at most {@code offset + limit} rows
     * each, merged and cut to the page. A filter on the whole order index instead walked past every other
     * category's articles (or sorted the subtree): 50-110 ms for a small category beside a big one at 100,000
     * articles. See docs/features/reader.md, "Performance notes".
     */
    List<ArticleRow> publishedPage(String categoryPath, String tagKey, int limit, long offset) {
        var params = new MapSqlParameterSource().addValue("limit", limit).addValue("offset", offset);
        if (tagKey != null) {
            params.addValue("tag", tagKey);
        }
        String tagFilter = tagKey == null ? "" : """
                 and exists (select 1 from article_tag f
                             where f.article_id = %s.id
                               and f.tag_id in (select id from tag where key = :tag
                                                union select tag_id from tag_alias where key = :tag))
                """;
        String pageIds;
        if (categoryPath == null) {
            pageIds = "select x.id from article x where x.status = 'PUBLISHED'" + tagFilter.formatted("x")
                    + " order by x." + NEWEST_FIRST.formatted("x");
        } else {
            params.addValue("category", categoryPath).addValue("perCategory", offset + limit);
            pageIds = newestInSubtree("x.status = 'PUBLISHED'" + tagFilter.formatted("x"), ":perCategory");
        }
        // The page's ids first, the columns and lateral subqueries for those rows only: joined before the OFFSET,
        // they ran for every skipped row too (about 1 s for a page 10,000 deep at 100,000 articles).
        String sql = "select " + ARTICLE_COLUMNS + " from (" + pageIds + " limit :limit offset :offset) page"
                + " join article a on a.id = page.id " + ARTICLE_JOINS + " order by a." + NEWEST_FIRST.formatted("a");
        return jdbc.query(sql, params, (rs, n) -> articleRow(rs));
    }

    /**
     * The ids of the newest published articles of the subtree at {@code :category} (without its limit): each
     * category's own newest {@code perCategory} rows matching {@code condition} on {@code x}, read in order from
     * {@code article_category_reader_idx}, merged newest first.
     */
    private static String newestInSubtree(String condition, String perCategory) {
        return "select p.id from category s cross join lateral (select x.id, x.published_at from article x"
                + " where x.category_id = s.id and " + condition
                + " order by x." + NEWEST_FIRST.formatted("x") + " limit " + perCategory + ") p"
                + " where " + SUBTREE + " order by p." + NEWEST_FIRST.formatted("p");
    }

    /** A published article's row, its full Markdown body and its corrections, oldest first. */
    record DetailRow(ArticleRow row, String body, Long featuredImageId, List<Correction> corrections) {
    }

    // Still one statement per article page: the corrections come as two parallel arrays from a lateral subquery.
    Optional<DetailRow> publishedBySlug(String slug) {
        return jdbc.query("select " + ARTICLE_COLUMNS + """
                        , a.body, a.featured_image_id, fix.dates as correction_dates, fix.notes as correction_notes
                        from article a
                        """ + ARTICLE_JOINS + """
                        left join lateral (
                            select array_agg(k.corrected_at order by k.corrected_at, k.id) as dates,
                                   array_agg(k.note order by k.corrected_at, k.id) as notes
                            from article_correction k where k.article_id = a.id) fix on true
                        where a.slug = :slug and a.status = 'PUBLISHED'""",
                new MapSqlParameterSource("slug", slug), (rs, n) -> new DetailRow(articleRow(rs), rs.getString("body"),
                        rs.getObject("featured_image_id", Long.class), corrections(rs)))
                .stream().findFirst();
    }

    private static List<Correction> corrections(ResultSet rs) throws SQLException {
        Array dates = rs.getArray("correction_dates");
        if (dates == null) {
            return List.of();
        }
        Object[] at = (Object[]) dates.getArray();
        List<String> notes = strings(rs.getArray("correction_notes"));
        List<Correction> out = new ArrayList<>(at.length);
        for (int i = 0; i < at.length; i++) {
            Instant date = at[i] instanceof Timestamp ts ? ts.toInstant()
                    : ((java.time.OffsetDateTime) at[i]).toInstant();
            out.add(new Correction(date, notes.get(i)));
        }
        return List.copyOf(out);
    }

    /** The current slug of a published article that used to be reachable under {@code oldSlug}. */
    Optional<String> currentSlugForAlias(String oldSlug) {
        return jdbc.queryForList("""
                        select a.slug from article_slug_alias s join article a on a.id = s.article_id
                        where s.slug = :slug and a.status = 'PUBLISHED'
                        """, new MapSqlParameterSource("slug", oldSlug), String.class).stream().findFirst();
    }

    /**
     * Whether the slug (current or old) belongs to an article that was published once and now lies in the trash:
     * links to it in the wild get "gone". A trashed article that never went out stays "not found".
     */
    boolean trashedAfterPublishing(String slug) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from article a where a.slug = :slug
                                   and a.status = 'TRASHED' and a.published_at is not null)
                    or exists (select 1 from article_slug_alias s join article a on a.id = s.article_id
                               where s.slug = :slug and a.status = 'TRASHED' and a.published_at is not null)
                """, new MapSqlParameterSource("slug", slug), Boolean.class));
    }

    /** Up to {@code limit} other published articles of the category and its descendants, newest first. */
    List<ArticleRow> latestInSubtree(String categoryPath, long excludeId, int limit) {
        var params = new MapSqlParameterSource().addValue("category", categoryPath).addValue("exclude", excludeId)
                .addValue("limit", limit);
        return jdbc.query("""
                select a.id, a.title, a.slug, a.lead, a.published_at, a.updated_at,
                       case when a.lead = '' then left(a.body, 2000) end as body_start
                from (""" + newestInSubtree("x.status = 'PUBLISHED' and x.id <> :exclude", ":limit")
                        + " limit :limit) page join article a on a.id = page.id order by a."
                        + NEWEST_FIRST.formatted("a"), params,
                (rs, n) -> new ArticleRow(rs.getLong("id"), rs.getString("title"), rs.getString("slug"),
                        rs.getString("lead"), rs.getString("body_start"), instant(rs, "published_at"),
                        instant(rs, "updated_at"), false, null, List.of(), List.of(), 0, null, List.of()));
    }

    /** Approved comments of an article, oldest first, at most {@code limit}; no e-mail, no client hash. */
    List<ReaderComment> approvedComments(long articleId, int limit) {
        return jdbc.query("""
                        select id, parent_id, author_name, body, created_at, edited_by_newsroom, from_newsroom
                        from comment
                        where article_id = :id and status = 'APPROVED'
                        order by created_at, id limit :limit
                        """, new MapSqlParameterSource().addValue("id", articleId).addValue("limit", limit),
                (rs, n) -> new ReaderComment(rs.getLong("id"), (Long) rs.getObject("parent_id", Long.class),
                        rs.getString("author_name"), rs.getString("body"), instant(rs, "created_at"),
                        rs.getBoolean("edited_by_newsroom"), rs.getBoolean("from_newsroom")));
    }

    /** A category with the number of published articles filed directly under it. */
    record CategoryRow(long id, Long parentId, String name, String slug, String path, long ownCount) {
    }

    List<CategoryRow> categoriesWithOwnCounts() {
        return jdbc.query("""
                select c.id, c.parent_id, c.name, c.slug, c.path, coalesce(n.cnt, 0) as cnt
                from category c
                left join (select category_id, count(*) as cnt from article
                           where status = 'PUBLISHED' group by category_id) n on n.category_id = c.id
                order by c.position, c.name collate newsroom_de, c.id
                """, (rs, n) -> new CategoryRow(rs.getLong("id"), rs.getObject("parent_id", Long.class),
                rs.getString("name"), rs.getString("slug"), rs.getString("path"), rs.getLong("cnt")));
    }

    /** A category of the top two levels, for the home page's sections; {@code changedAt} is the newest of them. */
    record SectionRow(long id, Long parentId, String name, String slug, String path, Instant changedAt) {
    }

    /**
     * The root categories and their children, in the tree's order (position, then German name), with the newest
     * change among them. The category table is small; no counts, so no pass over the articles.
     */
    List<SectionRow> topCategories() {
        return jdbc.query("""
                select c.id, c.parent_id, c.name, c.slug, c.path, max(c.updated_at) over () as changed_at
                from category c
                where c.parent_id is null or c.parent_id in (select r.id from category r where r.parent_id is null)
                order by c.position, c.name collate newsroom_de, c.id
                """, (rs, n) -> new SectionRow(rs.getLong("id"), rs.getObject("parent_id", Long.class),
                rs.getString("name"), rs.getString("slug"), rs.getString("path"), instant(rs, "changed_at")));
    }

    /** A category's trail from the root down ({@code categoryPath} last), with the category tree's change time. */
    record TrailRow(String name, String slug, String path, Instant changedAt) {
    }

    /**
     * The categories whose path is {@code categoryPath} or one of its ancestors', root first, each with
     * {@link #categoriesChangedAt()}: one statement on the small category table and three index maxima, without
     * counting anybody's articles.
     */
    List<TrailRow> trail(String categoryPath) {
        return jdbc.query("""
                select c.name, c.slug, c.path, (""" + CHANGED_AT + """
                ) as changed_at
                from category c
                where c.path = :path or starts_with(:path, c.path || '/')
                order by length(c.path)
                """, new MapSqlParameterSource("path", categoryPath), (rs, n) -> new TrailRow(rs.getString("name"),
                rs.getString("slug"), rs.getString("path"), instant(rs, "changed_at")));
    }

    /** The newest change that could alter the category tree or its counts (both maxima come from indexes). */
    Instant categoriesChangedAt() {
        return jdbc.getJdbcTemplate().queryForObject(CHANGED_AT, (rs, n) -> instant(rs, 1));
    }

    private static final String CHANGED_AT = """
            select greatest((select max(updated_at) from category),
                            (select max(updated_at) from article),
                            (select max(published_at) from article where status = 'PUBLISHED'))
            """;

    private static ArticleRow articleRow(ResultSet rs) throws SQLException {
        List<String> crumbNames = strings(rs.getArray("crumb_names"));
        List<String> crumbSlugs = strings(rs.getArray("crumb_slugs"));
        List<String> crumbPaths = strings(rs.getArray("crumb_paths"));
        List<CategoryRef> trail = new ArrayList<>(crumbNames.size());
        for (int i = 0; i < crumbNames.size(); i++) {
            trail.add(new CategoryRef(crumbNames.get(i), crumbSlugs.get(i), crumbPaths.get(i)));
        }
        List<String> tagNames = strings(rs.getArray("tag_names"));
        List<String> tagKeys = strings(rs.getArray("tag_keys"));
        List<ReaderTag> tags = new ArrayList<>(tagNames.size());
        for (int i = 0; i < tagNames.size(); i++) {
            tags.add(new ReaderTag(tagNames.get(i), tagKeys.get(i)));
        }
        return new ArticleRow(rs.getLong("id"), rs.getString("title"), rs.getString("slug"), rs.getString("lead"),
                rs.getString("body_start"), instant(rs, "published_at"), instant(rs, "updated_at"),
                rs.getBoolean("comments_open"), rs.getString("category_path"), List.copyOf(trail), List.copyOf(tags),
                rs.getLong("approved"), instant(rs, "last_approved"), strings(rs.getArray("byline_names")));
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> out = new ArrayList<>(values.length);
        for (Object v : values) {
            out.add((String) v);
        }
        return out;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
