package de.newsroom.console.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.comment.CommentTestData.Article;
import de.newsroom.console.comment.intake.CommentIntakeService;
import de.newsroom.console.comment.intake.CommentSubmission;
import de.newsroom.console.comment.rules.BlockedAuthor;
import de.newsroom.console.comment.rules.CommentSettingsService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class CommentModerationServiceTest {

    @Autowired
    CommentModerationService moderation;

    @Autowired
    CommentIntakeService intake;

    @Autowired
    CommentSettingsService settings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationContext applicationContext;

    @BeforeEach
    void useThisContextsSecurityStrategy() {
        // Another Spring context started in this JVM (e.g. ExternalDatabaseTest) replaces the static strategy, while
        // method security here keeps using this context's strategy bean: put that one back.
        applicationContext.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifUnique(org.springframework.security.core.context.SecurityContextHolder::setContextHolderStrategy);
    }


    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void signIn(String username, String... roles) {
        var auth = UsernamePasswordAuthenticationToken.authenticated(username, null,
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
    }

    static <T> T as(String username, String role, Callable<T> work) throws Exception {
        // As in production, an admin carries every role's authority.
        if ("ADMIN".equals(role)) {
            signIn(username, "ADMIN", "EDITOR", "MODERATOR");
        } else {
            signIn(username, role);
        }
        try {
            return work.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private List<Long> pendingComments(Article article, int count) {
        return jdbc.queryForList("""
                insert into comment (article_id, author_name, body, status, client_hash, created_at)
                select ?, 'Leser ' || g, 'Kommentar Nummer ' || g, 'PENDING', 'h' || g,
                       now() - interval '10 days' + g * interval '1 millisecond'
                from generate_series(1, ?) g returning id""", Long.class, article.id(), count);
    }

    private int auditRows(long commentId) {
        return jdbc.queryForObject("select count(*) from audit_event where target_type = 'comment' "
                + "and target_id = ? and action like 'COMMENT_%'", Integer.class, String.valueOf(commentId));
    }

    @Test
    void editors_and_anonymous_callers_cannot_use_the_queue() {
        assertThatThrownBy(() -> moderation.pendingCount())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        signIn("editor", "EDITOR");
        assertThatThrownBy(() -> moderation.page(ModerationFilter.pending(), null, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void keyset_pages_walk_100000_comments_with_one_statement_each() {
        Article article = CommentTestData.publishedArticle(jdbc);
        jdbc.update("""
                insert into comment (article_id, author_name, body, status, client_hash, created_at)
                select ?, 'Leser ' || (g % 500), 'Generierter Kommentar ' || g, 'PENDING', md5(g::text),
                       timestamp '2020-01-01' + (g / 3) * interval '1 second'
                from generate_series(1, 100000) g""", article.id());
        jdbc.execute("analyze comment");
        CommentQueueQueries queries = new CommentQueueQueries(jdbc);
        ModerationFilter filter = new ModerationFilter(CommentStatus.PENDING, article.id(), null, null, false);

        QueueCursor cursor = null;
        int total = 0;
        int pages = 0;
        Set<Long> seen = new HashSet<>();
        QueueRow previous = null;
        List<Long> deepPageNanos = new ArrayList<>();
        while (true) {
            final QueueCursor after = cursor;
            long started = System.nanoTime();
            var counted = de.newsroom.console.StatementCounter.count(() -> queries.page(filter, after, 200));
            long took = System.nanoTime() - started;
            List<QueueRow> page = counted.result();
            assertThat(counted.count()).as("statements for page %d", pages).isEqualTo(1);
            if (page.isEmpty()) {
                break;
            }
            if (pages >= 250) {
                deepPageNanos.add(took);
            }
            for (QueueRow row : page) {
                assertThat(seen.add(row.id())).as("row %d seen twice", row.id()).isTrue();
                if (previous != null) {
                    assertThat(row.createdAt().isAfter(previous.createdAt())
                            || row.createdAt().equals(previous.createdAt()) && row.id() > previous.id())
                            .as("oldest first").isTrue();
                }
                assertThat(row.articleTitle()).isEqualTo(article.title());
                previous = row;
            }
            total += page.size();
            pages++;
            cursor = QueueCursor.after(page.getLast());
        }
        assertThat(total).isEqualTo(100_000);
        assertThat(pages).isEqualTo(500);
        deepPageNanos.sort(null);
        long p50Micros = deepPageNanos.get(deepPageNanos.size() / 2) / 1000;
        System.out.printf("keyset page of 200 at depth >= 50,000 rows: p50 %d µs over %d pages%n", p50Micros,
                deepPageNanos.size());
        assertThat(p50Micros).as("p50 of a deep page in µs").isLessThan(200_000);

        // The badge never counts the whole table.
        signIn("moderator", "MODERATOR");
        PendingCount count = moderation.pendingCount();
        assertThat(count.capped()).isTrue();
        assertThat(count.label()).isEqualTo("999+");
    }

    @Test
    void the_pending_badge_label_is_exact_below_1000() {
        assertThat(new PendingCount(0, false).label()).isEqualTo("0");
        assertThat(new PendingCount(999, false).label()).isEqualTo("999");
        assertThat(new PendingCount(999, true).label()).isEqualTo("999+");
    }

    @Test
    void bulk_approve_of_1000_is_one_transaction_with_1000_audit_rows() {
        Article article = CommentTestData.publishedArticle(jdbc);
        List<Long> ids = pendingComments(article, 1000);
        List<CommentVersion> seen = ids.stream().map(id -> new CommentVersion(id, 0)).toList();
        signIn("moderator", "MODERATOR");
        Integer auditBefore = jdbc.queryForObject("select count(*) from audit_event where action = 'COMMENT_APPROVED'",
                Integer.class);

        long started = System.nanoTime();
        BulkDecision approved = moderation.bulkApprove(seen);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("bulk approve of 1000 comments: %d ms%n", millis);

        assertThat(approved.decided()).hasSize(1000).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(approved.skipped()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from comment where article_id = ? and status = 'APPROVED' "
                + "and decided_by = (select id from app_user where username = 'moderator')", Integer.class,
                article.id())).isEqualTo(1000);
        Integer auditAfter = jdbc.queryForObject("select count(*) from audit_event where action = 'COMMENT_APPROVED'",
                Integer.class);
        assertThat(auditAfter - auditBefore).isEqualTo(1000);
        // All in one transaction: every row carries the same decision time.
        assertThat(jdbc.queryForObject("select count(distinct decided_at) from comment where article_id = ?",
                Integer.class, article.id())).isEqualTo(1);
        // A second run decides nothing and says why: this moderator decided them all already.
        BulkDecision again = moderation.bulkApprove(seen);
        assertThat(again.decided()).isEmpty();
        assertThat(again.skipped()).hasSize(1000).allSatisfy(s -> {
            assertThat(s.reason()).isEqualTo(BulkDecision.Reason.DECIDED);
            assertThat(s.status()).isEqualTo(CommentStatus.APPROVED);
            assertThat(s.decidedBy()).isEqualTo("Mona Moderatorin");
        });
        assertThat(auditRows(ids.getFirst())).isEqualTo(1);
        assertThatThrownBy(() -> moderation.bulkApprove(java.util.stream.LongStream.rangeClosed(1, 1001)
                .mapToObj(id -> new CommentVersion(id, 0)).toList())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bulk_decides_only_comments_still_pending_at_the_version_read_and_reports_the_others() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        List<Long> ids = pendingComments(article, 6);
        long free1 = ids.get(0);
        long free2 = ids.get(1);
        long approvedByAdmin = ids.get(2);
        long rejectedByAdmin = ids.get(3);
        long changed = ids.get(4);
        long deleted = ids.get(5);
        // What the moderator saw: everything pending at version 0. Then, before the bulk decision arrives:
        as("admin", "ADMIN", () -> {
            moderation.approve(approvedByAdmin, CommentStatus.PENDING, 0);
            moderation.reject(rejectedByAdmin, CommentStatus.PENDING, 0, RejectReason.INSULT, null);
            return null;
        });
        jdbc.update("update comment set version = version + 1 where id = ?", changed);
        jdbc.update("delete from comment where id = ?", deleted);
        String adminName = jdbc.queryForObject("select display_name from app_user where username = 'admin'",
                String.class);

        BulkDecision result = as("moderator", "MODERATOR", () -> moderation.bulkReject(
                ids.stream().map(id -> new CommentVersion(id, 0)).toList(), RejectReason.OFF_TOPIC, null));

        assertThat(result.decided()).containsExactlyInAnyOrder(free1, free2);
        assertThat(result.skipped()).extracting(BulkDecision.Skipped::id)
                .containsExactly(approvedByAdmin, rejectedByAdmin, changed, deleted);
        assertThat(result.skipped().get(0)).satisfies(s -> {
            assertThat(s.reason()).isEqualTo(BulkDecision.Reason.DECIDED);
            assertThat(s.status()).isEqualTo(CommentStatus.APPROVED);
            assertThat(s.decidedBy()).isEqualTo(adminName);
            assertThat(s.decidedAt()).isNotNull();
        });
        assertThat(result.skipped().get(1).status()).isEqualTo(CommentStatus.REJECTED);
        assertThat(result.skipped().get(2).reason()).isEqualTo(BulkDecision.Reason.CHANGED);
        assertThat(result.skipped().get(3).reason()).isEqualTo(BulkDecision.Reason.GONE);
        // Nothing skipped was touched: the admin's decisions stand, the changed comment is still pending.
        assertThat(jdbc.queryForObject("select status from comment where id = ?", String.class, approvedByAdmin))
                .isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select reject_reason from comment where id = ?", String.class,
                rejectedByAdmin)).isEqualTo("INSULT");
        assertThat(jdbc.queryForObject("select status from comment where id = ?", String.class, changed))
                .isEqualTo("PENDING");
        assertThat(auditRows(approvedByAdmin)).isEqualTo(1);
        assertThat(auditRows(changed)).isZero();
        assertThat(auditRows(free1)).isEqualTo(1);
    }

    @Test
    void all_matching_the_filter_is_capped_at_1000_and_bulk_reject_keeps_the_reason() {
        Article article = CommentTestData.publishedArticle(jdbc);
        pendingComments(article, 1200);
        signIn("moderator", "MODERATOR");
        ModerationFilter filter = new ModerationFilter(CommentStatus.PENDING, article.id(), null, null, false);
        List<CommentVersion> matching = moderation.matching(filter);
        assertThat(matching).hasSize(1000).allSatisfy(c -> assertThat(c.version()).isZero());

        BulkDecision rejected = moderation.bulkReject(matching, RejectReason.OFF_TOPIC, "Thema verfehlt");
        assertThat(rejected.decided()).hasSize(1000);
        assertThat(jdbc.queryForObject("select count(*) from comment where article_id = ? and status = 'REJECTED' "
                + "and reject_reason = 'OFF_TOPIC' and reject_note = 'Thema verfehlt'", Integer.class, article.id()))
                .isEqualTo(1000);
        assertThat(moderation.matching(filter)).hasSize(200);
    }

    @Test
    void two_hundred_two_moderator_races_end_with_exactly_one_decision_and_one_audit_event_each() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        List<Long> ids = pendingComments(article, 200);
        int conflicts = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (long id : ids) {
                CyclicBarrier start = new CyclicBarrier(2);
                Future<String> approve = pool.submit(() -> as("moderator", "MODERATOR", () -> {
                    start.await();
                    moderation.approve(id, CommentStatus.PENDING, 0);
                    return "moderator";
                }));
                Future<String> reject = pool.submit(() -> as("admin", "ADMIN", () -> {
                    start.await();
                    moderation.reject(id, CommentStatus.PENDING, 0, RejectReason.INSULT, null);
                    return "admin";
                }));
                List<String> winners = new ArrayList<>();
                List<DecisionConflictException> losers = new ArrayList<>();
                for (Future<String> f : List.of(approve, reject)) {
                    try {
                        winners.add(f.get());
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(DecisionConflictException.class);
                        losers.add((DecisionConflictException) e.getCause());
                    }
                }
                assertThat(winners).as("winners of race on %d", id).hasSize(1);
                assertThat(losers).hasSize(1);
                assertThat(losers.getFirst().decidedBy()).isEqualTo(winners.getFirst());
                assertThat(losers.getFirst().decidedAt()).isNotNull();
                conflicts += losers.size();
                assertThat(auditRows(id)).as("audit rows of %d", id).isEqualTo(1);
                String expected = winners.getFirst().equals("moderator") ? "APPROVED" : "REJECTED";
                assertThat(jdbc.queryForObject("select status from comment where id = ?", String.class, id))
                        .isEqualTo(expected);
            }
        }
        assertThat(conflicts).isEqualTo(200);
    }

    @Test
    void a_decision_on_a_stale_version_names_who_decided_and_a_reversal_is_logged() {
        Article article = CommentTestData.publishedArticle(jdbc);
        long id = pendingComments(article, 1).getFirst();
        signIn("moderator", "MODERATOR");
        moderation.reject(id, CommentStatus.PENDING, 0, RejectReason.OTHER, "Zu lang");

        assertThatThrownBy(() -> moderation.approve(id, CommentStatus.PENDING, 0))
                .isInstanceOfSatisfying(DecisionConflictException.class, e -> {
                    assertThat(e.decidedBy()).isEqualTo("moderator");
                    assertThat(e.currentStatus()).isEqualTo(CommentStatus.REJECTED);
                });
        CommentDetail detail = moderation.detail(id);
        assertThat(detail.rejectReason()).isEqualTo(RejectReason.OTHER);
        assertThat(detail.rejectNote()).isEqualTo("Zu lang");

        moderation.approve(id, CommentStatus.REJECTED, detail.version());
        assertThat(moderation.detail(id).status()).isEqualTo(CommentStatus.APPROVED);
        assertThat(auditRows(id)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select detail from audit_event where target_id = ? and action = "
                + "'COMMENT_APPROVED'", String.class, String.valueOf(id))).contains("REJECTED → APPROVED (reversed)");
        assertThatThrownBy(() -> moderation.reject(id, CommentStatus.APPROVED, 2, RejectReason.OTHER, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_detail_shows_article_parent_and_author_history_and_filters_narrow_the_queue() {
        Article article = CommentTestData.publishedArticle(jdbc);
        String hash = "history-" + System.nanoTime();
        long parent = jdbc.queryForObject("""
                insert into comment (article_id, author_name, body, status, client_hash, email, created_at)
                values (?, 'Erna', 'Erster Beitrag', 'APPROVED', ?, 'erna@example.org', now() - interval '2 days')
                returning id""", Long.class, article.id(), hash);
        long spam = jdbc.queryForObject("""
                insert into comment (article_id, author_name, body, status, reject_reason, client_hash,
                                     created_at, decided_at)
                values (?, 'Erna', 'Kauft Uhren', 'SPAM', 'SPAM', 'other', now() - interval '1 day', now())
                returning id""", Long.class, article.id());
        jdbc.update("update comment set email = 'ERNA@example.org' where id = ?", spam);
        long reply = jdbc.queryForObject("""
                insert into comment (article_id, parent_id, author_name, body, status, client_hash, email, flags)
                values (?, ?, 'Erna', 'Noch ein Gedanke zum 100%_Thema', 'PENDING', ?, null,
                        '{"first-comment: test", "links:3 Links"}')
                returning id""", Long.class, article.id(), parent, hash);
        signIn("moderator", "MODERATOR");

        CommentDetail detail = moderation.detail(reply);
        assertThat(detail.articleTitle()).isEqualTo(article.title());
        assertThat(detail.articleLead()).isEqualTo("Ein kurzer Vorspann.");
        assertThat(detail.parent().body()).isEqualTo("Erster Beitrag");
        assertThat(detail.history()).extracting(CommentDetail.HistoryEntry::id).containsExactly(parent);
        assertThat(moderation.detail(parent).history()).extracting(CommentDetail.HistoryEntry::id)
                .containsExactly(reply, spam);
        assertThat(moderation.detail(spam).history().getFirst().status()).isEqualTo(CommentStatus.APPROVED);

        ModerationFilter byArticle = new ModerationFilter(CommentStatus.PENDING, article.id(), null, null, false);
        assertThat(moderation.page(byArticle, null, 50)).extracting(QueueRow::id).containsExactly(reply);
        assertThat(moderation.page(new ModerationFilter(CommentStatus.PENDING, article.id(), null, "100%_thema",
                true), null, 50)).extracting(QueueRow::id).containsExactly(reply);
        assertThat(moderation.page(new ModerationFilter(CommentStatus.PENDING, article.id(), null, "100%x",
                false), null, 50)).isEmpty();
        assertThat(moderation.page(byArticle.withStatus(CommentStatus.SPAM), null, 50)).extracting(QueueRow::id)
                .containsExactly(spam);
    }

    @Test
    void the_category_filter_includes_subcategories() {
        Long root = jdbc.queryForObject("insert into category (name, slug, path) values (?, ?, ?) returning id",
                Long.class, "Wirtschaft " + System.nanoTime(), "w" + System.nanoTime(), "w" + System.nanoTime());
        String rootPath = jdbc.queryForObject("select path from category where id = ?", String.class, root);
        Long child = jdbc.queryForObject("insert into category (parent_id, name, slug, path) values (?, 'Energie', "
                + "'energie', ?) returning id", Long.class, root, rootPath + "/energie");
        Article inChild = CommentTestData.publishedArticle(jdbc);
        Article elsewhere = CommentTestData.publishedArticle(jdbc);
        jdbc.update("update article set category_id = ? where id = ?", child, inChild.id());
        long wanted = CommentTestData.comment(jdbc, inChild.id(), "PENDING", "A", "im Unterressort");
        CommentTestData.comment(jdbc, elsewhere.id(), "PENDING", "B", "woanders");
        signIn("moderator", "MODERATOR");

        var rows = moderation.page(new ModerationFilter(CommentStatus.PENDING, null, root, null, false), null, 100);
        assertThat(rows).extracting(QueueRow::id).containsExactly(wanted);
    }

    @Test
    void intake_flags_blocked_words_links_first_comments_and_rejects_blocked_authors() {
        Article article = CommentTestData.publishedArticle(jdbc);
        String hash = "flag-" + System.nanoTime();
        var receipt = intake.submit(article.slug(), new CommentSubmission("Kritiker", "k@example.org",
                "So ein Vollidiot! Beim Einmarsch war ich. http://a.example http://b.example www.c.example", null,
                null), hash, null, Locale.ENGLISH);
        List<String> flags = jdbc.queryForList("select unnest(flags) from comment where id = ?", String.class,
                receipt.id());
        assertThat(flags).contains("blocked-word: idiot (in 'Vollidiot')",
                "links: 3 links (more than 2)", "first-comment: no earlier comment by this e-mail or client");
        assertThat(flags).noneMatch(f -> f.contains("arsch"));

        var second = intake.submit(article.slug(), new CommentSubmission("Kritiker", "K@Example.org",
                "Ganz sachlich jetzt.", null, null), "another-" + hash, null, Locale.ENGLISH);
        assertThat(jdbc.queryForList("select unnest(flags) from comment where id = ?", String.class, second.id()))
                .isEmpty();

        signIn("admin", "ADMIN");
        settings.addBlockedAuthor(BlockedAuthor.Kind.EMAIL, "troll-" + hash + "@example.org", null);
        var blocked = intake.submit(article.slug(), new CommentSubmission("Troll", "TROLL-" + hash
                + "@example.org", "Harmlos klingender Text", null, null), "troll-" + hash, null, Locale.ENGLISH);
        var row = jdbc.queryForMap("select status, reject_reason, flags::text as flags from comment where id = ?",
                blocked.id());
        assertThat(row.get("status")).isEqualTo("REJECTED");
        assertThat(row.get("reject_reason")).isEqualTo("SPAM");
        assertThat((String) row.get("flags")).contains("blocked-author");
        assertThat(blocked.status()).isEqualTo("PENDING");
    }

    @Test
    void the_pending_count_is_exact_while_below_the_cap() {
        signIn("moderator", "MODERATOR");
        int actual = jdbc.queryForObject("select count(*) from comment where status = 'PENDING'", Integer.class);
        PendingCount count = moderation.pendingCount();
        assertThat(count.capped()).isEqualTo(actual > 999);
        assertThat(count.count()).isEqualTo(Math.min(actual, 999));
    }

    @Test
    void the_detail_of_a_missing_comment_is_a_clear_error() {
        signIn("moderator", "MODERATOR");
        assertThatThrownBy(() -> moderation.detail(Long.MAX_VALUE)).isInstanceOf(java.util.NoSuchElementException.class);
        assertThat(Instant.EPOCH).isBefore(Instant.now());
    }
}
