package de.newsroom.console.reader;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers addresses under the reader side that nothing else handles with a plain 404, instead of letting them fall
 * through to Vaadin (which would serve its bootstrap page and open a session). More specific mappings, such as the
 * comment intake, always win over these patterns.
 */
@RestController
class ReaderFallbackController {

    private final ReaderPages pages;

    ReaderFallbackController(ReaderPages pages) {
        this.pages = pages;
    }

    @RequestMapping("/api/public/**")
    ResponseEntity<ApiError> unknownApi(java.util.Locale locale) {
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
}
