package de.newsroom.console.comment;

import de.newsroom.console.article.ArticleDependents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reader comments an article takes with it when an admin deletes it for good from the trash: counted for the
 * confirmation, deleted in the same transaction (their audit rows stay, the audit log is append-only).
 */
@Component
class CommentsOfArticle implements ArticleDependents {

    private final JdbcTemplate jdbc;

    CommentsOfArticle(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String labelKey() {
        return "comment.trash.dependents";
    }

    @Override
    public long count(long articleId) {
        Long n = jdbc.queryForObject("select count(*) from comment where article_id = ?", Long.class, articleId);
        return n == null ? 0 : n;
    }

    @Override
    public void deleting(long articleId) {
        jdbc.update("delete from comment where article_id = ?", articleId);
    }
}
