package de.newsroom.console.article;

import de.newsroom.console.category.CategoryDeleting;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a deleted category's articles under its replacement. The category feature announces the delete instead of
 * updating our table (decision 10); this runs synchronously in its transaction, so both commit or neither does.
 */
@Component
class ArticleCategoryMoves {

    private final JdbcTemplate jdbc;

    ArticleCategoryMoves(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CategoryDeleting deleting) {
        jdbc.update("update article set category_id = ? where category_id = ?", deleting.targetId(),
                deleting.categoryId());
    }
}
