package de.newsroom.console.comment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.comment.CommentModerationService;
import de.newsroom.console.comment.CommentStatus;
import de.newsroom.console.comment.ModerationFilter;
import de.newsroom.console.comment.QueueRow;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The loader behind the moderation grid answers offset requests with keyset pages and keeps a bounded number of rows,
 * however deep the grid asks. No timings: what is asserted is which rows come back, how many are held and how many
 * queries it took.
 */
@IntegrationTest
class QueueLoaderTest {

    private static final int COMMENTS = 1_230;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommentModerationService moderation;

    private List<Long> queue;
    private QueueLoader loader;

    @BeforeEach
    void aQueueOfOneArticle() {
        String slug = "loader-" + UUID.randomUUID();
        long article = jdbc.queryForObject("""
                insert into article (title, slug, lead, author_id, status, comments_open, published_at)
                values ('Lader', ?, 'Vorspann', (select id from app_user where username = 'editor'), 'PUBLISHED', true,
                        now()) returning id""", Long.class, slug);
        jdbc.update("""
                insert into comment (article_id, author_name, body, status, client_hash, created_at)
                select ?, 'Leser ' || n, 'Kommentar ' || n, 'PENDING', 'loader', now() - (? - n) * interval '1 second'
                from generate_series(1, ?) n""", article, COMMENTS, COMMENTS);
        queue = jdbc.queryForList("select id from comment where article_id = ? order by created_at, id", Long.class,
                article);
        loader = new QueueLoader(moderation);
        loader.reset(new ModerationFilter(CommentStatus.PENDING, article, null, null, false));
    }

    private List<Long> fetch(int offset, int limit) {
        return SystemAuthentication.call(() -> loader.fetch(offset, limit).map(QueueRow::id).toList());
    }

    @Test
    void scrolling_page_by_page_to_the_end_keeps_at_most_the_window_and_sends_one_query_per_page() {
        for (int offset = 0; offset < COMMENTS; offset += QueueLoader.PAGE) {
            assertThat(fetch(offset, QueueLoader.PAGE))
                    .isEqualTo(queue.subList(offset, Math.min(COMMENTS, offset + QueueLoader.PAGE)));
            assertThat(loader.loaded()).hasSizeLessThanOrEqualTo(QueueLoader.WINDOW);
        }
        assertThat(loader.queries()).isEqualTo(COMMENTS / QueueLoader.PAGE + 1);
        assertThat(fetch(COMMENTS, QueueLoader.PAGE)).as("past the end").isEmpty();
    }

    @Test
    void a_jump_deep_walks_once_then_any_known_page_is_one_query() {
        assertThat(fetch(1_100, 50)).isEqualTo(queue.subList(1_100, 1_150));
        assertThat(loader.queries()).as("1,150 rows walked in pages of 500").isEqualTo(3);
        assertThat(loader.loaded()).hasSizeLessThanOrEqualTo(QueueLoader.WINDOW);

        int before = loader.queries();
        assertThat(fetch(0, 50)).isEqualTo(queue.subList(0, 50));
        assertThat(fetch(600, 50)).isEqualTo(queue.subList(600, 650));
        assertThat(fetch(1_100, 50)).isEqualTo(queue.subList(1_100, 1_150));
        assertThat(loader.queries() - before).isEqualTo(3);
        assertThat(loader.indexOf(queue.get(1_120))).isEqualTo(1_120);
        assertThat(loader.rowAt(1_149).id()).isEqualTo(queue.get(1_149));
    }

    @Test
    void decided_rows_leave_and_the_rows_below_move_up_even_in_pages_fetched_later() {
        fetch(0, 50);
        fetch(50, 50);
        jdbc.update("update comment set status = 'APPROVED' where id in (?, ?)", queue.get(10), queue.get(60));
        loader.remove(Set.of(queue.get(10), queue.get(60)));
        List<Long> rest = queue.stream().filter(id -> !id.equals(queue.get(10)) && !id.equals(queue.get(60)))
                .toList();

        assertThat(fetch(0, 100)).isEqualTo(rest.subList(0, 100));
        assertThat(fetch(700, 50)).isEqualTo(rest.subList(700, 750));
        assertThat(fetch(100, 50)).isEqualTo(rest.subList(100, 150));
    }
}
