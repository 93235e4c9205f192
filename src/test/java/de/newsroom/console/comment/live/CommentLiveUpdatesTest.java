package de.newsroom.console.comment.live;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.comment.CommentModerationService;
import de.newsroom.console.comment.CommentStatus;
import de.newsroom.console.comment.CommentTestData;
import de.newsroom.console.comment.intake.CommentIntakeService;
import de.newsroom.console.comment.intake.CommentSubmission;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@RecordApplicationEvents
class CommentLiveUpdatesTest {

    @Autowired
    CommentBroadcaster broadcaster;

    @Autowired
    CommentIntakeService intake;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    NewCommentNotifier notifier;

    @Autowired
    CommentModerationService moderation;

    /** Events published on this test's thread (the intake stores a lone comment on the caller's thread). */
    @Autowired
    ApplicationEvents events;

    @Autowired
    ApplicationContext applicationContext;

    private final BlockingQueue<CommentsChanged> received = new LinkedBlockingQueue<>();
    private com.vaadin.flow.shared.Registration registration;

    @BeforeEach
    void listen() {
        registration = broadcaster.register(received::add);
    }

    @AfterEach
    void stopListening() {
        registration.remove();
    }

    private CommentsChanged next(java.util.function.Predicate<CommentsChanged> wanted) throws InterruptedException {
        return next(wanted, 10);
    }

