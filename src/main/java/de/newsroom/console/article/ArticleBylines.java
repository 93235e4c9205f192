package de.newsroom.console.article;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads and replaces an article's bylines (table {@code article_byline}); accounts' names come from user_display_name. */
@Component
class ArticleBylines {

    private final JdbcTemplate jdbc;

    ArticleBylines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The article's bylines in order; an account deleted since shows as "?" rather than vanishing. */
    List<Byline> of(long articleId) {
        return jdbc.query("""
                select b.user_id, coalesce(b.name, u.display_name, '?') as name
                from article_byline b left join user_display_name u on u.id = b.user_id
                where b.article_id = ? order by b.position""",
                (rs, i) -> new Byline((Long) rs.getObject("user_id"), rs.getString("name")), articleId);
    }

    /** Replaces the bylines with {@code bylines}, in that order; accounts are stored by id only. */
    void replace(long articleId, List<Byline> bylines) {
        jdbc.update("delete from article_byline where article_id = ?", articleId);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < bylines.size(); i++) {
            Byline b = bylines.get(i);
            rows.add(new Object[] {articleId, i, b.userId(), b.isAccount() ? null : b.name()});
        }
        jdbc.batchUpdate("insert into article_byline (article_id, position, user_id, name) values (?, ?, ?, ?)", rows);
    }

    /** Every account that can be named in a byline, by name. */
    List<Byline> accounts() {
        return jdbc.query("select id, display_name from user_display_name order by display_name collate newsroom_de, id",
                (rs, i) -> Byline.account(rs.getLong(1), rs.getString(2)));
    }
}
