package de.newsroom.console.article;

import de.newsroom.console.base.domain.EditorOnly;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The article list: filtered, German full-text searched and paged in the database, one query per page and no
 * count. Search uses the generated, weighted {@code search_vector} (title above lead above body) and its GIN index.
 */
@Service
public class ArticleSearch {

    /**
     * The status tabs' counts in one statement: the counters per status, the signed-in account's own (its username is
     * the one parameter), its id (ME) and the next versions in review. Public for the benchmark's query plan.
     * <p>
     * "Mine" means the articles whose byline names the account, the same condition as the author filter's, so the tab's
     * count and its list agree (before, the count went by the creating account and the list by the byline). It is
     * counted from {@code article_byline_user_article_idx} alone (an index-only scan of the account's own entries,
     * one per article however often the byline names it), less its articles in the trash, found through
     * {@code article_trashed_idx}: it grows with the account's own articles and the trash, never with the table.
     * (Counted as "articles not in the trash whose byline names me", PostgreSQL scanned every article: 19 ms at
     * 100,000.)
     */
    public static final String TAB_COUNTS = """
            with me as (select id from user_display_name where lower(username) = lower(?))
            select status, sum(n) from article_status_count group by status
            union all
            select 'MINE', (select count(distinct b.article_id) from article_byline b where b.user_id = (select id from me))
                - (select count(*) from article t where t.status = 'TRASHED'
                   and exists (select 1 from article_byline b where b.article_id = t.id and b.user_id = (select id from me)))
            union all
            select 'ME', (select id from me)
            union all
            select 'NEXT', count(*) from article_next_version n join article p on p.id = n.article_id
            where n.status = 'IN_REVIEW' and p.status = 'PUBLISHED'""";

    private final JdbcTemplate jdbc;
    private final ArticlePeople people;

