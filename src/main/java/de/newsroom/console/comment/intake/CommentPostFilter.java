package de.newsroom.console.comment.intake;

import de.newsroom.console.base.db.DatabaseErrors;
import de.newsroom.console.base.log.ThrottledLog;
import de.newsroom.console.base.web.ReaderCors;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.util.UriUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers {@code POST /api/public/articles/{slug}/comments}, the readers' comment intake, as a plain servlet filter
 * ahead of Spring Security and Spring MVC. It is the console's busiest anonymous write: at 16 concurrent posters the
 * security filter chain, the dispatcher, argument resolution and message conversion cost the JVM three times the
 * intake's own work (scale benchmark, README). Nothing those layers do is needed here: the endpoint is anonymous and
 * stateless (no session is touched, no cookie read), the security headers come from the headers filter that runs
 * before this one, CORS is applied with the reader API's own settings ({@link ReaderCors}), and the intake service
 * still guards and validates everything itself. Any other request, including every other method on this path and any
 * path that is not exactly {@code /api/public/articles/<one segment>/comments}, goes down the normal chain.
 *
 * <p>Answers: 202 with the receipt; 400 for malformed JSON or invalid fields (field errors); 404 for an article that
 * takes no comments; 409 for a duplicate; 413 for a body over {@link #MAX_BODY_BYTES}; 415 for anything but JSON;
 * 429 with {@code Retry-After} when rate limited; 503 with {@code Retry-After} when PostgreSQL is unreachable or does
 * not answer (nothing stored: the client sends it again, with its idempotency key if it has one); 500 without
 * details if something unexpected fails.
 */
class CommentPostFilter implements Filter {

    static final String PREFIX = "/api/public/articles/";
    static final String SUFFIX = "/comments";
    static final String REPORT_PREFIX = "/api/public/comments/";
    static final String REPORT_SUFFIX = "/reports";
    /** Far above the largest valid comment (5,000 code points of body as \\u escapes plus name and e-mail). */
    static final int MAX_BODY_BYTES = 256 * 1024;
    private static final Logger log = LoggerFactory.getLogger(CommentPostFilter.class);
    private static final ThrottledLog outage = new ThrottledLog(log);

    private final CommentIntakeService intake;
    private final CommentReportService reports;
    private final CommentRateLimiter limiter;
    private final ClientAddresses clients;
    private final JsonMapper json;
    private final ReaderCors cors;
    private final CorsProcessor corsProcessor = new DefaultCorsProcessor();
    private final HstsHeaderWriter hsts = new HstsHeaderWriter();

    CommentPostFilter(CommentIntakeService intake, CommentReportService reports, CommentRateLimiter limiter,
                      ClientAddresses clients, JsonMapper json, ReaderCors cors) {
        this.intake = intake;
        this.reports = reports;
        this.limiter = limiter;
        this.clients = clients;
        this.json = json;
        this.cors = cors;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (req instanceof HttpServletRequest request && res instanceof HttpServletResponse response
                && "POST".equals(request.getMethod())) {
            String slug = slugOf(request);
            if (slug != null) {
                if (applyCors(request, response)) {
                    answer(request, response, slug);
                }
                return;
            }
            long commentId = reportedCommentOf(request);
            if (commentId > 0) {
                if (applyCors(request, response)) {
                    answerReport(request, response, commentId);
                }
                return;
            }
        }
        chain.doFilter(req, res);
    }

    /**
     * The comment id when the path is exactly {@code /api/public/comments/<digits>/reports} with a positive id, else
     * -1: anything else (a sign, a letter, a {@code ;}) is left to {@code PublicReportController} and its firewall.
     */
    static long reportedCommentOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        int start = request.getContextPath().length() + REPORT_PREFIX.length();
        if (uri == null || uri.length() <= start + REPORT_SUFFIX.length() || !uri.endsWith(REPORT_SUFFIX)
                || !uri.startsWith(REPORT_PREFIX, request.getContextPath().length())) {
            return -1;
        }
        int end = uri.length() - REPORT_SUFFIX.length();
        if (end - start > 18) {
            return -1;
        }
        long id = 0;
        for (int i = start; i < end; i++) {
            char c = uri.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            id = id * 10 + (c - '0');
        }
        return id > 0 ? id : -1;
    }

    /**
     * The decoded slug when the path is exactly the intake's, else {@code null}. Only unreserved characters and
     * percent escapes count: anything Spring Security's firewall might refuse (a {@code ;}, an encoded slash or
     * backslash, a dot segment) is left to the normal chain.
     */
    static String slugOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        int start = request.getContextPath().length() + PREFIX.length();
        if (uri == null || uri.length() <= start + SUFFIX.length() || !uri.endsWith(SUFFIX)
                || !uri.startsWith(PREFIX, request.getContextPath().length())) {
            return null;
        }
        String raw = uri.substring(start, uri.length() - SUFFIX.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean unreserved = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '_' || c == '.' || c == '~' || c == '%';
            if (!unreserved) {
                return null;
            }
        }
        String slug;
        try {
            slug = UriUtils.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (slug.equals(".") || slug.equals("..") || slug.indexOf('/') >= 0 || slug.indexOf('\\') >= 0
                || slug.indexOf('%') >= 0 || slug.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return slug;
    }

    /** The reader API's CORS rules for a cross-origin POST; false when the origin is refused (answered with 403). */
    private boolean applyCors(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (cors.source().isEmpty()) {
            return true;
        }
        CorsConfiguration config = cors.source().get().getCorsConfiguration(request);
        return corsProcessor.processRequest(config, request, response);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, String slug) throws IOException {
        // Spring Security's own writer, with its defaults, as on every other chain (it writes only over HTTPS).
        hsts.writeHeaders(request, response);
        try {
            CommentSubmission submission = read(request, response);
            if (submission == null) {
                return;
            }
            String clientHash = clients.clientHash(request);
            long wait = limiter.tryClient(clientHash);
            if (wait == 0) {
                wait = limiter.tryArticle(slug);
            }
            if (wait > 0) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait));
                error(response, 429, "rate_limited",
                        CommentRejectedException.text("comment.api.rateLimited", request.getLocale(), wait), null);
                return;
            }
            SubmissionReceipt receipt = intake.submit(slug, submission, clientHash,
                    request.getHeader("Idempotency-Key"), request.getLocale());
            write(response, 202, receipt);
            if (outage.isFailing()) {
                outage.recovered("Comment POST stores comments again");
            }
        } catch (CommentRejectedException e) {
            write(response, PublicCommentErrors.rejected(e, request.getLocale()));
        } catch (RuntimeException e) {
            failed(request, response, e, "Comment POST");
        }
    }

    /**
     * A reader's report, as {@code PublicReportController} answers it (and the same bodies): 202 with the receipt, 400
     * with field errors or for malformed JSON, 404, 413, 415, 429, 503. Reports share the comment POST's shortcut:
     * at 16 connections the security chain and Spring MVC cost the JVM more than the report itself (docs/benchmarks.md).
     */
    private void answerReport(HttpServletRequest request, HttpServletResponse response, long commentId)
            throws IOException {
        hsts.writeHeaders(request, response);
        try {
            Body<ReportSubmission> body = read(request, response, ReportSubmission.class, true);
            if (body == null) {
                return;
            }
            String clientHash = clients.clientHash(request);
            long wait = limiter.tryReport(clientHash);
            if (wait > 0) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait));
                error(response, 429, "rate_limited",
                        CommentRejectedException.text("comment.api.report.rateLimited", request.getLocale(), wait),
                        null);
                return;
            }
            write(response, 202, reports.report(commentId, body.value(), clientHash, request.getLocale()));
        } catch (CommentRejectedException e) {
            write(response, PublicCommentErrors.rejected(e, request.getLocale()));
        } catch (RuntimeException e) {
            failed(request, response, e, "Report POST");
        }
    }

    /**
     * An unexpected failure of a POST ({@code what}): 503 "not stored, send again" when PostgreSQL is unreachable or
     * busy (one log line per kind and interval), else 500 with a logged stack trace; nothing if the answer is out.
     */
    private void failed(HttpServletRequest request, HttpServletResponse response, RuntimeException e, String what)
            throws IOException {
        boolean transientFailure = DatabaseErrors.isTransient(e);
        if (transientFailure) {
            outage.warn(DatabaseErrors.kind(e), what + " answered 503, database unavailable ("
                    + DatabaseErrors.describe(e) + ")");
        } else {
            log.error("Public API failed: {}", what, e);
        }
        if (!response.isCommitted()) {
            response.resetBuffer();
            write(response, transientFailure
                    ? PublicCommentErrors.unavailable(PublicCommentErrors.notStored(request.getLocale()))
                    : PublicCommentErrors.internalError(request.getLocale()));
        }
    }

    /** A read request body: {@code value} is {@code null} for an empty body where that is allowed. */
    private record Body<T>(T value) {
    }

    /** The posted comment, or {@code null} after answering why it cannot be read. */
    private CommentSubmission read(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Body<CommentSubmission> body = read(request, response, CommentSubmission.class, false);
        return body == null ? null : body.value();
    }

    /**
     * The posted JSON as {@code target}, or {@code null} after answering why it cannot be read. With
     * {@code emptyAllowed} an empty body (whatever its content type) and a JSON {@code null} are a {@code null} value,
     * as Spring MVC reads an optional {@code @RequestBody}. A field of the wrong JSON type throws the refusal naming it.
     */
    private <T> Body<T> read(HttpServletRequest request, HttpServletResponse response, Class<T> target,
                             boolean emptyAllowed) throws IOException {
        MediaType type;
        try {
            type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        } catch (InvalidMediaTypeException e) {
            type = null;
        }
        if (emptyAllowed && request.getContentLengthLong() == 0) {
            return new Body<>(null);
        }
        if (type == null || !MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)) {
            error(response, 415, "unsupported_media_type",
                    CommentRejectedException.text("comment.api.mediaType", request.getLocale()), null);
            return null;
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            error(response, 413, "too_large", CommentRejectedException.text("comment.api.tooLarge",
                    request.getLocale()), null);
            return null;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            error(response, 413, "too_large", CommentRejectedException.text("comment.api.tooLarge",
                    request.getLocale()), null);
            return null;
        }
        if (emptyAllowed && body.length == 0) {
            return new Body<>(null);
        }
        T submission;
        boolean readable = true;
        try {
            Charset charset = type.getCharset();
            submission = charset == null || StandardCharsets.UTF_8.equals(charset)
                    ? json.readValue(body, target)
                    : json.readValue(new String(body, charset), target);
        } catch (JacksonException e) {
            var wrongType = PublicCommentErrors.wrongType(e, target, target == ReportSubmission.class
                    ? "comment.api.report.invalid" : "comment.api.invalid");
            if (wrongType != null) {
                throw wrongType; // answered as any refused field, naming it
            }
            submission = null;
            readable = false;
        }
        if (emptyAllowed && readable && submission == null) {
            return new Body<>(null); // a JSON null: the same "empty report" answer as Spring MVC gave
        }
        if (submission == null) {
            error(response, 400, "malformed_json", CommentRejectedException.text("comment.api.malformed",
                    request.getLocale()), null);
            return null;
        }
        return new Body<>(submission);
    }

    private void error(HttpServletResponse response, int status, String code, String message,
                       Map<String, String> fields) throws IOException {
        write(response, status, PublicCommentErrors.body(status, code, message, fields));
    }

    private void write(HttpServletResponse response, ResponseEntity<?> answer) throws IOException {
        answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        write(response, answer.getStatusCode().value(), answer.getBody());
    }

    private void write(HttpServletResponse response, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
