package de.newsroom.console.reader;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reader's category page at {@code /read/rubrik/{path}}, where the article page's breadcrumb leads: the API's list
 * of published articles, rendered as the reader site would show it. No login, no session.
 */
@Controller
class ReaderCategoryPageController {

    /** Articles a page. */
    static final int PAGE_SIZE = ReaderPages.LIST_PAGE_SIZE;

    private final ReaderService reader;
    private final ReaderPages pages;

    ReaderCategoryPageController(ReaderService reader, ReaderPages pages) {
        this.reader = reader;
        this.pages = pages;
    }

    /**
     * A category's page, {@code /read/rubrik/news-archiv/wirtschaft}: its published articles and those of its
     * sub-categories, newest first, {@value #PAGE_SIZE} a page ({@code ?seite=2}); the breadcrumb of an
     * article links here. Unknown category, or a page past the last: the 404 page.
     */
    @GetMapping("/read/rubrik/{*path}")
    ResponseEntity<String> category(@PathVariable String path,
                                    @RequestParam(name = ReaderPages.PAGE_PARAMETER, required = false) String seite) {
        String categoryPath = path.startsWith("/") ? path.substring(1) : path;
        int number = ReaderPages.pageNumber(seite);
        var trail = reader.categoryTrail(categoryPath);
        if (trail.isEmpty() || number < 1) {
            return categoryNotFound();
        }
        var articles = reader.articles(categoryPath, null, number - 1, PAGE_SIZE);
        if (number > 1 && articles.value().items().isEmpty()) {
            return categoryNotFound();
        }
        String html = pages.category(new ReaderPages.CategoryPage(trail.get().value(), articles.value().items(),
                number, articles.value().hasMore()));
        return ReaderPageController.withPolicy(HttpCaching.ok(html, html,
                HttpCaching.newer(trail.get().lastModified(), articles.lastModified())));
    }

    private ResponseEntity<String> categoryNotFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .header("Content-Security-Policy", ReaderPages.CONTENT_SECURITY_POLICY)
                .contentType(ReaderPageController.HTML).body(pages.categoryNotFound());
    }
}
