package de.newsroom.console.comment.intake;

import de.newsroom.console.base.db.DatabaseErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A comment or a report sent by a plain HTML form: the reader preview page's "Kommentar absenden", "Antworten" and
 * "Melden" when the browser runs no script. The same checks, rate limits, client hash and store as the JSON intake
 * ({@link CommentPostFilter}) and the report API ({@link CommentReportService}); the caller (the page) turns the
 * {@link Outcome} into its own texts and keeps what the reader typed.
 */
@Service
public class CommentFormIntake {

    private static final Logger log = LoggerFactory.getLogger(CommentFormIntake.class);

    /** How a form post ended. */
    public enum Result {
        /** Stored; waits for review (or approved at once: the page says the same in both cases). */
        ACCEPTED,
        /** Fields refused: {@link Outcome#fields()} names them ({@code authorName}, {@code email}, {@code body},
         * {@code parentId}; for a report {@code reason}, {@code text}). */
        INVALID,
        /** The article takes no comments (closed, unpublished, unknown); for a report: the comment is not (or no
         * longer) visible to readers. */
        CLOSED,
        /** The same text again within the duplicate window. */
        DUPLICATE,
        /** The surge guard paused this article's comments, or a moderator suspended or banned the commenter. */
        REFUSED,
        /** Too many comments from this client or on this article; {@link Outcome#retryAfterSeconds()}. */
        RATE_LIMITED,
        /** PostgreSQL is unreachable or busy: nothing stored, send again later. */
        UNAVAILABLE,
        /** Anything else: nothing is known to be stored. */
        FAILED
    }

    /** A form post's result, the refused fields, and how long to wait (0 unless rate limited or unavailable). */
    public record Outcome(Result result, Set<String> fields, long retryAfterSeconds) {
        static Outcome of(Result result) {
            return new Outcome(result, Set.of(), 0);
        }
    }

    private final CommentIntakeService intake;
    private final CommentReportService reports;
    private final CommentRateLimiter limiter;
    private final ClientAddresses clients;

    CommentFormIntake(CommentIntakeService intake, CommentReportService reports, CommentRateLimiter limiter,
                      ClientAddresses clients) {
        this.intake = intake;
        this.reports = reports;
        this.limiter = limiter;
        this.clients = clients;
    }

    /** Takes a comment posted by a form on behalf of the anonymous reader whose request it is. */
    @PreAuthorize("permitAll()")
    public Outcome submit(String slug, CommentSubmission submission, HttpServletRequest request, Locale locale) {
        try {
            // Refuse what can never be stored before it costs the reader a token of the rate limit.
            CommentIntakeService.validate(submission, null);
            String clientHash = clients.clientHash(request);
            long wait = limiter.tryClient(clientHash);
            if (wait == 0) {
                wait = limiter.tryArticle(slug);
            }
            if (wait > 0) {
                return new Outcome(Result.RATE_LIMITED, Set.of(), wait);
            }
            intake.submit(slug, submission, clientHash, null, locale);
            return Outcome.of(Result.ACCEPTED);
        } catch (CommentRejectedException e) {
            return switch (e.kind()) {
                case INVALID -> new Outcome(Result.INVALID, Set.copyOf(e.fieldErrors().keySet()), 0);
                case NOT_FOUND -> Outcome.of(Result.CLOSED);
                case DUPLICATE -> Outcome.of(Result.DUPLICATE);
                case FORBIDDEN, PAUSED -> Outcome.of(Result.REFUSED);
            };
        } catch (RuntimeException e) {
            if (DatabaseErrors.isTransient(e)) {
                log.warn("Comment form post not stored, database unavailable ({})", DatabaseErrors.describe(e));
                return new Outcome(Result.UNAVAILABLE, Set.of(), 2);
            }
            log.error("Comment form post failed", e);
            return Outcome.of(Result.FAILED);
        }
    }

    /**
     * Takes a report of comment {@code commentId} posted by a form on behalf of the anonymous reader whose request it
     * is: the report API's rules (a reason from {@link de.newsroom.console.comment.ReportReason}, optional text up to
     * {@link CommentReportService#TEXT_MAX} code points), its per-client rate limit and its once-per-client count.
     * {@link Result#CLOSED} when readers cannot see the comment.
     */
    @PreAuthorize("permitAll()")
    public Outcome report(long commentId, ReportSubmission submission, HttpServletRequest request, Locale locale) {
        try {
            // As for comments: refuse what can never count before it costs the reader a token.
            CommentReportService.validate(submission);
            if (commentId <= 0) {
                return Outcome.of(Result.CLOSED);
            }
            String clientHash = clients.clientHash(request);
            long wait = limiter.tryReport(clientHash);
            if (wait > 0) {
                return new Outcome(Result.RATE_LIMITED, Set.of(), wait);
            }
            reports.report(commentId, submission, clientHash, locale);
            return Outcome.of(Result.ACCEPTED);
        } catch (CommentRejectedException e) {
            return switch (e.kind()) {
                case INVALID -> new Outcome(Result.INVALID, Set.copyOf(e.fieldErrors().keySet()), 0);
                case NOT_FOUND -> Outcome.of(Result.CLOSED);
                case DUPLICATE -> Outcome.of(Result.ACCEPTED);
                case FORBIDDEN, PAUSED -> Outcome.of(Result.REFUSED);
            };
        } catch (RuntimeException e) {
            if (DatabaseErrors.isTransient(e)) {
                log.warn("Report form post not stored, database unavailable ({})", DatabaseErrors.describe(e));
                return new Outcome(Result.UNAVAILABLE, Set.of(), 2);
            }
            log.error("Report form post failed", e);
            return Outcome.of(Result.FAILED);
        }
    }
}
