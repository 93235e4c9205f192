package de.newsroom.console.reader;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The reader preview page at {@code /read/{slug}}: the same data as the JSON API, rendered on the server as the
 * reader site would show it, with a comment form posting to the public intake. No login, no session.
 */
@Controller
class ReaderPageController {

    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    private final ReaderService reader;
    private final ReaderPages pages;

    ReaderPageController(ReaderService reader, ReaderPages pages) {
        this.reader = reader;
        this.pages = pages;
    }

    @GetMapping("/read/{slug}")
    ResponseEntity<String> page(@PathVariable String slug) {
        return switch (reader.article(slug)) {
            case ArticleLookup.Found found -> {
                String html = pages.article(found.article(), reader.approvedComments(found.articleId()));
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

    private static ResponseEntity<String> withPolicy(ResponseEntity<String> response) {
        return ResponseEntity.status(response.getStatusCode())
                .headers(response.getHeaders())
                .header("Content-Security-Policy", ReaderPages.CONTENT_SECURITY_POLICY)
                .header(HttpHeaders.VARY, "Accept-Encoding")
                .contentType(HTML)
                .body(response.getBody());
    }
}
