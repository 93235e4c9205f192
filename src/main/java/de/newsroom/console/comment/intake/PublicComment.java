package de.newsroom.console.comment.intake;

import java.time.Instant;
import java.util.List;

/** An approved comment as readers see it: never the e-mail or the client hash. Text is plain, never HTML. */
public record PublicComment(long id, Long parentId, String authorName, String body, Instant createdAt,
                            List<PublicComment> replies) {
}
