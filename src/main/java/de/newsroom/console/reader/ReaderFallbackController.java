package de.newsroom.console.reader;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Answers addresses under the reader side that nothing else handles, instead of letting them fall through to Vaadin
 * (which would serve its bootstrap page and open a session). More specific mappings, such as the comment intake,
 * always win over these patterns. An API address that exists but was asked with another method is a 405 with
 * {@code Allow}, one asked for another type than JSON a 406; everything else is a 404.
 */
@RestController
class ReaderFallbackController {

    /** The public API's addresses and the methods each answers (the comment POST is {@code CommentPostFilter}'s). */
    private static final Map<PathPattern, List<String>> API = endpoints(
            "/api/public/articles", "GET, HEAD",
            "/api/public/articles/{slug}", "GET, HEAD",
            "/api/public/categories", "GET, HEAD",
            "/api/public/articles/{slug}/comments", "GET, HEAD, POST",
            "/api/public/comments/{id}/reports", "POST");

    private final ReaderPages pages;

    ReaderFallbackController(ReaderPages pages) {
        this.pages = pages;
    }

    /**
     * {@code OPTIONS} on the API: the address's own methods. Left to Spring, the answer was the union of every
     * mapping that matched the path, and this controller's catch-all mapping takes every method: {@code Allow: GET,
     * HEAD, POST, PUT, DELETE, OPTIONS, TRACE, PATCH} for an address that answers GET only. A CORS preflight never
     * gets here when CORS is on (the chain's CORS filter answers it).
     */
    @RequestMapping(path = "/api/public/**", method = RequestMethod.OPTIONS)
    ResponseEntity<?> apiOptions(HttpServletRequest request, Locale locale) {
        var path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        for (var endpoint : API.entrySet()) {
            if (endpoint.getKey().matches(path)) {
                return ResponseEntity.ok().header(HttpHeaders.ALLOW, String.join(", ", endpoint.getValue())
                        + ", OPTIONS").build();
            }
        }
        return PublicContentController.notFound(locale);
    }

    @RequestMapping("/api/public/**")
    ResponseEntity<?> unknownApi(HttpServletRequest request, Locale locale) {
        var path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        for (var endpoint : API.entrySet()) {
            if (!endpoint.getKey().matches(path)) {
                continue;
            }
            String allowed = String.join(", ", endpoint.getValue());
            if (!endpoint.getValue().contains(request.getMethod())) {
                return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.ALLOW, allowed).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                        .body(new ApiError(405, "method_not_allowed", PublicContentController.TEXTS.getTranslation(
                                "reader.api.method", locale, request.getMethod(), allowed)));
            }
            // The address and the method are right: only the Accept header can have kept the endpoint from answering.
            return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                    .body(new ApiError(406, "not_acceptable",
                            PublicContentController.TEXTS.getTranslation("reader.api.notAcceptable", locale)));
        }
        return PublicContentController.notFound(locale);
    }

    // "/read/**" matches "/read" itself too. Naming "/read" here as well would make this mapping beat the home page's
    // GET: Spring prefers the mapping with more matching patterns before it looks at the HTTP method.
    @RequestMapping("/read/**")
    ResponseEntity<String> unknownPage() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .header("Content-Security-Policy", ReaderPages.CONTENT_SECURITY_POLICY)
                .contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .body(pages.notFound());
    }

    /**
     * The methods the address {@code path} (as sent, not decoded) answers, as an {@code Allow} header: the API's from
     * the table above ("GET, HEAD" for an address not in it), a reader page's "GET, HEAD" ("GET, HEAD, POST" for an
     * article's page and its report form).
     */
    static String allowedMethods(String path) {
        PathContainer parsed;
        try {
            parsed = PathContainer.parsePath(path);
        } catch (IllegalArgumentException e) {
            return "GET, HEAD";
        }
        if (path.startsWith("/api/")) {
            for (var endpoint : API.entrySet()) {
                if (endpoint.getKey().matches(parsed)) {
                    return String.join(", ", endpoint.getValue());
                }
            }
            return "GET, HEAD";
        }
        return FORM_PAGES.stream().anyMatch(pattern -> pattern.matches(parsed)) ? "GET, HEAD, POST" : "GET, HEAD";
    }

    private static final List<PathPattern> FORM_PAGES = List.of(PathPatternParser.defaultInstance.parse("/read/{slug}"),
            PathPatternParser.defaultInstance.parse("/read/{slug}/melden"));

    private static Map<PathPattern, List<String>> endpoints(String... patternsAndMethods) {
        Map<PathPattern, List<String>> endpoints = new LinkedHashMap<>();
        for (int i = 0; i < patternsAndMethods.length; i += 2) {
            endpoints.put(PathPatternParser.defaultInstance.parse(patternsAndMethods[i]),
                    List.of(patternsAndMethods[i + 1].split(", ")));
        }
        return endpoints;
    }
}
