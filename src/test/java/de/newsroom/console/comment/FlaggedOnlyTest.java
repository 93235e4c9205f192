package de.newsroom.console.comment;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.comment.CommentTestData.Article;
import de.newsroom.console.comment.rules.CommentFlagger;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Flagged only" means a warning: the first-comment note alone is information and does not make a comment flagged. */
@IntegrationTest
class FlaggedOnlyTest {

    @Autowired JdbcTemplate jdbc;

    Article article;

    @AfterEach
    void cleanUp() {
        if (article != null) {
            jdbc.update("delete from comment where article_id = ?", article.id());
        }
    }

    @Test
    void a_first_comment_alone_is_not_flagged_but_a_warning_beside_it_is() {
        article = CommentTestData.publishedArticle(jdbc);
        long plain = CommentTestData.comment(jdbc, article.id(), "PENDING", "Ohne", "Nichts Besonderes");
        long firstOnly = CommentTestData.comment(jdbc, article.id(), "PENDING", "Neu", "Mein erster Kommentar");
        long firstAndLinks = CommentTestData.comment(jdbc, article.id(), "PENDING", "Werber", "Kauft hier und da");
        long links = CommentTestData.comment(jdbc, article.id(), "PENDING", "Verlinker", "Zwei Links");
        jdbc.update("update comment set flags = array[?] where id = ?", CommentFlagger.FIRST_COMMENT_FLAG, firstOnly);
        jdbc.update("update comment set flags = array[?, 'links:3 Links'] where id = ?",
                CommentFlagger.FIRST_COMMENT_FLAG, firstAndLinks);
        jdbc.update("update comment set flags = array['links:2 Links'] where id = ?", links);

        var queries = new CommentQueueQueries(jdbc);
        List<Long> flagged = queries.page(new ModerationFilter(CommentStatus.PENDING, article.id(), null, null, true),
                null, 50).stream().map(QueueRow::id).toList();
        List<Long> all = queries.page(new ModerationFilter(CommentStatus.PENDING, article.id(), null, null, false),
                null, 50).stream().map(QueueRow::id).toList();

        assertThat(flagged).containsExactlyInAnyOrder(firstAndLinks, links);
        assertThat(all).containsExactlyInAnyOrder(plain, firstOnly, firstAndLinks, links);
    }
}
