package de.newsroom.console.comment.intake;

import de.newsroom.console.base.db.DatabaseErrors;
import de.newsroom.console.base.db.DatabaseGuard;
import de.newsroom.console.comment.live.CommentsChanged;
import de.newsroom.console.comment.rules.CommentFlagger;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs the {@code comment_store} function (its body in the repeatable migration R__comment_store.sql) for reader comments, several comments per statement
 * when they arrive together ("group commit"). A comment that finds no store running runs its own statement at once, on
 * its own thread; comments that arrive while {@link #WRITERS} statements are running wait and go together in the next
 * one, up to {@link #MAX_BATCH}. Each comment still gets its own checks and answer (the function runs once per comment,
 * in arrival order, so a later one in the same statement sees an earlier one as a duplicate); what they share is the
 * round trip and the commit, which at 16 concurrent posters cost PostgreSQL more than the checks and insert themselves.
 * If a shared statement fails, each of its comments is stored on its own so that one bad comment fails alone; unless
 * it failed because PostgreSQL is unreachable or did not answer: then they all fail at once (each retry would wait as
 * long again), and comments still waiting fail at once while the {@link DatabaseGuard}'s breaker is open.
 *
 * <p>Stored comments are announced as {@link CommentsChanged} events: one per shared statement, published once it
 * has committed; one per comment stored in a caller's transaction, handed on only if that commits.
 */
@Component
class CommentStore {

    static final int WRITERS = 2;
    static final int MAX_BATCH = 64;
    private static final Logger log = LoggerFactory.getLogger(CommentStore.class);

    /**
     * One comment: the arguments of comment_store. {@code trustMin} (null: no automatic trust for this comment) is how
     * many approved and no rejected comments of its commenter approve it on arrival (decision 14). {@code automatic}
     * names the automation that decides the comment on arrival (null: nobody decides it yet); {@code holdFirst} keeps
     * a first comment pending that {@code status} would approve (the surge guard's stricter rules, decision 22).
     */
    record Item(String slug, String clientHash, Instant duplicateAfter, Long parentId, String authorName, String email,
                String body, String status, String rejectReason, String rejectNote, List<String> flags,
                Instant createdAt, Instant decidedAt, Integer trustMin, String automatic, boolean holdFirst) {
    }

    /**
     * What comment_store answered; {@code found} is false when no open article has the slug; {@code status} is the
     * stored comment's status (null when nothing was stored).
     */
    record Outcome(boolean found, boolean duplicate, boolean replyOk, Long id, String status) {
        static final Outcome NOT_FOUND = new Outcome(false, false, false, null, null);

        /** Whether comment_store inserted the comment (else the intake refuses it). */
        boolean stored() {
            return found && replyOk && !duplicate && id != null;
        }
    }

    /** The single-comment statement (also a batch of one). */
    static final String STORE = "select article_id, duplicate, reply_ok, comment_id, status from comment_store("
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * Several comments in one statement: one row per comment in arrival order, no row from comment_store when the
     * article was not found. Flags travel as (comment number, flag) pairs because their lists differ in length.
     * comment_store locks each (client, text) until the commit; the calls run in the order of those locks' keys,
     * so that two statements never wait for each other's locks in a cycle, and in arrival order within one key.
     */
    static final String STORE_MANY = """
            with b as (
                select * from unnest(?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[],
                                     ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[],
                                     ?::boolean[])
                    with ordinality as b(slug, client_hash, duplicate_after, parent_id, author_name, email, body,
                                         status, reject_reason, reject_note, created_at, decided_at, trust_min,
                                         automatic, hold_first, ord)
            ), f as (
                select * from unnest(?::int[], ?::text[]) with ordinality as f(item, flag, n)
            )
            select b.ord, r.article_id, r.duplicate, r.reply_ok, r.comment_id, r.status
            from (select * from b order by hashtext(b.client_hash), hashtext(b.body), b.ord) b
            left join lateral comment_store(
                    b.slug, b.client_hash, b.duplicate_after::timestamptz, b.parent_id, b.author_name, b.email, b.body,
                    b.status, b.reject_reason, b.reject_note,
                    array(select f.flag from f where f.item = b.ord order by f.n), ?,
                    b.created_at::timestamptz, b.decided_at::timestamptz, b.trust_min, b.automatic,
                    b.hold_first) r on true
            order by b.ord""";

    private final JdbcTemplate jdbc;
    private final DatabaseGuard database;
    private final ApplicationEventPublisher events;
    private final String firstCommentFlag;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final Semaphore writers = new Semaphore(WRITERS);
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition progress = lock.newCondition();

    CommentStore(JdbcTemplate jdbc, DatabaseGuard database, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.database = database;
        this.events = events;
        this.firstCommentFlag = CommentFlagger.FIRST_COMMENT_FLAG;
    }

    /**
     * Stores {@code item} (auto-committed, possibly together with others) and returns its outcome. Must not be called
     * inside a transaction that the comment belongs to: use {@link #storeNow} there.
     */
    Outcome store(Item item) {
        Pending mine = new Pending(item);
        queue.add(mine);
        boolean interrupted = false;
        while (!mine.done) {
            if (!mine.taken && writers.tryAcquire()) {
                try {
                    List<Pending> batch = drain();
                    if (!batch.isEmpty()) {
                        run(batch);
                    }
                } finally {
                    writers.release();
                    signalProgress();
                }
            } else {
                interrupted |= awaitProgress(mine);
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return mine.outcome();
    }

    /**
     * Stores {@code item} in one statement on the caller's connection (and transaction, if one is running) and
     * announces it, after that transaction's commit.
     */
    Outcome storeNow(Item item) {
        Outcome outcome = storeOne(item);
        if (outcome.stored()) {
            events.publishEvent(new CommentsChanged(CommentsChanged.Kind.NEW, List.of(outcome.id())));
        }
        return outcome;
    }

    private Outcome storeOne(Item item) {
        List<Outcome> results = jdbc.query(STORE, (rs, i) -> new Outcome(true, rs.getBoolean(2), rs.getBoolean(3),
                        rs.getObject(4, Long.class), rs.getString(5)),
                item.slug(), item.clientHash(), timestamp(item.duplicateAfter()), item.parentId(), item.authorName(),
                item.email(), item.body(), item.status(), item.rejectReason(), item.rejectNote(),
                item.flags().toArray(String[]::new), firstCommentFlag, timestamp(item.createdAt()),
                timestamp(item.decidedAt()), item.trustMin(), item.automatic(), item.holdFirst());
        return results.isEmpty() ? Outcome.NOT_FOUND : results.getFirst();
    }

    private List<Pending> drain() {
        List<Pending> batch = new ArrayList<>();
        for (Pending p = queue.poll(); p != null; p = batch.size() < MAX_BATCH ? queue.poll() : null) {
            p.taken = true;
            batch.add(p);
        }
        return batch;
    }

    private void run(List<Pending> batch) {
        List<Result> results;
        if (database.refusing()) {
            // Opened while these waited: they would only wait for the pool's timeout.
            RuntimeException refused = new DataAccessResourceFailureException(
                    "The database is not reachable (circuit breaker open)");
            results = batch.stream().map(p -> new Result(null, refused)).toList();
        } else {
            results = storeTogether(batch.stream().map(p -> p.item).toList());
        }
        announce(results);
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).complete(results.get(i).outcome(), results.get(i).failure());
        }
    }

    /** One event for the whole statement, already committed; a failure to announce fails no comment. */
    private void announce(List<Result> results) {
        List<Long> ids = results.stream().map(Result::outcome).filter(o -> o != null && o.stored())
                .map(Outcome::id).toList();
        if (ids.isEmpty()) {
            return;
        }
        try {
            events.publishEvent(new CommentsChanged(CommentsChanged.Kind.NEW, ids));
        } catch (RuntimeException e) {
            log.warn("Announcing {} stored comments failed: {}", ids.size(), e.toString());
        }
    }

    /** An outcome, or why there is none. */
    record Result(Outcome outcome, RuntimeException failure) {
    }

    /**
     * Stores {@code items} in one statement (one alone in the plain statement); if that fails, each on its own, so
     * that only the comment that cannot be stored fails.
     */
    List<Result> storeTogether(List<Item> items) {
        if (items.size() > 1) {
            try {
                return storeMany(items).stream().map(o -> new Result(o, null)).toList();
            } catch (RuntimeException e) {
                if (DatabaseErrors.isTransient(e)) {
                    return failedTogether(items, e);
                }
                log.warn("Storing {} comments together failed ({}); storing them one by one", items.size(),
                        e.toString());
            }
        }
        List<Result> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            try {
                results.add(new Result(storeOne(items.get(i)), null));
            } catch (RuntimeException e) {
                if (DatabaseErrors.isTransient(e)) {
                    results.addAll(failedTogether(items.subList(i, items.size()), e));
                    break;
                }
                results.add(new Result(null, e));
            }
        }
        return results;
    }

    /**
     * Every one of {@code items} fails with {@code e}, counted against the database once per comment before anyone
     * is woken, so that the comments waiting behind them find the breaker open instead of waiting as long again.
     */
    private List<Result> failedTogether(List<Item> items, RuntimeException e) {
        for (int i = 0; i < items.size(); i++) {
            database.recordFailure(e);
        }
        return items.stream().map(item -> new Result(null, e)).toList();
    }

    /** One statement for all {@code items}; their outcomes in the same order. */
    List<Outcome> storeMany(List<Item> items) {
        return jdbc.execute((ConnectionCallback<List<Outcome>>) connection -> {
            int n = items.size();
            List<Integer> flagItems = new ArrayList<>();
            List<String> flags = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (String flag : items.get(i).flags()) {
                    flagItems.add(i + 1);
                    flags.add(flag);
                }
            }
            try (PreparedStatement ps = connection.prepareStatement(STORE_MANY)) {
                int p = 1;
                ps.setArray(p++, texts(connection, items, Item::slug));
                ps.setArray(p++, texts(connection, items, Item::clientHash));
                ps.setArray(p++, texts(connection, items, i -> iso(i.duplicateAfter())));
                ps.setArray(p++, connection.createArrayOf("bigint", items.stream().map(Item::parentId).toArray()));
                ps.setArray(p++, texts(connection, items, Item::authorName));
                ps.setArray(p++, texts(connection, items, Item::email));
                ps.setArray(p++, texts(connection, items, Item::body));
                ps.setArray(p++, texts(connection, items, Item::status));
                ps.setArray(p++, texts(connection, items, Item::rejectReason));
                ps.setArray(p++, texts(connection, items, Item::rejectNote));
                ps.setArray(p++, texts(connection, items, i -> iso(i.createdAt())));
                ps.setArray(p++, texts(connection, items, i -> iso(i.decidedAt())));
                ps.setArray(p++, connection.createArrayOf("int4", items.stream().map(Item::trustMin).toArray()));
                ps.setArray(p++, texts(connection, items, Item::automatic));
                ps.setArray(p++, connection.createArrayOf("bool", items.stream().map(Item::holdFirst).toArray()));
                ps.setArray(p++, connection.createArrayOf("int4", flagItems.toArray()));
                ps.setArray(p++, connection.createArrayOf("text", flags.toArray()));
                ps.setString(p, firstCommentFlag);
                List<Outcome> outcomes = new ArrayList<>(n);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(2);
                        outcomes.add(rs.wasNull() ? Outcome.NOT_FOUND : new Outcome(true, rs.getBoolean(3),
                                rs.getBoolean(4), rs.getObject(5, Long.class), rs.getString(6)));
                    }
                }
                if (outcomes.size() != n) {
                    throw new IllegalStateException("comment_store answered " + outcomes.size() + " of " + n);
                }
                return outcomes;
            }
        });
    }

    private static Array texts(Connection connection, List<Item> items, java.util.function.Function<Item, String> field)
            throws SQLException {
        return connection.createArrayOf("text", items.stream().map(field).toArray());
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private void signalProgress() {
        lock.lock();
        try {
            progress.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until {@code mine} is stored, or until a writer is free while it still waits in the queue. An interrupt
     * does not end the wait (the comment is stored either way); it is reported so that the caller can restore it.
     */
    private boolean awaitProgress(Pending mine) {
        boolean interrupted = false;
        lock.lock();
        try {
            while (!mine.done && (mine.taken || writers.availablePermits() == 0)) {
                try {
                    // A bounded wait: a missed signal costs a second, not a hung request.
                    progress.awaitNanos(TimeUnit.SECONDS.toNanos(1));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            lock.unlock();
        }
        return interrupted;
    }

    private static final class Pending {
        final Item item;
        /** Drained into a statement by some writer. */
        volatile boolean taken;
        volatile boolean done;
        private Outcome outcome;
        private RuntimeException failure;

        Pending(Item item) {
            this.item = item;
        }

        void complete(Outcome outcome, RuntimeException failure) {
            this.outcome = outcome;
            this.failure = failure;
            this.done = true;
        }

        Outcome outcome() {
            if (failure != null) {
                throw failure;
            }
            return outcome;
        }
    }
}
