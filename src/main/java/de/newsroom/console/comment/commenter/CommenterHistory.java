package de.newsroom.console.comment.commenter;

import de.newsroom.console.comment.CommentStatus;
import java.time.Instant;
import java.util.List;

/**
 * A commenter's record: their comments by e-mail or client hash (one page, newest first), how many of them stand in
 * each status, and every action taken on them, newest first.
 */
public record CommenterHistory(CommenterKey key, long approved, long rejected, long spam, long pending,
                               List<Entry> comments, List<CommenterAction> actions) {

    /** One of the commenter's comments. */
    public record Entry(long id, String authorName, String articleTitle, String excerpt, Instant createdAt,
                        CommentStatus status) {
    }

    public long total() {
        return approved + rejected + spam + pending;
    }
}
