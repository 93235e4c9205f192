package de.newsroom.console.reader;

import de.newsroom.console.base.db.DatabaseErrors;
import de.newsroom.console.base.db.DatabaseGuard;
import de.newsroom.console.base.log.ThrottledLog;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The reader side while PostgreSQL is unreachable or hangs: {@code 503} with {@code Retry-After} (JSON on the API, a
 * line of text on the preview page) instead of a 500, one log line per kind of failure per interval instead of a stack
 * trace per request, and the failure counted against the database circuit breaker. Every other error is left to the
 * usual handling.
 */
@RestControllerAdvice(assignableTypes = {PublicContentController.class, ReaderPageController.class,
        ReaderCategoryPageController.class, ReaderHomePageController.class})
class ReaderUnavailable {

    private static final Logger log = LoggerFactory.getLogger(ReaderUnavailable.class);
    private static final ThrottledLog outage = new ThrottledLog(log);

    private final DatabaseGuard database;

    ReaderUnavailable(DatabaseGuard database) {
        this.database = database;
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<?> unavailable(RuntimeException e, HttpServletRequest request) {
        if (!DatabaseErrors.isTransient(e)) {
            throw e;
        }
        database.recordFailure(e);
        outage.warn(DatabaseErrors.kind(e), "Reader request answered 503, database "
                + (DatabaseErrors.isPoolBusy(e) ? "busy (" : "unavailable (") + DatabaseErrors.describe(e) + ")");
        var answer = ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseGuard.RETRY_AFTER_SECONDS))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return answer.contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                    .body(new ApiError(503, "unavailable", PublicContentController.TEXTS.getTranslation(
                            "reader.api.unavailable", request.getLocale())));
        }
        return answer.contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .body("Die Seite kann gerade nicht geladen werden. Bitte versuchen Sie es in ein paar Sekunden noch "
                        + "einmal.\nThis page cannot be loaded right now. Please try again in a few seconds.\n");
    }
}
