package de.newsroom.console.reader;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@code 400} for a request the reader side cannot read, in the reader side's own form: JSON under
 * {@code /api/public/}, the reader's page under {@code /read}. Two causes: Spring Security's firewall refuses the path
 * ({@code ;}, {@code //}, {@code %25}, {@code %3B}), and Tomcat cannot decode the query string or form as UTF-8.
 * Both used to end in the error dispatch to {@code /error}, which only the console's chain covers: an API client or
 * a reader got a {@code 302} to the console's login page. Every other address keeps Spring Security's answer
 * (a plain {@code 400}). The {@code 500} for a failure of ours ({@link #failed}) takes the same form, for the same
 * reason.
 */
@Component
class ReaderBadRequests implements RequestRejectedHandler {

    // The separator may come encoded or as a backslash in a path Tomcat refused (/read%2Fx, /read\x).
    private static final Pattern API = Pattern.compile("^/api/public(?:[/;\\\\]|%2[Ff]|%5[Cc]|$)");
    private static final Pattern PAGES = Pattern.compile("^/read(?:[/;?\\\\]|%2[Ff]|%5[Cc]|$)");

    private final RequestRejectedHandler others = new HttpStatusRequestRejectedHandler();
    private final ReaderPages pages;
    private final JsonMapper json;

    ReaderBadRequests(ReaderPages pages, JsonMapper json) {
        this.pages = pages;
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!API.matcher(path).find() && !PAGES.matcher(path).find()) {
            others.handle(request, response, e);
            return;
        }
        ResponseEntity<?> answer = badRequest(request);
        response.setStatus(answer.getStatusCode().value());
        // Set, not added: the console's policy from SecurityHeadersFilter is already on the response.
        answer.getHeaders().forEach((name, values) -> {
            response.setHeader(name, values.getFirst());
            values.stream().skip(1).forEach(value -> response.addHeader(name, value));
        });
        byte[] body = answer.getBody() instanceof String html ? html.getBytes(StandardCharsets.UTF_8)
                : json.writeValueAsBytes(answer.getBody());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The 400: JSON in the caller's language on the API, the reader's page in the site's language elsewhere. */
    ResponseEntity<?> badRequest(HttpServletRequest request) {
        var answer = ResponseEntity.status(HttpStatus.BAD_REQUEST).header(HttpHeaders.CACHE_CONTROL, "no-store");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (API.matcher(path).find()) {
            return answer.contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                    .body(new ApiError(400, "bad_request", PublicContentController.TEXTS.getTranslation(
                            "reader.api.badAddress", request.getLocale())));
        }
        return answer.header("Content-Security-Policy", ReaderPages.CONTENT_SECURITY_POLICY)
                .contentType(ReaderPageController.HTML).body(pages.badRequest());
    }

    /**
     * The answer to a request Tomcat refused before any filter ran ({@link ContainerErrorValve}): {@code path} as
     * sent (undecoded, without the context path; null when the request line could not be read), Tomcat's
     * {@code status}, the caller's {@code locale} for the API's message. JSON under {@code /api/public/}, the
     * reader's page under {@code /read}, each with the headers the reader side's filters would have added; null for
     * every other address (Tomcat's own report stays).
     */
    ResponseEntity<String> containerError(String path, String method, int status, Locale locale) {
        if (path == null) {
            return null;
        }
        boolean api = API.matcher(path).find();
        if (!api && !PAGES.matcher(path).find()) {
            return null;
        }
        var answer = ResponseEntity.status(status).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin");
        String allowed = status == 405 ? ReaderFallbackController.allowedMethods(path) : null;
        if (allowed != null) {
            answer.header(HttpHeaders.ALLOW, allowed);
        }
        if (api) {
            var texts = PublicContentController.TEXTS;
            ApiError error = switch (status) {
                case 404 -> new ApiError(404, "not_found", texts.getTranslation("reader.api.notFound", locale));
                case 405 -> new ApiError(405, "method_not_allowed",
                        texts.getTranslation("reader.api.method", locale, method, allowed));
                case 500 -> new ApiError(500, "internal_error", texts.getTranslation("reader.api.internal", locale));
                case 503 -> new ApiError(503, "unavailable", texts.getTranslation("reader.api.unavailable", locale));
                // Anything else Tomcat refuses is a request it cannot read, whatever status it chose for it
                // (400; 501 for an unknown Transfer-Encoding, 505 for an unknown HTTP version).
                default -> new ApiError(status, "bad_request", texts.getTranslation("reader.api.unreadable", locale));
            };
            return answer.contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                    .body(json.writeValueAsString(error));
        }
        String page = switch (status) {
            case 404 -> pages.notFound();
            case 405 -> pages.methodNotAllowed();
            case 500, 503 -> pages.failed();
            default -> pages.badRequest();
        };
        return answer.header("Content-Security-Policy", ReaderPages.CONTENT_SECURITY_POLICY)
                .header("X-Frame-Options", "DENY").contentType(ReaderPageController.HTML).body(page);
    }

    /** A failure of ours (500): JSON in the caller's language on the API, the reader's page elsewhere. No details. */
    ResponseEntity<?> failed(HttpServletRequest request) {
        var answer = ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (API.matcher(path).find()) {
            return answer.contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                    .body(new ApiError(500, "internal_error", PublicContentController.TEXTS.getTranslation(
                            "reader.api.internal", request.getLocale())));
        }
        return answer.header("Content-Security-Policy", ReaderPages.CONTENT_SECURITY_POLICY)
                .contentType(ReaderPageController.HTML).body(pages.failed());
    }

    /** The line of text while PostgreSQL is unreachable, in the reader site's language. */
    String unavailableText() {
        return pages.unavailableText();
    }
}
