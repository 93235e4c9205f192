package de.newsroom.console.article;

import de.newsroom.console.base.domain.TextLimits;
import de.newsroom.console.base.domain.Texts;
import de.newsroom.console.security.UserDirectory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code article_working_copy} table (V65), keyed by username and article (null: the user's new, never-saved
 * article). Plain SQL: one upsert per write, no entity state to track. The username becomes an account id through
 * security's {@link UserDirectory}, and the category is checked in the view category publishes: neither table is
 * ours (decision 10).
 */
@Component
class WorkingCopyStore {

    static final int MAX_TAGS = 100;
    static final int MAX_BYLINES = 50;

    private static final String COLUMNS = "base_version, saved_at, title, slug, lead, body, category_id, tags, comments_open, bylines";
    private static final String UPDATE = """
            do update set base_version = excluded.base_version, saved_at = excluded.saved_at, title = excluded.title,
                slug = excluded.slug, lead = excluded.lead, body = excluded.body, category_id = excluded.category_id,
                tags = excluded.tags, comments_open = excluded.comments_open, bylines = excluded.bylines""";
    // The category may have been deleted meanwhile: then the copy keeps no category instead of failing.
    private static final String VALUES = "?, ?, ?, ?, ?, ?, (select c.id from category_ref c where c.id = ?), ?, ?, ?";

    private final JdbcTemplate jdbc;
    private final UserDirectory users;

    WorkingCopyStore(JdbcTemplate jdbc, UserDirectory users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** Stores the draft as {@code username}'s working copy; nothing when the user or the article does not exist. */
    void put(String username, ArticleDraft d, Instant at) {
        Object[] content = {d.baseVersion(), Timestamp.from(at), fit(d.title(), TextLimits.ARTICLE_TITLE),
                fit(d.slug(), TextLimits.ARTICLE_SLUG), fit(d.lead(), TextLimits.ARTICLE_LEAD),
                fit(d.body(), TextLimits.ARTICLE_BODY), d.categoryId(), tags(d.tagNames()), d.commentsOpen(),
                bylines(d.bylines())};
        Long userId = users.idOf(username).orElse(null);
        if (userId == null) {
            return;
        }
        if (d.id() == null) {
            jdbc.update("insert into article_working_copy (user_id, article_id, " + COLUMNS + ") values (?, null, "
                    + VALUES + ") on conflict (user_id) where article_id is null " + UPDATE, prepend(userId, content));
        } else {
            jdbc.update("insert into article_working_copy (user_id, article_id, " + COLUMNS + ") select ?, a.id, "
                    + VALUES + " from article a where a.id = ? "
                    + "on conflict (user_id, article_id) where article_id is not null " + UPDATE,
                    append(prepend(userId, content), d.id()));
        }
    }

    Optional<ArticleWorkingCopy> get(String username, Long articleId) {
        Long userId = users.idOf(username).orElse(null);
        if (userId == null) {
            return Optional.empty();
        }
        String sql = "select w.* from article_working_copy w where w.user_id = ? and "
                + (articleId == null ? "w.article_id is null" : "w.article_id = ?");
        Object[] args = articleId == null ? new Object[] {userId} : new Object[] {userId, articleId};
        return jdbc.query(sql, (rs, row) -> new ArticleWorkingCopy(new ArticleDraft(
                (Long) rs.getObject("article_id"), rs.getLong("base_version"), rs.getString("title"),
                rs.getString("slug"), rs.getString("lead"), rs.getString("body"), (Long) rs.getObject("category_id"),
                splitTags(rs.getString("tags")), rs.getBoolean("comments_open"), splitBylines(rs.getString("bylines"))),
                rs.getTimestamp("saved_at").toInstant()), args).stream().findFirst();
    }

    /** Removes {@code username}'s working copy of the article (null: of the new article); true if there was one. */
    boolean delete(String username, Long articleId) {
        Long userId = users.idOf(username).orElse(null);
        if (userId == null) {
            return false;
        }
        String sql = "delete from article_working_copy where user_id = ? and "
                + (articleId == null ? "article_id is null" : "article_id = ?");
        return (articleId == null ? jdbc.update(sql, userId) : jdbc.update(sql, userId, articleId)) > 0;
    }

    // What the browser sent is kept as typed, but only what the columns can hold: a working copy must never fail to
    // store because of a pasted NUL or a text past the limit (the save itself reports those).
    static String fit(String value, int maxCodePoints) {
        if (value == null) {
            return "";
        }
        String storable = Texts.isStorable(value) ? value : clean(value);
        if (Texts.codePointLength(storable) <= maxCodePoints) {
            return storable;
        }
        return storable.substring(0, storable.offsetByCodePoints(0, maxCodePoints));
    }

    private static String clean(String value) {
        var out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            boolean bad = cp == 0 || cp == 0xFFFE || cp == 0xFFFF || (cp >= 0xD800 && cp <= 0xDFFF);
            out.appendCodePoint(bad ? 0xFFFD : cp);
        });
        return out.toString();
    }

    private static String tags(List<String> names) {
        return String.join("\n", names.stream().limit(MAX_TAGS)
                .map(n -> fit(n, TextLimits.TAG_NAME).replace('\n', ' ').replace('\r', ' ')).toList());
    }

    private static List<String> splitTags(String tags) {
        return tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\n"));
    }

    // Same lines as revisions keep; a name cannot break a line, so one line is always one author.
    private static String bylines(List<Byline> bylines) {
        if (bylines == null) {
            return null;
        }
        return String.join("\n", bylines.stream().limit(MAX_BYLINES)
                .map(b -> new Byline(b.userId(), fit(b.name(), Byline.MAX_NAME).replace('\n', ' ').replace('\r', ' ')))
                .map(Byline::stored).toList());
    }

    private static List<Byline> splitBylines(String lines) {
        if (lines == null) {
            return null;
        }
        return lines.isEmpty() ? List.of() : Arrays.stream(lines.split("\n")).map(Byline::ofStored).toList();
    }

    private static Object[] prepend(Object first, Object[] values) {
        Object[] out = new Object[values.length + 1];
        out[0] = first;
        System.arraycopy(values, 0, out, 1, values.length);
        return out;
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] out = Arrays.copyOf(values, values.length + 1);
        out[values.length] = last;
        return out;
    }
}
