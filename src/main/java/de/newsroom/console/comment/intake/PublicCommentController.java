package de.newsroom.console.comment.intake;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The readers' comment API: read the approved ones. Posting one is {@link CommentPostFilter}'s. */
@RestController
@RequestMapping(path = "/api/public/articles/{slug}/comments", produces = MediaType.APPLICATION_JSON_VALUE)
class PublicCommentController {

    private final CommentThreadService threads;

    PublicCommentController(CommentThreadService threads) {
        this.threads = threads;
    }

    @GetMapping
    PublicThread list(@PathVariable String slug, @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "20") int size) {
        return threads.thread(slug, page, size);
    }
}
