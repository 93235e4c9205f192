package de.newsroom.console.reader;

import de.newsroom.console.base.db.DatabaseErrors;
import de.newsroom.console.base.db.DatabaseGuard;
import de.newsroom.console.base.log.ThrottledLog;
import de.newsroom.console.base.web.UndecodableParameters;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.ErrorResponse;

/**
 * The reader side while PostgreSQL is unreachable or hangs: {@code 503} with {@code Retry-After} (JSON on the API, a
 * line of text on the preview page) instead of a 500, one log line per kind of failure per interval instead of a stack
 * trace per request, and the failure counted against the database circuit breaker. A query string or form that is
 * not valid UTF-8 is a 400, any other failure a 500 with a logged stack trace, both in the reader side's form
 * ({@link ReaderBadRequests}): left to the container, they went through the error dispatch to {@code /error} and
 * reached the client as a redirect to the console's login.
 */
@RestControllerAdvice(assignableTypes = {PublicContentController.class, ReaderPageController.class,
        ReaderCategoryPageController.class, ReaderHomePageController.class})
class ReaderUnavailable {

    private static final Logger log = LoggerFactory.getLogger(ReaderUnavailable.class);
    private static final ThrottledLog outage = new ThrottledLog(log);

    private final DatabaseGuard database;
    private final ReaderBadRequests pages;

    ReaderUnavailable(DatabaseGuard database, ReaderBadRequests pages) {
        this.database = database;
        this.pages = pages;
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<?> unavailable(RuntimeException e, HttpServletRequest request) {
        if (UndecodableParameters.is(e)) {
            return pages.badRequest(request);
        }
        if (e instanceof ErrorResponse) {
            throw e; // Spring's own answer (a status it knows)
        }
        if (!DatabaseErrors.isTransient(e)) {
            // A failure of ours. Answered here: left to the container, it went through the error dispatch to
            // /error, which only the console's chain covers, and reached readers and API clients as a redirect
            // to the console's login page.
            log.error("Reader request failed: {}", request.getRequestURI(), e);
            return pages.failed(request);
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
        // In the reader site's language only, like the pages themselves (it used to say it in German and English).
        return answer.contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .body(pages.unavailableText() + "\n");
    }
}
