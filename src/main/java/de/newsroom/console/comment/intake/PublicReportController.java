package de.newsroom.console.comment.intake;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/public/comments/{id}/reports}: a reader reports a published comment. Anonymous and stateless (the
 * reader chain), rate limited per client apart from comment posts. 202 for a counted or repeated report, 400 with
 * field errors, 404 for a comment readers cannot see, 429 with {@code Retry-After}. A report to a positive numeric id
 * is answered before Spring Security and Spring MVC by {@link CommentPostFilter} (same answers); this controller
 * answers what the filter leaves to the normal chain (an id that is no positive number, an unusual path), with the
 * firewall and the advice's error bodies.
 */
@RestController
class PublicReportController {

    private final CommentReportService reports;
    private final CommentRateLimiter limiter;
    private final ClientAddresses clients;

    PublicReportController(CommentReportService reports, CommentRateLimiter limiter, ClientAddresses clients) {
        this.reports = reports;
        this.limiter = limiter;
        this.clients = clients;
    }

    @PostMapping(path = "/api/public/comments/{id}/reports", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> report(@PathVariable long id, @RequestBody(required = false) ReportSubmission body,
                             HttpServletRequest request, Locale locale) {
        String clientHash = clients.clientHash(request);
        long wait = limiter.tryReport(clientHash);
        if (wait > 0) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(wait))
                    .body(PublicCommentErrors.body(429, "rate_limited",
                            CommentRejectedException.text("comment.api.report.rateLimited", locale, wait), null));
        }
        if (id <= 0) {
            throw new CommentRejectedException(CommentRejectedException.Kind.NOT_FOUND,
                    "comment.api.report.notfound", java.util.Map.of());
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(reports.report(id, body, clientHash, locale));
    }
}
