package de.newsroom.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.newsroom.console.KaribuTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class DashboardServiceTest extends KaribuTest {

    // Another Spring context started in the same JVM (ExternalDatabaseTest) replaces the global strategy with its
    // own bean; this context's method security still reads the strategy bean it was built with.
    @BeforeEach
    void useThisContextsSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(ctx.getBean(SecurityContextHolderStrategy.class));
    }

    @Autowired
    DashboardService dashboard;
    @Autowired
    JdbcTemplate jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private long article(String title, String status, String extraColumns, String extraValues) {
        return jdbc.queryForObject("insert into article (title, slug, author_id, status" + extraColumns + ") values (?, ?, "
                + "(select id from app_user where username = 'editor'), ?" + extraValues + ") returning id",
                Long.class, title, title.toLowerCase().replace(' ', '-') + "-" + run, status);
    }

    @Test
    void each_role_may_call_only_its_own_part() {
        login("editor", "EDITOR");
        assertThat(dashboard.editorBoard()).isNotNull();
        assertThatThrownBy(dashboard::moderatorBoard).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(dashboard::adminBoard).isInstanceOf(AccessDeniedException.class);
        login("moderator", "MODERATOR");
        assertThat(dashboard.moderatorBoard()).isNotNull();
        assertThatThrownBy(dashboard::editorBoard).isInstanceOf(AccessDeniedException.class);
        login("admin", "ADMIN");
        assertThat(dashboard.adminBoard()).isNotNull();
        assertThat(dashboard.editorBoard()).isNotNull();
        assertThat(dashboard.moderatorBoard()).isNotNull();
    }

    @Test
    void the_editor_lists_sort_schedules_and_late_items_correctly() {
        login("editor", "EDITOR");
        EditorBoard before = dashboard.editorBoard();
        // Extreme times keep these articles at the top of their lists whatever else the shared database holds.
        long olderReview = article("Review alt " + run, "IN_REVIEW", ", updated_at", ", timestamptz '1971-01-01 00:00Z'");
        long newerReview = article("Review neu " + run, "IN_REVIEW", ", updated_at", ", timestamptz '1971-01-02 00:00Z'");
        long soon = article("Bald " + run, "SCHEDULED", ", scheduled_at", ", now() + interval '1 minute'");
        long later = article("Später " + run, "SCHEDULED", ", scheduled_at", ", now() + interval '3 days'");
        long overdue = article("Überfällig " + run, "SCHEDULED", ", scheduled_at", ", timestamptz '1971-01-01 00:00Z'");
        long today = article("Heute " + run, "PUBLISHED", ", published_at", ", now() + interval '1 hour'");
        long lateToday = article("Spät " + run, "PUBLISHED", ", published_at, published_late",
                ", now() + interval '1 hour', true");

        EditorBoard board = dashboard.editorBoard();
        assertThat(board.inReview().items()).extracting(ArticleItem::id).startsWith(olderReview, newerReview);
        assertThat(board.scheduledSoon().items()).extracting(ArticleItem::id).contains(soon).doesNotContain(later, overdue);
        assertThat(board.scheduledSoon().total().value()).isEqualTo(before.scheduledSoon().total().value() + 1);
        assertThat(board.publishedToday().items()).extracting(ArticleItem::id).contains(today, lateToday);
        assertThat(board.lateSchedules().items()).extracting(ArticleItem::id).startsWith(overdue)
                .doesNotContain(today, soon);
        // The late list holds the overdue schedule and the late publication, and nothing else new.
        assertThat(board.lateSchedules().total().value()).isEqualTo(before.lateSchedules().total().value() + 2);
        assertThat(board.lateSchedules().items().getFirst().editorPath()).isEqualTo("articles/" + overdue);
    }

    @Test
    void pending_counts_are_capped_at_999_and_decisions_are_counted_per_moderator() {
        long articleId = article("Viel Betrieb " + run, "PUBLISHED", ", published_at", ", now()");
        try {
            jdbc.update("""
                    insert into comment (article_id, author_name, body, status, created_at, flags)
                    select ?, 'Bot', 'Kommentar ' || g, 'PENDING', now() - interval '2 hours', '{LINK}'
                    from generate_series(1, 1000) g""", articleId);
            long moderatorId = jdbc.queryForObject("select id from app_user where username = 'moderator'", Long.class);
            login("moderator", "MODERATOR");
            ModeratorBoard before = dashboard.moderatorBoard();
            jdbc.update("""
                    insert into comment (article_id, author_name, body, status, created_at, decided_at, decided_by)
                    values (?, 'Leser', 'Entschieden', 'APPROVED', now() - interval '5 minutes', now(), ?)""",
                    articleId, moderatorId);
            ModeratorBoard after = dashboard.moderatorBoard();

            assertThat(after.pending().display()).isEqualTo("999+");
            assertThat(after.flaggedPending().display()).isEqualTo("999+");
            assertThat(after.oldestPendingAge()).isGreaterThanOrEqualTo(java.time.Duration.ofHours(2));
            assertThat(after.decidedTodayByMe().value()).isEqualTo(before.decidedTodayByMe().value() + 1);
            assertThat(after.decidedTodayByPeople().value()).isGreaterThanOrEqualTo(after.decidedTodayByMe().value());
            assertThat(after.decidedTodayByPeople().value()).isEqualTo(before.decidedTodayByPeople().value() + 1);
            assertThat(after.decidedTodayAutomatically().value())
                    .isEqualTo(before.decidedTodayAutomatically().value());
            assertThat(after.activity()).hasSize(24);
            long decidedBefore = before.activity().stream().mapToLong(HourBucket::decided).sum();
            long decidedAfter = after.activity().stream().mapToLong(HourBucket::decided).sum();
            assertThat(decidedAfter).isEqualTo(decidedBefore + 1);
            long receivedAfter = after.activity().stream().mapToLong(HourBucket::received).sum();
            assertThat(receivedAfter).isGreaterThanOrEqualTo(1001);
        } finally {
            jdbc.update("delete from comment where article_id = ?", articleId);
        }
    }

    @Test
    void the_admin_part_counts_locked_accounts_failed_logins_and_empty_categories() {
        login("admin", "ADMIN");
        AdminBoard before = dashboard.adminBoard();
        jdbc.update("""
                insert into app_user (username, display_name, password_hash, locked_until)
                values (?, 'Gesperrt', 'x', now() + interval '1 hour')""", "locked-" + run);
        jdbc.update("insert into audit_event (actor, action) values (?, 'LOGIN_FAILURE')", "locked-" + run);
        jdbc.update("insert into category (name, slug, path) values (?, ?, ?)", "Leer " + run, "leer-" + run, "leer-" + run);
        long parent = jdbc.queryForObject("insert into category (name, slug, path) values (?, ?, ?) returning id",
                Long.class, "Voll " + run, "voll-" + run, "voll-" + run);
        long child = jdbc.queryForObject("insert into category (parent_id, name, slug, path) values (?, ?, ?, ?) returning id",
                Long.class, parent, "Kind " + run, "kind-" + run, "voll-" + run + "/kind-" + run);
        jdbc.update("""
                insert into article (title, slug, author_id, status, category_id)
                values ('Im Kind', ?, (select id from app_user where username = 'editor'), 'DRAFT', ?)""",
                "im-kind-" + run, child);

        AdminBoard after = dashboard.adminBoard();
        assertThat(after.lockedAccounts()).contains("locked-" + run);
        assertThat(after.lockedCount()).isEqualTo(before.lockedCount() + 1);
        assertThat(after.failedLogins24h().value()).isEqualTo(before.failedLogins24h().value() + 1);
        // Only "Leer" is new and empty: "Voll" has an article below it, "Kind" one in it.
        assertThat(after.emptyCategoryCount()).isEqualTo(before.emptyCategoryCount() + 1);
    }

    @Test
    void capped_counts_say_999_plus_beyond_the_cap() {
        assertThat(CappedCount.of(0).display()).isEqualTo("0");
        assertThat(CappedCount.of(999).display()).isEqualTo("999");
        assertThat(CappedCount.of(1000).display()).isEqualTo("999+");
        assertThat(CappedCount.of(1000).capped()).isTrue();
    }

    @Test
    void each_board_is_read_in_few_round_trips_a_list_brings_its_count_and_the_counts_go_together() {
        login("admin", "ADMIN");
        article("Runde Prüfung " + run, "IN_REVIEW", "", "");

        var editor = de.newsroom.console.StatementCounter.count(() -> dashboard.editorBoard());
        var moderator = de.newsroom.console.StatementCounter.count(() -> dashboard.moderatorBoard());
        var admin = de.newsroom.console.StatementCounter.count(() -> dashboard.adminBoard());

        // Before: 11, 8 and 5 (a statement for the user's id, one per list and one per count).
        assertThat(editor.count()).as(String.join("\n", editor.statements())).isEqualTo(5);
        assertThat(moderator.count()).as(String.join("\n", moderator.statements())).isEqualTo(2);
        assertThat(admin.count()).as(String.join("\n", admin.statements())).isEqualTo(3);
        assertThat(editor.result().inReview().total().value()).isPositive();
    }
}
