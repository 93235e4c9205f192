package de.newsroom.console.reader;

import de.newsroom.console.base.web.ReaderSite;
import de.newsroom.console.comment.intake.CommentFormIntake;
import de.newsroom.console.comment.intake.CommentSubmission;
import de.newsroom.console.comment.intake.ReportSubmission;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reader preview page at {@code /read/{slug}}: the same data as the JSON API, rendered on the server as the
 * reader site would show it, with a comment form posting to the public intake. No login, no session.
 */
@Controller
class ReaderPageController {

    static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    /** The query the page is sent to after a stored form post: it shows the thanks line. */
    static final String SENT_PARAMETER = "kommentar";
    static final String SENT_VALUE = "gesendet";

    private final ReaderService reader;
    private final ReaderPages pages;
    private final CommentFormIntake comments;
    private final ReaderSite site;

    ReaderPageController(ReaderService reader, ReaderPages pages, CommentFormIntake comments, ReaderSite site) {
        this.reader = reader;
        this.pages = pages;
        this.comments = comments;
        this.site = site;
    }

    /**
     * The page. Without script, "Antworten" and "Melden" are links back to it ({@code ?antwort=<id>},
     * {@code ?melden=<id>}) that open the comment form as a reply or the report form under the comment; after a
     * counted report the page thanks the reader at the comment ({@code ?gemeldet=<id>}).
     */
    @GetMapping("/read/{slug}")
    ResponseEntity<String> page(@PathVariable String slug,
                                @RequestParam(name = SENT_PARAMETER, required = false) String sent,
                                @RequestParam(name = ReaderPages.REPLY_PARAMETER, required = false) String replyTo,
                                @RequestParam(name = ReaderPages.REPORT_PARAMETER, required = false) String reportOf,
                                @RequestParam(name = ReaderPages.REPORTED_PARAMETER, required = false)
                                String reported) {
        return switch (reader.article(slug)) {
            case ArticleLookup.Found found -> {
                var form = SENT_VALUE.equals(sent) ? pages.sent()
                        : replyTo != null ? ReaderPages.FormState.replyingTo(replyTo) : ReaderPages.FormState.EMPTY;
                var report = reported != null ? pages.reportReceived(reported)
                        : reportOf != null ? ReaderPages.ReportState.opened(reportOf) : ReaderPages.ReportState.EMPTY;
                String html = pages.article(found.article(), reader.approvedComments(found.articleId()), form, report);
                yield withPolicy(HttpCaching.ok(html, html, found.lastModified()));
            }
            case ArticleLookup.Moved moved -> ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create(ReaderPages.readHref(moved.currentSlug()))).build();
            case ArticleLookup.Gone gone -> ResponseEntity.status(HttpStatus.GONE)
                    .header("Content-Security-Policy", ReaderPages.CONTENT_SECURITY_POLICY)
                    .contentType(HTML).body(pages.gone());
            case ArticleLookup.Missing missing -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .header("Content-Security-Policy", ReaderPages.CONTENT_SECURITY_POLICY)
                    .contentType(HTML).body(pages.notFound());
        };
    }

    /**
     * The comment form posted by a browser without script (the form's {@code action}): stored, the page is reloaded
     * with the thanks line (303, so a reload does not post again); refused, the page comes back with what the reader
     * typed, a message at each refused field and a status line, never an error page that loses the text.
     */
    @PostMapping(path = "/read/{slug}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> post(@PathVariable String slug, @RequestParam MultiValueMap<String, String> form,
                                HttpServletRequest request) {
        if (!(reader.article(slug) instanceof ArticleLookup.Found found)) {
            return page(slug, null, null, null, null);
        }
        String authorName = form.getFirst("authorName");
        String email = form.getFirst("email");
        String body = form.getFirst("body");
        String parentId = form.getFirst("parentId");
        Long parent = null;
        try {
            parent = parentId == null || parentId.isBlank() ? null : Long.valueOf(parentId.strip());
        } catch (NumberFormatException e) {
            parent = -1L; // refused by the intake as an invalid parent, like any other bad value
        }
        var outcome = crossSite(request) ? CROSS_SITE
                : comments.submit(slug, new CommentSubmission(authorName, email == null || email.isBlank()
                        ? null : email, body, parent, form.getFirst("website")), request, site.locale());
        if (outcome.result() == CommentFormIntake.Result.ACCEPTED) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .location(URI.create(ReaderPages.readHref(found.article().slug()) + "?" + SENT_PARAMETER + "="
                            + SENT_VALUE + "#comment-status"))
                    .build();
        }
        String html = pages.article(found.article(), reader.approvedComments(found.articleId()),
                pages.refused(authorName, email, body, parentId, outcome));
        return refusedPage(html, outcome, switch (outcome.result()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case CLOSED, DUPLICATE -> HttpStatus.CONFLICT;
            case REFUSED -> HttpStatus.FORBIDDEN;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case ACCEPTED, FAILED -> HttpStatus.INTERNAL_SERVER_ERROR;
        });
    }

    /**
     * The report form posted by a browser without script ("Melden" followed as a link, then "Kommentar melden"):
     * counted, the page is reloaded with the thanks at the comment (303); refused, the page comes back with the form
     * open under the comment, the reason and text kept and a message at each refused field. The report API's rules,
     * rate limit and once-per-client count ({@link CommentFormIntake#report}); cross-site posts refused as above.
     */
    @PostMapping(path = "/read/{slug}/melden", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> report(@PathVariable String slug, @RequestParam MultiValueMap<String, String> form,
                                  HttpServletRequest request) {
        if (!(reader.article(slug) instanceof ArticleLookup.Found found)) {
            return page(slug, null, null, null, null);
        }
        String commentId = form.getFirst("commentId");
        String reason = form.getFirst("reason");
        String text = form.getFirst("text");
        long id;
        try {
            id = commentId == null ? -1 : Long.parseLong(commentId.strip());
        } catch (NumberFormatException e) {
            id = -1; // no comment has this id: answered as a comment readers cannot see
        }
        var outcome = crossSite(request) ? CROSS_SITE
                : comments.report(id, new ReportSubmission(reason, text == null || text.isBlank() ? null : text),
                        request, site.locale());
        if (outcome.result() == CommentFormIntake.Result.ACCEPTED) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .location(URI.create(ReaderPages.readHref(found.article().slug()) + "?"
                            + ReaderPages.REPORTED_PARAMETER + "=" + id + "#report-confirmation"))
                    .build();
        }
        String html = pages.article(found.article(), reader.approvedComments(found.articleId()),
                ReaderPages.FormState.EMPTY, pages.reportRefused(commentId, reason, text, outcome));
        return refusedPage(html, outcome, switch (outcome.result()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case CLOSED -> HttpStatus.NOT_FOUND;
            case REFUSED -> HttpStatus.FORBIDDEN;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case ACCEPTED, DUPLICATE, FAILED -> HttpStatus.INTERNAL_SERVER_ERROR;
        });
    }

    /** Refused as the surge guard's pause is: stored nothing, the same line for the reader. */
    private static final CommentFormIntake.Outcome CROSS_SITE =
            new CommentFormIntake.Outcome(CommentFormIntake.Result.REFUSED, Set.of(), 0);

    /**
     * No CSRF token on this stateless, cached page: a form another site submits in the reader's browser would post
     * under the reader's address (and rate limit). Browsers say where a post comes from; a cross-site one is refused.
     */
    private static boolean crossSite(HttpServletRequest request) {
        return "cross-site".equals(request.getHeader("Sec-Fetch-Site"));
    }

    private static ResponseEntity<String> refusedPage(String html, CommentFormIntake.Outcome outcome,
                                                      HttpStatus status) {
        var response = ResponseEntity.status(status)
                .header("Content-Security-Policy", ReaderPages.CONTENT_SECURITY_POLICY)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(HTML);
        if (outcome.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(outcome.retryAfterSeconds()));
        }
        return response.body(html);
    }

    /** The page's policy and type on a cached answer. */
    static ResponseEntity<String> withPolicy(ResponseEntity<String> response) {
        return ResponseEntity.status(response.getStatusCode())
                .headers(response.getHeaders())
                .header("Content-Security-Policy", ReaderPages.CONTENT_SECURITY_POLICY)
                .header(HttpHeaders.VARY, "Accept-Encoding")
                .contentType(HTML)
                .body(response.getBody());
    }
}
