package de.newsroom.console.comment;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The readers' comment API: post a comment for review, read the approved ones. */
@RestController
@RequestMapping(path = "/api/public/articles/{slug}/comments", produces = MediaType.APPLICATION_JSON_VALUE)
class PublicCommentController {

    private final CommentIntakeService intake;
    private final CommentThreadService threads;
    private final CommentRateLimiter limiter;
    private final ClientAddresses clients;

    PublicCommentController(CommentIntakeService intake, CommentThreadService threads, CommentRateLimiter limiter,
                            ClientAddresses clients) {
        this.intake = intake;
        this.threads = threads;
        this.limiter = limiter;
        this.clients = clients;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> post(@PathVariable String slug, @RequestBody CommentSubmission submission,
                           @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                           HttpServletRequest request, Locale locale) {
        String clientHash = clients.clientHash(request);
        long wait = limiter.tryClient(clientHash);
        if (wait == 0) {
            wait = limiter.tryArticle(slug);
        }
        if (wait > 0) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(wait))
                    .body(PublicCommentErrors.body(429, "rate_limited",
                            "Too many comments in a short time. Please wait " + wait + " seconds.", null));
        }
        SubmissionReceipt receipt = intake.submit(slug, submission, clientHash, idempotencyKey, locale);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(receipt);
    }

    @GetMapping
    PublicThread list(@PathVariable String slug, @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "20") int size) {
        return threads.thread(slug, page, size);
    }
}
