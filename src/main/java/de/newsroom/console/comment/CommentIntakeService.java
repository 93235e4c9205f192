package de.newsroom.console.comment;

import de.newsroom.console.base.domain.TextLimits;
import de.newsroom.console.base.domain.TextProblem;
import de.newsroom.console.base.domain.Texts;
import de.newsroom.console.base.i18n.TranslationProvider;
import de.newsroom.console.comment.CommentRejectedException.Kind;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes reader comments in: validates, refuses duplicates and unknown articles, flags and stores them as pending (or
 * rejected, for blocked authors). Open to anonymous callers; rate limits are the controller's job.
 */
@Service
public class CommentIntakeService {

    static final String NOT_FOUND_MESSAGE = "No article accepts comments at this address.";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("^[\\x21-\\x7E]{1,200}$");

    private final JdbcTemplate jdbc;
    private final CommentFlagger flagger;
    private final CommentProperties properties;
    private final ApplicationEventPublisher events;
    private final TranslationProvider translations;
    private final Clock clock;

    CommentIntakeService(JdbcTemplate jdbc, CommentFlagger flagger, CommentProperties properties,
                         ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.flagger = flagger;
        this.properties = properties;
        this.events = events;
        this.translations = new TranslationProvider();
        this.clock = clock;
    }

    /**
     * Stores {@code submission} for the article at {@code slug} as a pending comment, or replays the receipt of an
     * earlier submission with the same {@code idempotencyKey} from the same client.
     *
     * @throws CommentRejectedException for invalid input, an article that takes no comments or a duplicate body
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public SubmissionReceipt submit(String slug, CommentSubmission submission, String clientHash,
                                    String idempotencyKey, Locale locale) {
        Clean clean = validate(submission, idempotencyKey);
        long articleId = openArticle(slug).orElseThrow(CommentIntakeService::notFound);
        String message = translations.getTranslation("comment.api.accepted", locale);
        if (submission.website() != null && !submission.website().isBlank()) {
            // Honeypot: answer like a success, store nothing. A sequence value keeps the id plausible.
            Long fakeId = jdbc.queryForObject("select nextval(pg_get_serial_sequence('comment', 'id'))", Long.class);
            return new SubmissionReceipt(fakeId, CommentStatus.PENDING.name(), message);
        }
        if (idempotencyKey != null) {
            // A concurrent retry blocks on this insert until the first attempt commits, then replays its answer.
            int claimed = jdbc.update("""
                    insert into comment_idempotency (idem_key, client_hash, created_at) values (?, ?, ?)
                    on conflict do nothing""", idempotencyKey, clientHash, Timestamp.from(clock.instant()));
            if (claimed == 0) {
                return replay(idempotencyKey, clientHash, message);
            }
        }
        if (clean.parentId != null && !isApprovedCommentOf(clean.parentId, articleId)) {
            throw new CommentRejectedException(Kind.INVALID, "The comment replied to cannot be answered.",
                    Map.of("parentId", "must be an approved comment of the same article"));
        }
        Instant now = clock.instant();
        if (isDuplicate(clientHash, clean.body, now)) {
            throw new CommentRejectedException(Kind.DUPLICATE,
                    "You have already sent this comment. It will be published after review.", Map.of());
        }
        CommentFlagger.Verdict verdict = flagger.assess(clean.authorName, clean.email, clean.body, clientHash);
        long id = insert(articleId, clean, clientHash, verdict, now);
        if (idempotencyKey != null) {
            jdbc.update("update comment_idempotency set comment_id = ?, response_body = ? "
                    + "where idem_key = ? and client_hash = ?", id, message, idempotencyKey, clientHash);
        }
        events.publishEvent(new CommentsChanged(CommentsChanged.Kind.NEW, List.of(id)));
        return new SubmissionReceipt(id, CommentStatus.PENDING.name(), message);
    }

    private SubmissionReceipt replay(String key, String clientHash, String message) {
        return jdbc.query("select comment_id, response_body from comment_idempotency "
                        + "where idem_key = ? and client_hash = ?",
                (rs, i) -> new SubmissionReceipt(rs.getLong(1), CommentStatus.PENDING.name(),
                        rs.getString(2) == null ? message : rs.getString(2)), key, clientHash)
                .stream().findFirst().orElseThrow(() -> new IllegalStateException("idempotency row vanished"));
    }

    private long insert(long articleId, Clean clean, String clientHash, CommentFlagger.Verdict verdict, Instant now) {
        String[] flags = verdict.flags().toArray(String[]::new);
        if (verdict.blocked()) {
            return jdbc.queryForObject("""
                    insert into comment (article_id, parent_id, author_name, email, body, status, reject_reason,
                                         reject_note, flags, client_hash, created_at, decided_at)
                    values (?, ?, ?, ?, ?, 'REJECTED', 'SPAM', 'blocked author (automatic)', ?, ?, ?, ?)
                    returning id""", Long.class, articleId, clean.parentId, clean.authorName, clean.email,
                    clean.body, flags, clientHash, Timestamp.from(now), Timestamp.from(now));
        }
        return jdbc.queryForObject("""
                insert into comment (article_id, parent_id, author_name, email, body, status, flags, client_hash,
                                     created_at)
                values (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)
                returning id""", Long.class, articleId, clean.parentId, clean.authorName, clean.email, clean.body,
                flags, clientHash, Timestamp.from(now));
    }

    /** The id of a published article open for comments, by its slug. */
    Optional<Long> openArticle(String slug) {
        if (slug == null || !Texts.isStorable(slug) || slug.length() > TextLimits.ARTICLE_SLUG) {
            return Optional.empty();
        }
        return jdbc.query("select id from article where slug = ? and status = 'PUBLISHED' and comments_open",
                (rs, i) -> rs.getLong(1), slug).stream().findFirst();
    }

