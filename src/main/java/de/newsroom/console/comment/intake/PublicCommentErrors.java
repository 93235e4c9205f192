package de.newsroom.console.comment.intake;

import de.newsroom.console.base.db.DatabaseErrors;
import de.newsroom.console.base.db.DatabaseGuard;
import de.newsroom.console.base.log.ThrottledLog;
import de.newsroom.console.base.web.UndecodableParameters;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;

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

    /**
     * A query string that is not valid UTF-8 ({@code ?page=%C3%28}): Tomcat refuses to decode it when the parameters
     * are first read. It used to end in the catch-all below as a 500 "internal_error" with a logged stack trace.
     */
    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<Map<String, Object>> undecodable(IllegalStateException e, Locale locale) {
        if (!UndecodableParameters.is(e)) {
            return unexpected(e, locale);
        }
        // invalid_input names the parameter; a query string no parameter of which can be named is bad_request, as
        // on the content API (docs/features/reader.md, "Errors of the whole public API").
        String kind = UndecodableParameters.brokenEscape(e) ? "escape" : "encoding";
        var fields = UndecodableParameters.parameter(e, QUERY_PARAMETERS).map(name -> Map.of(name,
                CommentRejectedException.text("comment.api.field." + kind, locale, name)));
        String message = CommentRejectedException.text(UndecodableParameters.wholeQuery(e) ? "comment.api.query"
                : "comment.api." + kind, locale);
        return ResponseEntity.badRequest().body(body(400, fields.isPresent() ? "invalid_input" : "bad_request",
                message, fields.orElse(null)));
    }

    private static final Set<String> QUERY_PARAMETERS = Set.of("page", "size");

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, Locale locale) {
        var wrongType = wrongType(e.getCause(), ReportSubmission.class, "comment.api.report.invalid");
        if (wrongType != null) {
            return rejected(wrongType, locale);
        }
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
     * JSON that parses but gives a field a value of the wrong kind ({@code "parentId": "abc"}, {@code "body": ["x"]},
     * {@code "parentId": 1e99}):
     * a refusal naming the field, as for any other invalid field, rather than "malformed JSON" that leaves a client
     * guessing which field. {@code null} when {@code e} is anything else (broken JSON, a wrong top-level value).
     */
    static CommentRejectedException wrongType(Throwable e, Class<?> target, String messageKey) {
        // InputCoercionException: a number out of the field's range ("parentId": 1e99).
        if (!(e instanceof MismatchedInputException || e instanceof InputCoercionException)
                || ((JacksonException) e).getPath().isEmpty() || !target.isRecord()) {
            return null;
        }
        String field = ((JacksonException) e).getPath().getFirst().getPropertyName();
        for (RecordComponent component : target.getRecordComponents()) {
            if (component.getName().equals(field)) {
                String key = Number.class.isAssignableFrom(component.getType())
                        ? "comment.api.field.notNumber" : "comment.api.field.notText";
                return new CommentRejectedException(CommentRejectedException.Kind.INVALID, messageKey,
                        Map.of(field, CommentRejectedException.Problem.of(key)));
            }
        }
        return null;
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
