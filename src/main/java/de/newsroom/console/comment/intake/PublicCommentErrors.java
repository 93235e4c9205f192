package de.newsroom.console.comment.intake;

import de.newsroom.console.base.db.DatabaseErrors;
import de.newsroom.console.base.db.DatabaseGuard;
import de.newsroom.console.base.log.ThrottledLog;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * JSON errors for the public comment API only (list and reports): a status, a code, a message, field errors; never a stack trace. The
 * POST ({@link CommentPostFilter}) writes the same bodies itself.
 */
@RestControllerAdvice(assignableTypes = {PublicCommentController.class, PublicReportController.class})
class PublicCommentErrors {

    private static final Logger log = LoggerFactory.getLogger(PublicCommentErrors.class);
    private static final ThrottledLog outage = new ThrottledLog(log);

    static Map<String, Object> body(int status, String error, String message, Map<String, String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", error);
        body.put("message", message);
        if (fields != null && !fields.isEmpty()) {
            body.put("fieldErrors", fields);
        }
        return body;
    }

    /**
     * The answer to a refusal of the intake, in the reader's language ({@code Accept-Language}; English otherwise):
     * the POST filter writes it, this advice returns it for the list.
     */
    @ExceptionHandler(CommentRejectedException.class)
    static ResponseEntity<Map<String, Object>> rejected(CommentRejectedException e, Locale locale) {
        return switch (e.kind()) {
            case INVALID -> ResponseEntity.badRequest().body(body(400, "invalid_input", e.message(locale),
                    e.fieldErrors(locale)));
            case NOT_FOUND -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(body(404, "not_found",
                    e.message(locale), null));
            case DUPLICATE -> ResponseEntity.status(HttpStatus.CONFLICT).body(body(409, "duplicate",
                    e.message(locale), null));
            case FORBIDDEN -> ResponseEntity.status(HttpStatus.FORBIDDEN).body(body(403, "commenter_blocked",
                    e.message(locale), null));
            case PAUSED -> ResponseEntity.status(HttpStatus.FORBIDDEN).body(body(403, "comments_paused",
                    e.message(locale), null));
        };
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return ResponseEntity.badRequest().body(body(400, "invalid_input",
                CommentRejectedException.text("comment.api.wrongType", locale),
                Map.of(e.getName(), CommentRejectedException.text("comment.api.field.wrongType", locale,
                        e.getName()))));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, Locale locale) {
        return ResponseEntity.badRequest().body(body(400, "malformed_json",
                CommentRejectedException.text("comment.api.malformed", locale), null));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(body(415, "unsupported_media_type",
                CommentRejectedException.text("comment.api.mediaType", locale), null));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(body(405, "method_not_allowed",
                CommentRejectedException.text("comment.api.method", locale), null));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e, Locale locale) {
        if (DatabaseErrors.isTransient(e)) {
            outage.warn(DatabaseErrors.kind(e), "Comment list answered 503, database unavailable ("
                    + DatabaseErrors.describe(e) + ")");
            return unavailable(CommentRejectedException.text("comment.api.listUnavailable", locale));
        }
        log.error("Public comment API failed", e);
        return internalError(locale);
    }

    /**
     * PostgreSQL is unreachable or did not answer in time: nothing was stored, try again shortly (a POST with the same
     * idempotency key, if it had one).
     */
    static ResponseEntity<Map<String, Object>> unavailable(String message) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseGuard.RETRY_AFTER_SECONDS))
                .body(body(503, "unavailable", message, null));
    }

    /** Nothing was stored: send again shortly (with the same idempotency key). */
    static String notStored(Locale locale) {
        return CommentRejectedException.text("comment.api.notStored", locale);
    }

    /** What the caller learns of a failure on our side: no details. */
    static ResponseEntity<Map<String, Object>> internalError(Locale locale) {
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(body(500, "internal_error",
                CommentRejectedException.text("comment.api.internal", locale), null));
    }
}
