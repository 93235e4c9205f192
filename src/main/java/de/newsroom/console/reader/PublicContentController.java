package de.newsroom.console.reader;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.util.UriUtils;
import java.nio.charset.StandardCharsets;

/** The read-only public content API (see docs/features/reader.md for the field reference). */
@RestController
@RequestMapping(path = "/api/public", produces = MediaType.APPLICATION_JSON_VALUE)
class PublicContentController {

    private final ReaderService reader;

    PublicContentController(ReaderService reader) {
        this.reader = reader;
    }

    @GetMapping("/articles")
    ResponseEntity<?> articles(@RequestParam(required = false) String category,
                               @RequestParam(required = false) String tag,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "20") int size) {
        Timestamped<ArticlePage> result;
        try {
            result = reader.articles(category, tag, page, size);
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
        return HttpCaching.ok(result.value(), result.value().toString(), result.lastModified());
    }

    @GetMapping("/articles/{slug}")
    ResponseEntity<?> article(@PathVariable String slug) {
        return switch (reader.article(slug)) {
            case ArticleLookup.Found found ->
                    HttpCaching.ok(found.article(), found.article().toString(), found.lastModified());
            case ArticleLookup.Moved moved -> ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .header(HttpHeaders.CACHE_CONTROL, HttpCaching.CACHE_CONTROL)
                    .location(URI.create("/api/public/articles/"
                            + UriUtils.encodePathSegment(moved.currentSlug(), StandardCharsets.UTF_8)))
                    .build();
            case ArticleLookup.Missing missing -> notFound();
        };
    }

    @GetMapping("/categories")
    ResponseEntity<List<CategoryCount>> categories() {
        Timestamped<List<CategoryCount>> tree = reader.categories();
        return HttpCaching.ok(tree.value(), tree.value().toString(), tree.lastModified());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ApiError> malformed(Exception e) {
        return badRequest("page and size must be whole numbers");
    }

    static ResponseEntity<ApiError> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=30")
                .body(new ApiError(404, "not_found", "No published article or category under this address."));
    }

    private static ResponseEntity<ApiError> badRequest(String message) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(400, "bad_request", message));
    }
}