    ArticleSearch(JdbcTemplate jdbc, ArticlePeople people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    /**
     * The counts on the list's tabs, in one statement: per status from the counters that V90's triggers keep in step
     * with every change of the article table (a few hundred rows however many articles there are; decision 0020), the
     * editor's own through the byline index, and the next versions in review from their partial index.
     */
    @EditorOnly
    public ArticleTabCounts tabCounts() {
        Map<ArticleStatus, Long> byStatus = new EnumMap<>(ArticleStatus.class);
        long[] mine = {0};
        long[] next = {0};
        Long[] me = {null};
        // The signed-in account's id rides along (ME): one round trip, also for the "mine" filter that follows.
        jdbc.query(TAB_COUNTS, rs -> {
            String key = rs.getString(1);
            switch (key) {
                case "MINE" -> mine[0] = rs.getLong(2);
                case "NEXT" -> next[0] = rs.getLong(2);
                case "ME" -> me[0] = rs.getObject(2) == null ? null : rs.getLong(2);
                default -> byStatus.put(ArticleStatus.valueOf(key), rs.getLong(2));
            }
        }, people.currentUser().orElse(null));
        long all = byStatus.entrySet().stream().filter(e -> e.getKey() != ArticleStatus.TRASHED)
                .mapToLong(Map.Entry::getValue).sum();
        return new ArticleTabCounts(all, mine[0], me[0], Map.copyOf(byStatus), next[0]);
    }

    /**
     * One page of articles matching {@code filter}; a short page means there are no more. A single statement, so it
     * runs without a transaction of its own (one round trip, no BEGIN/COMMIT): a search is typed often.
     */
    @EditorOnly
    public List<ArticleListItem> list(ArticleFilter filter, int offset, int limit) {
        int from = Math.max(0, offset);
        int rows = Math.max(1, Math.min(limit, 500));
        boolean text = filter.hasText();
        String order = orderBy(filter, text);
        List<Object> args = new ArrayList<>();
        // The category trail ("News Archiv › Wirtschaft") is stored with each category (V61): one join, one
        // round trip per page. Author and category come from the views their features publish (decision 10). The
        // author column shows the byline, falling back to the creating account; the subquery runs for the page only.
        StringBuilder sql = new StringBuilder("""
                select a.id, a.title, a.category_id, ct.trail as category_path, a.status,
                       coalesce((select string_agg(coalesce(b.name, bu.display_name, '?'), ', ' order by b.position)
                                 from article_byline b left join user_display_name bu on bu.id = b.user_id
                                 where b.article_id = a.id), u.display_name) as display_name,
                       a.updated_at, a.published_at, a.scheduled_at, a.published_late, a.version, a.trashed_at, a.slug,
                       a.status = 'PUBLISHED' and exists (select 1 from article_next_version n
                           where n.article_id = a.id and n.status = 'IN_REVIEW') as next_in_review
                from""");
        if (filter.status() == ArticleStatus.IN_REVIEW) {
            // Each branch of the review tab is its own index-ordered top N (the rows up to the end of this page), and
            // only those are merged and ordered again: the union alone hid the index order and sorted every article
            // in review. The order ends in the id, so the merged page is the same as the page of the whole union.
            sql.append(" (");
            reviewBranches(filter, order, from + rows, sql, args);
            sql.append(") a");
            if (text) {
                sql.append(" cross join websearch_to_tsquery('german', ?) q");
                args.add(filter.text().strip());
            }
            sql.append(" join user_display_name u on u.id = a.author_id left join category_ref ct on ct.id = a.category_id");
        } else {
            sql.append(" article a join user_display_name u on u.id = a.author_id"
                    + " left join category_ref ct on ct.id = a.category_id");
            where(filter, "", sql, args);
        }
        sql.append(" order by ").append(order).append(" offset ? limit ?");
        args.add(from);
        args.add(rows);
        return jdbc.query(sql.toString(), (rs, i) -> new ArticleListItem(rs.getLong("id"), rs.getString("title"),
                rs.getString("category_path") == null ? "" : rs.getString("category_path"),
                ArticleStatus.valueOf(rs.getString("status")), rs.getString("display_name"),
                instant(rs.getTimestamp("updated_at")), instant(rs.getTimestamp("published_at")),
                instant(rs.getTimestamp("scheduled_at")), rs.getBoolean("published_late"), rs.getLong("version"),
                instant(rs.getTimestamp("trashed_at")), rs.getString("slug"), rs.getBoolean("next_in_review")),
                args.toArray());
    }

    /**
     * The list's {@code ORDER BY} over {@code a} (and the search query {@code q}). Reversed orders are the same with
     * every direction flipped, so PostgreSQL scans the index backwards. Every order ends in the id: a total order.
     */
    private static String orderBy(ArticleFilter filter, boolean text) {
        ArticleSort sort = filter.sort() == null ? ArticleSort.UPDATED : filter.sort();
        String desc = filter.reversed() ? " asc" : " desc";
        String asc = filter.reversed() ? " desc" : "";
        return switch (sort) {
            case RELEVANCE -> text ? "ts_rank(a.search_vector, q)" + desc + ", a.updated_at desc, a.id desc"
                    : "a.updated_at" + desc + ", a.id" + desc;
            case UPDATED -> "a.updated_at" + desc + ", a.id" + desc;
            // Unpublished articles stay at the end either way: oldest-published-first is what a reversed list is for.
            case PUBLISHED -> "a.published_at" + desc + " nulls last, a.id" + desc;
            case TITLE -> "a.title collate newsroom_de" + asc + ", a.id" + asc;
        };
    }

    /**
     * The number of articles matching {@code filter}, exact up to {@value ArticleHits#CAP} and "more" beyond: the
     * count stops at the cap, so it costs a page of rows, never a count over the whole table.
     */
    @EditorOnly
    public ArticleHits count(ArticleFilter filter) {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (filter.status() == ArticleStatus.IN_REVIEW) {
            // Each branch stops at the cap too: their sum passes it exactly when the union's rows do.
            reviewBranches(filter, null, ArticleHits.CAP + 1, sql, args);
        } else {
            sql.append("select 1 from article a");
            where(filter, "", sql, args);
            sql.append(" limit ").append(ArticleHits.CAP + 1);
        }
        Integer n = jdbc.queryForObject("select count(*) from (" + sql + ") t", Integer.class, args.toArray());
        int found = n == null ? 0 : n;
        return new ArticleHits(Math.min(found, ArticleHits.CAP), found > ArticleHits.CAP);
    }

    /** Accounts named in at least one article's byline (what the list's author column shows), by name. */
    @Transactional(readOnly = true)
    @EditorOnly
    public List<AuthorRef> authors() {
        return jdbc.query("""
                select u.id, u.display_name from user_display_name u
                where exists (select 1 from article_byline b where b.user_id = u.id)
                order by u.display_name collate newsroom_de""",
                (rs, i) -> new AuthorRef(rs.getLong(1), rs.getString(2)));
    }

    /**
     * The review tab's rows as {@code a.*}, each branch ordered by {@code order} (none: null) and cut at {@code limit}:
     * the articles in review and the published ones whose next version is in review, the second found through the
     * partial index on next versions in review, so no published article is tested one by one. A UNION ALL of two
     * parenthesised selects.
     */
    private static void reviewBranches(ArticleFilter filter, String order, int limit, StringBuilder sql,
                                       List<Object> args) {
        String tail = (order == null ? "" : " order by " + order) + " limit ?";
        sql.append("(select a.* from article a");
        where(filter, " and a.status = 'IN_REVIEW'", sql, args);
        sql.append(tail).append(") union all (select a.* from article a");
        args.add(limit);
        where(filter, " and a.status = 'PUBLISHED' and a.id in (select article_id from article_next_version"
                + " where status = 'IN_REVIEW')", sql, args);
        sql.append(tail).append(")");
        args.add(limit);
    }

    /**
     * Appends the joins and conditions of {@code filter} to a query over {@code article a}; {@code reviewBranch}
     * replaces the status condition inside a branch of the review tab. True when a search text takes part (its query
     * is {@code q}).
     */
    private static boolean where(ArticleFilter filter, String reviewBranch, StringBuilder sql, List<Object> args) {
        boolean text = filter.hasText();
        if (text) {
            // The search query is parsed once, as a one-row function scan. Written as an expression in the WHERE and
            // ORDER BY, it is parsed again for every matching row whenever PostgreSQL runs the prepared statement
            // with a generic plan: 115 instead of 38 ms for a term in a quarter of 100,000 articles.
            sql.append(" cross join websearch_to_tsquery('german', ?) q");
            args.add(filter.text().strip());
        }
        sql.append(" where true");
        if (filter.status() == ArticleStatus.IN_REVIEW) {
            sql.append(reviewBranch);
        } else if (filter.status() != null) {
            sql.append(" and a.status = ?");
            args.add(filter.status().name());
        } else {
            // "All" means all at work: the trash has its own tab, as in WordPress.
            sql.append(" and a.status <> 'TRASHED'");
        }
        if (filter.categoryId() != null) {
            // The chosen category and everything below it, by slug path.
            sql.append(" " + """
                    and a.category_id in (select sub.id from category_ref sel join category_ref sub
                        on sub.path = sel.path or sub.path like sel.path || '/%' where sel.id = ?)""");
            args.add(filter.categoryId());
        }
        if (filter.tagId() != null) {
            sql.append(" and exists (select 1 from article_tag t where t.article_id = a.id and t.tag_id = ?)");
            args.add(filter.tagId());
        }
        if (filter.authorId() != null) {
            // The byline, as the author column shows it (before: the creating account, so a co-author's articles
            // could not be found and a piece signed "Reuters" alone came up under its creator).
            sql.append(" and exists (select 1 from article_byline b where b.article_id = a.id and b.user_id = ?)");
            args.add(filter.authorId());
        }
        if (text) {
            sql.append(" and a.search_vector @@ q");
        }
        return text;
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

}
