package de.newsroom.console.comment.intake;

import de.newsroom.console.base.db.DatabaseGuard;
import de.newsroom.console.base.domain.TextLimits;
import de.newsroom.console.base.domain.TextProblem;
import de.newsroom.console.base.domain.Texts;
import de.newsroom.console.base.i18n.TranslationProvider;
import de.newsroom.console.comment.AutomaticDecision;
import de.newsroom.console.comment.CommentStatus;
import de.newsroom.console.comment.RejectReason;
import de.newsroom.console.comment.intake.CommentRejectedException.Kind;
import de.newsroom.console.comment.intake.CommentRejectedException.Problem;
import de.newsroom.console.comment.commenter.CommenterActionKind;
import de.newsroom.console.comment.commenter.CommenterGate;
import de.newsroom.console.comment.rules.CommentFlagger;
import de.newsroom.console.base.domain.NewsroomZone;
import de.newsroom.console.comment.surge.SurgeGuard;
import de.newsroom.console.comment.surge.SurgeStatus;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Takes reader comments in: validates, refuses duplicates and unknown articles, flags and stores them as pending (or
 * rejected, for blocked authors). Open to anonymous callers; rate limits are the controller's job.
 *
 * <p>A comment costs one SQL statement: the article lookup, the duplicate, reply and first-comment checks and the
 * insert are one auto-committed call of the {@code comment_store} function (body in R__comment_store.sql), which
 * {@link CommentStore} runs for several comments at once when they arrive together.
 * The store announces what it stored ({@code CommentsChanged}, one event per statement), as moderation announces its
 * decisions; {@code comment.live} tells open views and other instances. The rules come from
 * {@code CommentRules}' snapshot. Only a request with an idempotency key runs in a transaction, to claim the key.
 *
 * <p>Everything after validation runs through the {@link DatabaseGuard}: refused at once while PostgreSQL is known to be
 * unreachable, with a short network timeout otherwise, so that an outage is answered with 503 within a second or two.
 */
