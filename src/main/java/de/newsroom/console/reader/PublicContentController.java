package de.newsroom.console.reader;

import de.newsroom.console.base.domain.Texts;
import de.newsroom.console.base.i18n.TranslationProvider;
import de.newsroom.console.base.web.UndecodableParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.net.URI;
import java.util.Locale;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
        Map<String, String> refused = new LinkedHashMap<>();
        checkText("category", category, ReaderService.MAX_CATEGORY_PATH, refused, locale);
        checkText("tag", tag, ReaderService.MAX_TAG, refused, locale);
        if (page < 0) {
            refused.put("page", TEXTS.getTranslation("reader.api.field.page", locale));
        }
        if (size < 1 || size > ReaderService.MAX_PAGE_SIZE) {
            refused.put("size", TEXTS.getTranslation("reader.api.field.size", locale, ReaderService.MAX_PAGE_SIZE));
        }
        if (refused.isEmpty() && (long) page * size > ReaderService.MAX_OFFSET) {
            refused.put("page", TEXTS.getTranslation("reader.api.field.offset", locale, ReaderService.MAX_OFFSET));
        }
        if (!refused.isEmpty()) {
            return badRequest(refused.containsKey("category") || refused.containsKey("tag")
                    ? TEXTS.getTranslation("reader.api.invalid", locale)
                    : TEXTS.getTranslation("reader.api.paging", locale, ReaderService.MAX_PAGE_SIZE,
                            ReaderService.MAX_OFFSET), refused);
        }
        Timestamped<ArticlePage> result = reader.articles(category, tag, page, size);
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

    /** A text parameter PostgreSQL could not even compare (a NUL byte, a lone surrogate) or absurdly long. */
    private static void checkText(String name, String value, int max, Map<String, String> refused, Locale locale) {
        if (value == null) {
            return;
        }
        if (!Texts.isStorable(value)) {
            refused.put(name, TEXTS.getTranslation("reader.api.field.characters", locale));
        } else if (Texts.codePointLength(value) > max) {
            refused.put(name, TEXTS.getTranslation("reader.api.field.tooLong", locale, max));
        }
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiBadRequest> malformed(MethodArgumentTypeMismatchException e, Locale locale) {
        return badRequest(TEXTS.getTranslation("reader.api.wholeNumbers", locale),
                Map.of(e.getName(), TEXTS.getTranslation("reader.api.field.wholeNumber", locale)));
    }

    /**
     * A query string that is not valid UTF-8 ({@code ?category=%C3%28}): Tomcat refuses to decode the parameters when
     * they are first read, which used to end as an unhandled exception (a 500, and a redirect to the console's login
     * for an API client). A 400 instead, naming the parameter when Tomcat did.
     */
    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ApiBadRequest> undecodable(IllegalStateException e, Locale locale) {
        if (!UndecodableParameters.is(e)) {
            throw e;
        }
        String text = TEXTS.getTranslation(UndecodableParameters.brokenEscape(e) ? "reader.api.field.escape"
                : "reader.api.field.encoding", locale);
        return badRequest(TEXTS.getTranslation(UndecodableParameters.wholeQuery(e) ? "reader.api.tooManyParameters"
                        : "reader.api.query", locale),
                UndecodableParameters.parameter(e, QUERY_PARAMETERS).map(field -> Map.of(field, text)).orElse(Map.of()));
    }

    private static final Set<String> QUERY_PARAMETERS = Set.of("category", "tag", "page", "size");

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

    /**
     * {@code invalid_input} with the refused parameters, as the comment API answers refused fields (until 2026-12-05
     * this API said {@code bad_request}); {@code bad_request} when no parameter can be named (a query string Tomcat
     * cannot read at all).
     */
    private static ResponseEntity<ApiBadRequest> badRequest(String message, Map<String, String> fieldErrors) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(ApiBadRequest.invalidInput(message, fieldErrors));
    }

    /** The API's own texts, looked up per request language (not the reader site's language of the page). */
    static final TranslationProvider TEXTS = new TranslationProvider();
}