    /** The id of a published article by slug, whether or not comments are open. */
    Optional<Long> publishedArticle(String slug) {
        if (slug == null || !Texts.isStorable(slug) || slug.length() > TextLimits.ARTICLE_SLUG) {
            return Optional.empty();
        }
        return jdbc.query("select id from article where slug = ? and status = 'PUBLISHED'",
                (rs, i) -> rs.getLong(1), slug).stream().findFirst();
    }

    private boolean isApprovedCommentOf(long parentId, long articleId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from comment where id = ? and article_id = ? and status = 'APPROVED')""",
                Boolean.class, parentId, articleId));
    }

    private boolean isDuplicate(String clientHash, String body, Instant now) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from comment where client_hash = ? and created_at > ? and body = ?)""",
                Boolean.class, clientHash, Timestamp.from(now.minus(properties.duplicateWindow())), body));
    }

    static CommentRejectedException notFound() {
        return new CommentRejectedException(Kind.NOT_FOUND, NOT_FOUND_MESSAGE, Map.of());
    }

    private record Clean(String authorName, String email, String body, Long parentId) {
    }

    /** Checks and normalises the input; collects every field error before refusing. */
    static Clean validate(CommentSubmission s, String idempotencyKey) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (s == null) {
            throw new CommentRejectedException(Kind.INVALID, "The request has no comment.",
                    Map.of("body", "is required"));
        }
        String author = checked("authorName", s.authorName(), 1, TextLimits.COMMENT_AUTHOR, errors);
        String body = checked("body", s.body(), 1, TextLimits.COMMENT_BODY, errors);
        String email = s.email() == null || s.email().isBlank() ? null
                : checked("email", s.email(), 1, TextLimits.EMAIL, errors);
        if (email != null && !errors.containsKey("email") && !EMAIL.matcher(email).matches()) {
            errors.put("email", "is not an e-mail address");
        }
        if (s.parentId() != null && s.parentId() <= 0) {
            errors.put("parentId", "must be a positive comment id");
        }
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            errors.put("Idempotency-Key", "must be 1 to 200 visible ASCII characters");
        }
        if (!errors.isEmpty()) {
            throw new CommentRejectedException(Kind.INVALID, "The comment was not accepted. Check the fields.",
                    errors);
        }
        return new Clean(author, email, body, s.parentId());
    }

    private static String checked(String field, String raw, int min, int max, Map<String, String> errors) {
        // Check storability before normalising: NFC of a lone surrogate or NUL must not slip through.
        if (!Texts.isStorable(raw)) {
            errors.put(field, "contains characters that cannot be stored (such as NUL or a lone surrogate)");
            return null;
        }
        String value = Texts.normalize(raw);
        TextProblem problem = Texts.check(value, min, max);
        switch (problem) {
            case TOO_SHORT -> errors.put(field, "is required");
            case TOO_LONG -> errors.put(field, "must be at most " + max + " characters");
            case UNSTORABLE -> errors.put(field, "contains characters that cannot be stored");
            case OK -> { }
        }
        return value;
    }
}
