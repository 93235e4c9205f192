package de.newsroom.console.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.StatementCounter;
import de.newsroom.console.article.ArticleFilter;
import de.newsroom.console.article.ArticleSearch;
import de.newsroom.console.article.ArticleSort;
import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.comment.CommentModerationService;
import de.newsroom.console.comment.CommentVersion;
import de.newsroom.console.comment.ModerationFilter;
import de.newsroom.console.comment.QueueCursor;
import de.newsroom.console.comment.QueueRow;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The scale benchmark in small (2,000 articles, 10,000 comments), run with every build: not timings, but the
 * statement counts and query plans that keep the console fast at a million comments. A change that adds a query per
 * row, loses an index or turns a set-based update into a loop fails here, long before anyone runs the benchmark.
 */
@IntegrationTest
class ScaleRegressionTest {

    private static final String PREFIX = "regress";
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static volatile boolean generated;

    @Autowired
    ScaleDataGenerator generator;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommentModerationService moderation;

    @Autowired
    ArticleSearch articleSearch;

    @Autowired
    MockMvc mvc;

    @Autowired
    javax.sql.DataSource dataSource;

    @BeforeEach
    void smallNewsroom() {
        synchronized (ScaleRegressionTest.class) {
            if (!generated) {
                generator.generate(new ScaleDataGenerator.Size(2_000, 200, 10_000, 10), 11, PREFIX);
                jdbc.execute("analyze");
                generated = true;
            }
        }
    }

    @Test
    void a_queue_page_is_one_statement_on_the_queue_index_at_the_head_and_deep() {
        var head = SystemAuthentication.call(() -> StatementCounter.count(
                () -> moderation.page(ModerationFilter.pending(), null, 50)));
        assertThat(head.result()).hasSize(50);
        assertThat(head.count()).as("statements for the head page: %s", head.statements()).isEqualTo(1);
        assertThat(plan(head.statements().getFirst()))
                .contains("comment_queue_idx").doesNotContain("Seq Scan on comment");

        QueueRow last = head.result().getLast();
        long pending = jdbc.queryForObject("select count(*) from comment where status = 'PENDING'", Long.class);
        QueueCursor cursor = jdbc.queryForObject("""
                select created_at, id from comment where status = 'PENDING' order by created_at, id offset ? limit 1""",
                (rs, i) -> new QueueCursor(rs.getTimestamp(1).toInstant(), rs.getLong(2)), pending / 2);
        var deep = SystemAuthentication.call(() -> StatementCounter.count(
                () -> moderation.page(ModerationFilter.pending(), cursor, 50)));
        assertThat(deep.result()).hasSize(50).noneMatch(r -> r.id() == last.id());
        assertThat(deep.count()).as("statements for a page half-way down the queue: %s", deep.statements()).isEqualTo(1);
    }

    @Test
    void a_comments_detail_is_one_statement_on_the_commenters_indexes() {
        // Read on every A a moderator presses: the comment, the author's earlier comments (by client and by e-mail)
        // and the reader reports together, each part on its index.
        long id = jdbc.queryForObject("""
                select c.id from comment c where c.status = 'PENDING' and c.email is not null
                  and exists (select 1 from comment o where o.client_hash = c.client_hash and o.id <> c.id)
                order by c.created_at, c.id limit 1""", Long.class);
        var detail = SystemAuthentication.call(() -> StatementCounter.count(() -> moderation.detail(id)));
        assertThat(detail.result().id()).isEqualTo(id);
        assertThat(detail.result().history()).isNotEmpty().hasSizeLessThanOrEqualTo(20);
        assertThat(detail.count()).as("statements for a comment's detail: %s", detail.statements()).isEqualTo(1);
        assertThat(plan(detail.statements().getFirst()))
                .contains("comment_client_idx", "comment_email_idx").doesNotContain("Seq Scan on comment ");
    }

    @Test
    void a_reported_tab_page_is_one_statement_on_the_reported_index() {
        // A few hundred comments with open reader reports among the 10,000, as after a busy day.
        jdbc.update("""
                update comment set report_count = report_count + 2, report_reasons = '{SPAM,INSULT}'
                where id in (select id from comment where status in ('APPROVED', 'PENDING') order by id desc limit 300)
                and report_count = reports_handled""");
        jdbc.execute("analyze comment");
        var head = SystemAuthentication.call(() -> StatementCounter.count(
                () -> moderation.page(ModerationFilter.reported(), null, 50)));
        assertThat(head.result()).hasSize(50).allSatisfy(r -> assertThat(r.openReports()).isPositive());
        assertThat(head.count()).as("statements for the reported tab: %s", head.statements()).isEqualTo(1);
        assertThat(plan(head.statements().getFirst()))
                .contains("comment_reported_idx").doesNotContain("Seq Scan on comment");
        var next = SystemAuthentication.call(() -> StatementCounter.count(
                () -> moderation.page(ModerationFilter.reported(), QueueCursor.after(head.result().getLast()), 50)));
        assertThat(next.result()).hasSize(50).noneMatch(r -> head.result().contains(r));
        assertThat(next.count()).isEqualTo(1);
    }