@Service
public class CommentIntakeService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("^[\\x21-\\x7E]{1,200}$");

    private final JdbcTemplate jdbc;
    private final CommentFlagger flagger;
    private final CommentProperties properties;
    private final CommentStore store;
    private final PlatformTransactionManager transactions;
    private final TranslationProvider translations;
    private final Clock clock;
    private final DatabaseGuard database;
    private final CommenterGate commenters;
    private final NewsroomZone zone;
    private final SurgeGuard surge;

    CommentIntakeService(JdbcTemplate jdbc, CommentFlagger flagger, CommentProperties properties,
                         CommentStore store,
                         PlatformTransactionManager transactions, Clock clock, DatabaseGuard database,
                         CommenterGate commenters, NewsroomZone zone, SurgeGuard surge) {
        this.commenters = commenters;
        this.zone = zone;
        this.surge = surge;
        this.jdbc = jdbc;
        this.flagger = flagger;
        this.properties = properties;
        this.store = store;
        this.transactions = transactions;
        this.translations = new TranslationProvider();
        this.clock = clock;
        this.database = database;
    }

    /**
     * Stores {@code submission} for the article at {@code slug} as a pending comment, or replays the receipt of an
     * earlier submission with the same {@code idempotencyKey} from the same client.
     *
     * @throws CommentRejectedException for invalid input, an article that takes no comments or a duplicate body
     * @throws RuntimeException a connection failure or timeout ({@code DatabaseErrors.isTransient}) when PostgreSQL
     *                          is unreachable or hangs: nothing was stored, unless PostgreSQL committed the comment
     *                          just before it stopped answering (a retry with the same idempotency key replays it)
     */
    @PreAuthorize("permitAll()")
    public SubmissionReceipt submit(String slug, CommentSubmission submission, String clientHash,
                                    String idempotencyKey, Locale locale) {
        Clean clean = validate(submission, idempotencyKey);
        String message = translations.getTranslation(surge.current().holdsAll() ? "comment.api.accepted.surge"
                : "comment.api.accepted", locale);
        return database.call(() -> submitValid(slug, submission, clean, clientHash, idempotencyKey, message,
                locale));
    }

    private SubmissionReceipt submitValid(String slug, CommentSubmission submission, Clean clean, String clientHash,
                                          String idempotencyKey, String message, Locale locale) {
        if (submission.website() != null && !submission.website().isBlank()) {
            openArticle(slug).orElseThrow(CommentIntakeService::notFound);
            // Honeypot: answer like a success, store nothing. A sequence value keeps the id plausible.
            Long fakeId = jdbc.queryForObject("select nextval(pg_get_serial_sequence('comment', 'id'))", Long.class);
            return new SubmissionReceipt(fakeId, CommentStatus.PENDING.name(), message);
        }
        if (!isAcceptableSlug(slug)) {
            throw notFound();
        }
        // Moderators' actions on the commenter (decision 14), from a snapshot: no statement of its own.
        CommenterGate.Admission admission = commenters.admission(clean.email, clientHash);
        if (admission.refused()) {
            throw admission.action() == CommenterActionKind.BAN
                    ? new CommentRejectedException(Kind.FORBIDDEN, "comment.api.banned", Map.of())
                    : new CommentRejectedException(Kind.FORBIDDEN, "comment.api.suspended", Map.of(),
                            admission.until().atZone(zone.zoneId()));
        }
        // The surge guard's state comes from memory (SurgeGuard): no statement of its own on this path.
        SurgeStatus guard = surge.current();
        if (guard.closes(slug)) {
            throw new CommentRejectedException(Kind.PAUSED, "comment.api.paused", Map.of());
        }
        Verdict verdict = underGuard(guard,
                flagger.assess(clean.authorName, clean.email, clean.body, clientHash));
        if (idempotencyKey != null) {
            return inTransaction(() -> storeOnce(slug, clean, clientHash, verdict, admission, idempotencyKey,
                    message));
        }
        CommentStore.Outcome stored = store(slug, clean, clientHash, verdict, admission, false);
        return receipt(stored, message, locale);
    }

    /**
     * The answer to a stored comment: approved on arrival (trust) says so; anything else reads as pending, also a
     * comment of a blocked author, who must not learn of the block.
     */
    private SubmissionReceipt receipt(CommentStore.Outcome stored, String message, Locale locale) {
        if (CommentStatus.APPROVED.name().equals(stored.status())) {
            return new SubmissionReceipt(stored.id(), CommentStatus.APPROVED.name(),
                    translations.getTranslation("comment.api.published", locale));
        }
        return new SubmissionReceipt(stored.id(), CommentStatus.PENDING.name(), message);
    }

    /** Flag to add while the guard holds every new comment; the moderator's badge names it. */
    static final String SURGE_HOLD_FLAG = "surge-hold: arrived while the surge guard held new comments";
    /** The note of a flagged comment rejected under the guard's stricter rules. */
    static final String SURGE_REJECT_NOTE = "flagged while the surge guard applied stricter rules (automatic)";

    /**
     * The verdict as the guard's policy changes it: HOLD_ALL adds {@link #SURGE_HOLD_FLAG}; STRICTER_RULES rejects a
     * flagged comment ({@link Verdict#rejected()}).
     */
    private static Verdict underGuard(SurgeStatus guard, CommentFlagger.Verdict verdict) {
        if (guard.holdsAll()) {
            List<String> flags = new ArrayList<>(verdict.flags());
            flags.add(SURGE_HOLD_FLAG);
            return new Verdict(flags, verdict.blocked(), false, false);
        }
        // Only a rule's flag rejects: the first-comment flag is raised later, inside comment_store, and says nothing
        // about the text. Under stricter rules a first comment waits for a moderator even when trust would approve it.
        return new Verdict(verdict.flags(), verdict.blocked(),
                guard.stricter() && !verdict.blocked() && !verdict.flags().isEmpty(), guard.stricter());
    }

    /**
     * The flagger's verdict, whether the surge guard rejects the comment, and whether a first comment must wait for
     * review whatever trust says.
     */
    private record Verdict(List<String> flags, boolean blocked, boolean rejected, boolean holdFirst) {
    }

    /**
     * Runs {@code work} in a transaction. Unlike TransactionTemplate, a rollback that fails too (the connection is gone
     * when PostgreSQL is down) does not replace the original error or log it with a stack trace.
     */
    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        TransactionStatus status = transactions.getTransaction(TransactionDefinition.withDefaults());
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            try {
                transactions.rollback(status);
            } catch (RuntimeException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        }
        transactions.commit(status);
        return result;
    }

    /** The idempotent path, inside a transaction: claim the key, store, remember the answer; or replay it. */
    private SubmissionReceipt storeOnce(String slug, Clean clean, String clientHash, Verdict verdict,
                                        CommenterGate.Admission admission, String idempotencyKey, String message) {
        // A concurrent retry blocks on this insert until the first attempt commits, then replays its answer.
        int claimed = jdbc.update("""
                insert into comment_idempotency (idem_key, client_hash, created_at) values (?, ?, ?)
                on conflict do nothing""", idempotencyKey, clientHash, Timestamp.from(clock.instant()));
        if (claimed == 0) {
            return replay(idempotencyKey, clientHash, message);
        }
        long id = store(slug, clean, clientHash, verdict, admission, true).id();
        jdbc.update("update comment_idempotency set comment_id = ?, response_body = ? "
                + "where idem_key = ? and client_hash = ?", id, message, idempotencyKey, clientHash);
        return new SubmissionReceipt(id, CommentStatus.PENDING.name(), message);
    }

    /**
     * Stores the comment through {@link CommentStore} (inside the caller's transaction when one runs, else together
     * with comments arriving at the same time) and turns a failed check into its refusal.
     */
    private CommentStore.Outcome store(String slug, Clean clean, String clientHash, Verdict verdict,
                                       CommenterGate.Admission admission, boolean inTransaction) {
        Instant now = clock.instant();
        boolean blocked = verdict.blocked();
        boolean rejected = blocked || verdict.rejected();
        // Trust (a moderator's, or automatic in comment_store) approves only what no rule flagged; while the surge
        // guard holds every comment, its flag keeps trusted commenters in the queue too.
        boolean unflagged = !rejected && verdict.flags().isEmpty();
        boolean approve = unflagged && admission.trusted();
        String status = rejected ? CommentStatus.REJECTED.name()
                : approve ? CommentStatus.APPROVED.name() : CommentStatus.PENDING.name();
        CommentStore.Item item = new CommentStore.Item(slug, clientHash, now.minus(properties.duplicateWindow()),
                clean.parentId, clean.authorName, clean.email, clean.body, status,
                blocked ? RejectReason.SPAM.name() : rejected ? RejectReason.OTHER.name() : null,
                blocked ? "blocked author (automatic)" : rejected ? SURGE_REJECT_NOTE : null,
                verdict.flags(), now, rejected || approve ? now : null, unflagged ? admission.trustMin() : null,
                blocked ? AutomaticDecision.BLOCKED_AUTHOR.name() : rejected
                        ? AutomaticDecision.SURGE_STRICTER_RULES.name()
                        : approve ? AutomaticDecision.TRUSTED_COMMENTER.name() : null,
                verdict.holdFirst());
        // A caller's transaction (the idempotency claim, the startup seeding) must see and own the comment; the
        // group commit runs on another connection and would neither see that transaction's articles nor roll back.
        boolean ownTransaction = inTransaction || TransactionSynchronizationManager.isActualTransactionActive();
        CommentStore.Outcome result = ownTransaction ? store.storeNow(item) : store.store(item);
        if (!result.found()) {
            throw notFound();
        }
        if (!result.replyOk()) {
            throw new CommentRejectedException(Kind.INVALID, "comment.api.reply",
                    Map.of("parentId", Problem.of("comment.api.field.parentApproved")));
        }
        if (result.duplicate() || result.id() == null) {
            throw new CommentRejectedException(Kind.DUPLICATE, "comment.api.duplicate", Map.of());
        }
        return result;
    }

    private SubmissionReceipt replay(String key, String clientHash, String message) {
        return jdbc.query("select comment_id, response_body from comment_idempotency "
                        + "where idem_key = ? and client_hash = ?",
                (rs, i) -> new SubmissionReceipt(rs.getLong(1), CommentStatus.PENDING.name(),
                        rs.getString(2) == null ? message : rs.getString(2)), key, clientHash)
                .stream().findFirst().orElseThrow(() -> new IllegalStateException("idempotency row vanished"));
    }

    private static boolean isAcceptableSlug(String slug) {
        return slug != null && Texts.isStorable(slug) && slug.length() <= TextLimits.ARTICLE_SLUG;
    }

    /** The id of a published article open for comments, by its slug. */
    Optional<Long> openArticle(String slug) {
        if (!isAcceptableSlug(slug)) {
            return Optional.empty();
        }
        return jdbc.query("select id from article_ref where slug = ? and status = 'PUBLISHED' and comments_open",
                (rs, i) -> rs.getLong(1), slug).stream().findFirst();
    }

    /** The id of a published article by slug, whether or not comments are open. */
    Optional<Long> publishedArticle(String slug) {
        if (!isAcceptableSlug(slug)) {
            return Optional.empty();
        }
        return jdbc.query("select id from article_ref where slug = ? and status = 'PUBLISHED'",
                (rs, i) -> rs.getLong(1), slug).stream().findFirst();
    }

    static CommentRejectedException notFound() {
        return new CommentRejectedException(Kind.NOT_FOUND, "comment.api.notfound", Map.of());
    }

    private record Clean(String authorName, String email, String body, Long parentId) {
    }

    /** Checks and normalises the input; collects every field error before refusing. */
    static Clean validate(CommentSubmission s, String idempotencyKey) {
        Map<String, Problem> errors = new LinkedHashMap<>();
        if (s == null) {
            throw new CommentRejectedException(Kind.INVALID, "comment.api.empty",
                    Map.of("body", Problem.of("comment.api.field.required")));
        }
        String author = checked("authorName", s.authorName(), 1, TextLimits.COMMENT_AUTHOR, errors);
        String body = checked("body", s.body(), 1, TextLimits.COMMENT_BODY, errors);
        String email = s.email() == null || s.email().isBlank() ? null
                : checked("email", s.email(), 1, TextLimits.EMAIL, errors);
        if (email != null && !errors.containsKey("email") && !EMAIL.matcher(email).matches()) {
            errors.put("email", Problem.of("comment.api.field.email"));
        }
        if (s.parentId() != null && s.parentId() <= 0) {
            errors.put("parentId", Problem.of("comment.api.field.parent"));
        }
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            errors.put("Idempotency-Key", Problem.of("comment.api.field.idempotency"));
        }
        if (!errors.isEmpty()) {
            throw new CommentRejectedException(Kind.INVALID, "comment.api.invalid", errors);
        }
        return new Clean(author, email, body, s.parentId());
    }

    private static String checked(String field, String raw, int min, int max, Map<String, Problem> errors) {
        // Check storability before normalising: NFC of a lone surrogate or NUL must not slip through.
        if (!Texts.isStorable(raw)) {
            errors.put(field, Problem.of("comment.api.field.unstorableRaw"));
            return null;
        }
        String value = Texts.normalize(raw);
        TextProblem problem = Texts.check(value, min, max);
        switch (problem) {
            case TOO_SHORT -> errors.put(field, Problem.of("comment.api.field.required"));
            case TOO_LONG -> errors.put(field, Problem.of("comment.api.field.toolong", max));
            case UNSTORABLE -> errors.put(field, Problem.of("comment.api.field.unstorable"));
            case OK -> { }
        }
        return value;
    }
}
