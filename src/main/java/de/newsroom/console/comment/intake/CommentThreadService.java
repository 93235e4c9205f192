package de.newsroom.console.comment.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Approved comments of a published article for the public API, threaded by parent, oldest first. */
@Service
public class CommentThreadService {

    public static final int MAX_PAGE_SIZE = 100;
    /** The deepest page of top-level comments (from 0): OFFSET paging grows with the depth. */
    public static final int MAX_PAGE = 10_000;

    private final JdbcTemplate jdbc;
    private final CommentIntakeService intake;

    CommentThreadService(JdbcTemplate jdbc, CommentIntakeService intake) {
        this.jdbc = jdbc;
        this.intake = intake;
    }

    /**
     * Page {@code page} (from 0) of top-level comments, {@code size} each (1 to {@value #MAX_PAGE_SIZE}), with all
     * approved replies below them.
     *
     * @throws CommentRejectedException NOT_FOUND for an unknown or unpublished article, INVALID for {@code page}
     *                                   outside 0 to {@value #MAX_PAGE} or {@code size} outside 1 to
     *                                   {@value #MAX_PAGE_SIZE}
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public PublicThread thread(String slug, int page, int size) {
        // Refused, not quietly changed: a client asking for page -1 or 500 comments a page should learn it, as the
        // content API's list tells it (page and size came back changed in the answer, easy to miss).
        Map<String, CommentRejectedException.Problem> refused = new LinkedHashMap<>();
        if (page < 0 || page > MAX_PAGE) {
            refused.put("page", CommentRejectedException.Problem.of("comment.api.field.range", 0, MAX_PAGE));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            refused.put("size", CommentRejectedException.Problem.of("comment.api.field.range", 1, MAX_PAGE_SIZE));
        }
        if (!refused.isEmpty()) {
            throw new CommentRejectedException(CommentRejectedException.Kind.INVALID, "comment.api.paging", refused);
        }
        long articleId = intake.publishedArticle(slug).orElseThrow(CommentIntakeService::notFound);
        int safeSize = size;
        int safePage = page;
        // One statement: the page of approved roots plus every approved descendant reachable through approved parents.
        List<Row> rows = jdbc.query("""
                with recursive roots as (
                    select id, parent_id, author_name, body, created_at, edited_by_newsroom, from_newsroom, 0 as depth
                    from comment
                    where article_id = ? and status = 'APPROVED' and parent_id is null
                    order by created_at, id
                    limit ? offset ?
                ), tree as (
                    select * from roots
                    union all
                    select c.id, c.parent_id, c.author_name, c.body, c.created_at, c.edited_by_newsroom,
                           c.from_newsroom, t.depth + 1
                    from comment c join tree t on c.parent_id = t.id
                    where c.status = 'APPROVED' and c.article_id = ? and t.depth < 50
                )
                select id, parent_id, author_name, body, created_at, edited_by_newsroom, from_newsroom, depth
                from tree
                order by depth, created_at, id""",
                (rs, i) -> new Row(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getBoolean(6), rs.getBoolean(7), rs.getInt(8)),
                articleId, safeSize + 1, (long) safePage * safeSize, articleId);
        List<Row> roots = rows.stream().filter(r -> r.depth == 0).toList();
        boolean hasMore = roots.size() > safeSize;
        Map<Long, List<Row>> children = new HashMap<>();
        for (Row row : rows) {
            if (row.depth > 0) {
                children.computeIfAbsent(row.parentId, k -> new ArrayList<>()).add(row);
            }
        }
        List<PublicComment> comments = roots.stream().limit(safeSize).map(r -> build(r, children)).toList();
        return new PublicThread(safePage, safeSize, hasMore, comments);
    }

    private static PublicComment build(Row row, Map<Long, List<Row>> children) {
        List<PublicComment> replies = children.getOrDefault(row.id, List.of()).stream()
                .map(c -> build(c, children)).toList();
        return new PublicComment(row.id, row.parentId, row.authorName, row.body, row.createdAt, row.edited,
                row.newsroom, replies);
    }

    private record Row(long id, Long parentId, String authorName, String body, Instant createdAt, boolean edited,
                       boolean newsroom, int depth) {
    }
}
