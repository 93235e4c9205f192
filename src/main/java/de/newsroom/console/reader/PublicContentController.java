package de.newsroom.console.reader;

import de.newsroom.console.base.i18n.TranslationProvider;
import java.net.URI;
import java.util.Locale;
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
                               @RequestParam(defaultValue = "20") int size, Locale locale) {
        Timestamped<ArticlePage> result;
        try {
            result = reader.articles(category, tag, page, size);
        } catch (IllegalArgumentException e) {
            return badRequest(TEXTS.getTranslation("reader.api.paging", locale, ReaderService.MAX_PAGE_SIZE,
                    ReaderService.MAX_OFFSET));
        }
        return HttpCaching.ok(result.value(), result.value().toString(), result.lastModified());
    }

    @GetMapping("/articles/{slug}")
    ResponseEntity<?> article(@PathVariable String slug, Locale locale) {
        return switch (reader.article(slug)) {
            case ArticleLookup.Found found ->
                    HttpCaching.ok(found.article(), found.article().toString(), found.lastModified());
            case ArticleLookup.Moved moved -> ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .header(HttpHeaders.CACHE_CONTROL, HttpCaching.CACHE_CONTROL)
                    .location(URI.create("/api/public/articles/"
                            + UriUtils.encodePathSegment(moved.currentSlug(), StandardCharsets.UTF_8)))
                    .build();
            case ArticleLookup.Gone gone -> ResponseEntity.status(HttpStatus.GONE).contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                    .body(new ApiError(410, "gone", TEXTS.getTranslation("reader.api.gone", locale)));
            case ArticleLookup.Missing missing -> notFound(locale);
        };
    }

    @GetMapping("/categories")
    ResponseEntity<List<CategoryCount>> categories() {
        Timestamped<List<CategoryCount>> tree = reader.categories();
        return HttpCaching.ok(tree.value(), tree.value().toString(), tree.lastModified());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ApiError> malformed(Exception e, Locale locale) {
        return badRequest(TEXTS.getTranslation("reader.api.wholeNumbers", locale));
    }

    /**
     * The refusals speak the caller's language ({@code Accept-Language}, English otherwise); a CDN keeps one copy per
     * language ({@code Vary}). The codes ({@code error}) are the same in every language.
     */
    static ResponseEntity<ApiError> notFound(Locale locale) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=30")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(new ApiError(404, "not_found", TEXTS.getTranslation("reader.api.notFound", locale)));
    }

    private static ResponseEntity<ApiError> badRequest(String message) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(new ApiError(400, "bad_request", message));
    }

    /** The API's own texts, looked up per request language (not the reader site's language of the page). */
    static final TranslationProvider TEXTS = new TranslationProvider();
}
