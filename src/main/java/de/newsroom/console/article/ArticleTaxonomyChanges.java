package de.newsroom.console.article;

import de.newsroom.console.category.CategoryDeleting;
import de.newsroom.console.tag.TagsMerging;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows changes of the taxonomy in the articles: a deleted category's articles are filed under its replacement,
 * merged tags' articles carry the survivor. Category and tag announce these changes instead of writing our tables
 * (decision 10); the listeners run synchronously in their transaction, so both commit or neither does.
 */
@Component
class ArticleTaxonomyChanges {

    private final JdbcTemplate jdbc;

    ArticleTaxonomyChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CategoryDeleting deleting) {
        jdbc.update("update article set category_id = ? where category_id = ?", deleting.targetId(),
                deleting.categoryId());
    }

    /** An article that carried several of the merged tags, or the survivor too, keeps exactly one copy. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TagsMerging merging) {
        Long[] merged = merging.mergedIds().toArray(Long[]::new);
        jdbc.update("""
                insert into article_tag (article_id, tag_id)
                select article_id, ? from article_tag where tag_id = any(?)
                on conflict do nothing""", merging.survivorId(), merged);
        jdbc.update("delete from article_tag where tag_id = any(?)", (Object) merged);
    }
}
