package de.newsroom.console.reader;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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

    private static final Pattern API = Pattern.compile("^/api/public(?:[/;]|$)");
    private static final Pattern PAGES = Pattern.compile("^/read(?:[/;?]|$)");

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
                    .body(new ApiBadRequest(400, "bad_request", PublicContentController.TEXTS.getTranslation(
                            "reader.api.badAddress", request.getLocale()), Map.of()));
        }
        return answer.header("Content-Security-Policy", ReaderPages.CONTENT_SECURITY_POLICY)
                .contentType(ReaderPageController.HTML).body(pages.badRequest());
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
