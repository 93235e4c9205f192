package de.newsroom.console.reader;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reader's home page at {@code /read}, where the breadcrumb's "Startseite" leads: the newest published articles of
 * every category, a page at a time, and the sections. The same list query as the API and the category page; no
 * login, no session.
 */
@Controller
class ReaderHomePageController {

    private final ReaderService reader;
    private final ReaderPages pages;

    ReaderHomePageController(ReaderService reader, ReaderPages pages) {
        this.reader = reader;
        this.pages = pages;
    }

    /**
     * The home page, {@code /read?seite=2}: {@value ReaderPages#LIST_PAGE_SIZE} articles a page, newest first. A page
     * number that is not a whole number from 1, or a page past the last: the 404 page.
     */
    @GetMapping("/read")
    ResponseEntity<String> home(@RequestParam(name = ReaderPages.PAGE_PARAMETER, required = false) String seite) {
        int number = ReaderPages.pageNumber(seite);
        if (number < 1) {
            return notFound();
        }
        var articles = reader.articles(null, null, number - 1, ReaderPages.LIST_PAGE_SIZE);
        if (number > 1 && articles.value().items().isEmpty()) {
            return notFound();
        }
        var sections = reader.sections();
        String html = pages.home(new ReaderPages.HomePage(articles.value().items(), number,
                articles.value().hasMore(), sections.value()));
        return ReaderPageController.withPolicy(HttpCaching.ok(html, html,
                HttpCaching.newer(articles.lastModified(), sections.lastModified())));
    }

    /** {@code /read/} is the same page under a second address: sent to the one the links use, the page kept. */
    @GetMapping("/read/")
    ResponseEntity<String> withSlash(@RequestParam(name = ReaderPages.PAGE_PARAMETER, required = false) String seite) {
        int number = ReaderPages.pageNumber(seite);
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(number > 1
                ? ReaderPages.HOME_HREF + "?" + ReaderPages.PAGE_PARAMETER + "=" + number : ReaderPages.HOME_HREF))
                .build();
    }

    private ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .header("Content-Security-Policy", ReaderPages.CONTENT_SECURITY_POLICY)
                .contentType(ReaderPageController.HTML).body(pages.homeNotFound());
    }
}
