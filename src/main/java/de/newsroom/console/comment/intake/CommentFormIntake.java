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
 * A comment sent by a plain HTML form: the reader preview page's "Kommentar absenden" when the browser runs no
 * script. The same checks, rate limits, client hash and store as the JSON intake ({@link CommentPostFilter}); the
 * caller (the page) turns the {@link Outcome} into its own texts and keeps what the reader typed.
 */
@Service
public class CommentFormIntake {

    private static final Logger log = LoggerFactory.getLogger(CommentFormIntake.class);

    /** How a form post ended. */
    public enum Result {
        /** Stored; waits for review (or approved at once: the page says the same in both cases). */
        ACCEPTED,
        /** Fields refused: {@link Outcome#fields()} names them ({@code authorName}, {@code email}, {@code body},
         * {@code parentId}). */
        INVALID,
        /** The article takes no comments (closed, unpublished, unknown). */
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
    private final CommentRateLimiter limiter;
    private final ClientAddresses clients;

    CommentFormIntake(CommentIntakeService intake, CommentRateLimiter limiter, ClientAddresses clients) {
        this.intake = intake;
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
}