    private CommentsChanged next(java.util.function.Predicate<CommentsChanged> wanted, int seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            CommentsChanged change = received.poll(100, TimeUnit.MILLISECONDS);
            if (change != null && wanted.test(change)) {
                return change;
            }
        }
        return null;
    }

    @Test
    void a_stored_comment_is_announced_after_commit() throws Exception {
        var article = CommentTestData.publishedArticle(jdbc);
        var receipt = intake.submit(article.slug(), new CommentSubmission("Live", null, "Frisch", null, null),
                "live-" + System.nanoTime(), null, Locale.ENGLISH);
        CommentsChanged change = next(c -> c.ids().contains(receipt.id()));
        assertThat(change).isNotNull();
        assertThat(change.kind()).isEqualTo(CommentsChanged.Kind.NEW);
    }

    @Test
    void other_instances_are_told_by_notify_once_the_comment_is_stored() throws Exception {
        var article = CommentTestData.publishedArticle(jdbc);
        try (java.sql.Connection listener = dataSource.getConnection()) {
            listener.setAutoCommit(true);
            try (var statement = listener.createStatement()) {
                statement.execute("LISTEN " + CommentChangeRelay.CHANNEL);
            }
            var receipt = intake.submit(article.slug(), new CommentSubmission("Fern", null, "Für alle Instanzen",
                    null, null), "notify-" + System.nanoTime(), null, Locale.ENGLISH);
            var pg = listener.unwrap(org.postgresql.PGConnection.class);
            List<String> payloads = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            String expected = CommentChangeRelay.INSTANCE_ID + "|NEW|";
            java.util.function.Predicate<String> carriesIt = p -> p.startsWith(expected)
                    && List.of(p.substring(expected.length()).split(",")).contains(String.valueOf(receipt.id()));
            while (System.nanoTime() < deadline && payloads.stream().noneMatch(carriesIt)) {
                var notifications = pg.getNotifications(200);
                if (notifications != null) {
                    for (var n : notifications) {
                        payloads.add(n.getParameter());
                    }
                }
            }
            assertThat(payloads).anyMatch(carriesIt);
            try (var statement = listener.createStatement()) {
                statement.execute("UNLISTEN *");
            }
        }
    }

    @Test
    void new_comments_reach_other_instances_several_per_notify() throws Exception {
        try (java.sql.Connection listener = dataSource.getConnection()) {
            listener.setAutoCommit(true);
            try (var statement = listener.createStatement()) {
                statement.execute("LISTEN " + CommentChangeRelay.CHANNEL);
            }
            java.util.Set<Long> wanted = new java.util.HashSet<>();
            for (long id = 9_000_001; id <= 9_000_250; id += 50) {
                List<Long> statement = java.util.stream.LongStream.range(id, id + 50).boxed().toList();
                notifier.stored(statement);
                wanted.addAll(statement);
            }
            notifier.flush();
            var pg = listener.unwrap(org.postgresql.PGConnection.class);
            String prefix = CommentChangeRelay.INSTANCE_ID + "|NEW|";
            List<List<Long>> batches = new java.util.ArrayList<>();
            java.util.Set<Long> seen = new java.util.HashSet<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline && !seen.containsAll(wanted)) {
                var notifications = pg.getNotifications(200);
                for (var n : notifications == null ? new org.postgresql.PGNotification[0] : notifications) {
                    if (n.getParameter().startsWith(prefix)) {
                        List<Long> ids = java.util.Arrays.stream(n.getParameter().substring(prefix.length()).split(","))
                                .map(Long::valueOf).filter(wanted::contains).toList();
                        if (!ids.isEmpty()) {
                            batches.add(ids);
                            seen.addAll(ids);
                        }
                    }
                }
            }
            assertThat(seen).containsAll(wanted);
            assertThat(batches).as("250 comments in a few notifications of at most 200 ids")
                    .hasSizeLessThanOrEqualTo(3).allSatisfy(b -> assertThat(b).hasSizeLessThanOrEqualTo(200));
            try (var statement = listener.createStatement()) {
                statement.execute("UNLISTEN *");
            }
        }
    }

    @Test
    void an_intake_stored_comment_and_a_moderation_decision_reach_open_views_the_same_way() throws Exception {
        var article = CommentTestData.publishedArticle(jdbc);
        var receipt = intake.submit(article.slug(), new CommentSubmission("Gleich", null, "Ein Weg für alle", null,
                null), "same-way-" + System.nanoTime(), null, Locale.ENGLISH);
        assertThat(next(c -> c.kind() == CommentsChanged.Kind.NEW && c.ids().contains(receipt.id()))).isNotNull();
        // This context's strategy: another context started in this JVM may have replaced the static one.
        applicationContext.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "moderator", null, List.of(new SimpleGrantedAuthority("ROLE_MODERATOR"))));
        try {
            moderation.approve(receipt.id(), CommentStatus.PENDING, 0);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(next(c -> c.kind() == CommentsChanged.Kind.DECIDED && c.ids().contains(receipt.id())))
                .isNotNull();

        // Both published the same application event, handed on by CommentsChangedHandler after the commit; neither
        // the intake nor moderation reaches the broadcaster or the notifier any other way (ArchitectureTest).
        assertThat(events.stream(CommentsChanged.class).filter(c -> c.ids().contains(receipt.id())))
                .containsExactly(new CommentsChanged(CommentsChanged.Kind.NEW, List.of(receipt.id())),
                        new CommentsChanged(CommentsChanged.Kind.DECIDED, List.of(receipt.id())));
    }

    @Test
    void nothing_is_announced_for_a_rolled_back_transaction() throws Exception {
        var article = CommentTestData.publishedArticle(jdbc);
        long[] id = new long[1];
        transactions.executeWithoutResult(status -> {
            id[0] = intake.submit(article.slug(), new CommentSubmission("Weg", null, "Zurückgerollt", null, null),
                    "rollback-" + System.nanoTime(), null, Locale.ENGLISH).id();
            status.setRollbackOnly();
        });
        assertThat(next(c -> c.ids().contains(id[0]), 3)).isNull();
    }

    @Test
    void a_notification_from_another_instance_reaches_open_views_and_our_own_echo_is_ignored() throws Exception {
        jdbc.queryForList("select pg_notify(?, ?)", CommentChangeRelay.CHANNEL, "other-instance|NEW|424242");
        CommentsChanged change = next(c -> c.ids().contains(424242L));
        assertThat(change).isEqualTo(new CommentsChanged(CommentsChanged.Kind.NEW, List.of(424242L)));

        jdbc.queryForList("select pg_notify(?, ?)", CommentChangeRelay.CHANNEL,
                CommentChangeRelay.INSTANCE_ID + "|NEW|515151");
        assertThat(next(c -> c.ids().contains(515151L), 3)).isNull();
    }
}