    @Test
    void a_full_text_search_page_is_one_statement_on_the_gin_index_for_rare_and_frequent_terms() {
        String rare = jdbc.queryForObject("select split_part(split_part(body, 'Aktenzeichen ', 2), '.', 1) "
                + "from article where slug like ? || '-%' order by id desc limit 1", String.class, PREFIX);
        for (String term : List.of(rare, "Mitarbeiter")) {
            var filter = new ArticleFilter(null, null, null, null, term, ArticleSort.RELEVANCE);
            var page = SystemAuthentication.call(() -> StatementCounter.count(() -> articleSearch.list(filter, 0, 50)));
            assertThat(page.result()).as("hits for %s", term).isNotEmpty();
            assertThat(page.result()).allSatisfy(item -> assertThat(item.categoryPath()).isNotBlank());
            assertThat(page.count()).as("statements for '%s': %s", term, page.statements()).isEqualTo(1);
            // The query is parsed once (a function scan), not again per matching row in the filter and the sort key
            // as a generic plan would do with websearch_to_tsquery(...) written inline.
            assertThat(plan(page.statements().getFirst())).as("plan for '%s'", term)
                    .contains("article_search_idx").doesNotContain("Seq Scan on article")
                    .containsOnlyOnce("websearch_to_tsquery").contains("Function Scan on websearch_to_tsquery");
        }
    }

    @Test
    void the_review_tabs_page_is_one_statement_that_cuts_each_branch_of_its_union_before_merging() {
        var filter = new ArticleFilter(de.newsroom.console.article.ArticleStatus.IN_REVIEW, null, null, null, null,
                ArticleSort.UPDATED);
        var page = SystemAuthentication.call(() -> StatementCounter.count(() -> articleSearch.list(filter, 0, 50)));
        assertThat(page.count()).as("statements: %s", page.statements()).isEqualTo(1);
        // Each branch is its own top N (a Limit under the Append), so the articles in review are read in index order
        // up to the page instead of all being sorted; the merge above is cut once more.
        String plan = plan(page.statements().getFirst());
        assertThat(plan).contains("Append");
        assertThat(plan.lines().filter(l -> l.contains("Limit"))).as(plan).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void bulk_approval_takes_the_same_statements_for_a_hundred_and_for_a_thousand_comments() {
        List<CommentVersion> hundred = pendingIds(0, 100);
        List<CommentVersion> thousand = pendingIds(100, 1_000);
        var small = SystemAuthentication.call(() -> StatementCounter.count(() -> moderation.bulkApprove(hundred)));
        var large = SystemAuthentication.call(() -> StatementCounter.count(() -> moderation.bulkApprove(thousand)));
        assertThat(small.result().decided()).hasSize(100);
        assertThat(large.result().decided()).hasSize(1_000);
        assertThat(large.result().skipped()).isEmpty();
        assertThat(large.count()).as("set-based: %s", large.statements()).isEqualTo(small.count()).isLessThanOrEqualTo(5);
    }

    @Test
    void a_public_comment_post_is_one_statement_and_creates_no_session() throws Exception {
        String slug = jdbc.queryForObject("select slug from article where slug like ? || '-%' "
                + "and status = 'PUBLISHED' and comments_open order by id limit 1", String.class, PREFIX);
        postComment(slug); // may read the rules snapshot first
        var counted = StatementCounter.count(() -> {
            try {
                return postComment(slug);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(counted.result().getRequest().getSession(false)).isNull();
        assertThat(counted.result().getResponse().getHeader("Set-Cookie")).isNull();
        // The rules and commenter snapshots (blocked words and senders; commenter actions and the trust setting) are
        // read at most once per five seconds, which a slow machine may just cross.
        List<String> perComment = counted.statements().stream().filter(s -> !s.contains("comment_blocked_")
                && !s.contains("commenter_action") && !s.contains("trust_enabled")).toList();
        assertThat(perComment).as("statements of one POST").hasSize(1);
        assertThat(perComment.getFirst()).contains("comment_store(");
    }

    private MvcResult postComment(String slug) throws Exception {
        int n = CLIENTS.incrementAndGet();
        return mvc.perform(post("/api/public/articles/{slug}/comments", slug)
                        .with(r -> {
                            r.setRemoteAddr("10.77.0." + n);
                            return r;
                        })
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"authorName\":\"Regression " + n + "\",\"body\":\"Kommentar Nummer " + n + "\"}"))
                .andExpect(status().isAccepted()).andReturn();
    }

    private List<CommentVersion> pendingIds(int offset, int count) {
        // Any pending comments of the shared database serve: the check is about statements, not whose rows.
        return jdbc.query("""
                select id, version from comment where status = 'PENDING' order by created_at, id offset ? limit ?""",
                (rs, i) -> new CommentVersion(rs.getLong(1), rs.getLong(2)), offset, count);
    }

    /**
     * The generic plan of a statement as the console prepared it (its ? placeholders become $1, $2, ...), planned
     * with sequential scans discouraged: on a small table a scan may be cheapest, so the check is that an index
     * can serve the statement at all (a query rewritten past its index falls back to a scan even so).
     */
    private String plan(String sql) {
        try {
            return de.newsroom.console.GenericPlans.of(dataSource, sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
