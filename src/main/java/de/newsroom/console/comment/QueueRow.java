package de.newsroom.console.comment;

import java.time.Instant;
import java.util.List;

/**
 * One row of the moderation queue; {@code excerpt} is plain text, like everything readers write.
 * {@code openReports} counts reader reports no decision has seen yet, {@code reportReasons} every reason reported.
 */
public record QueueRow(long id, String authorName, String excerpt, long articleId, String articleTitle,
                       Instant createdAt, CommentStatus status, List<String> flags, long version, int openReports,
                       List<ReportReason> reportReasons) {

    public QueueRow {
        flags = List.copyOf(flags);
        reportReasons = List.copyOf(reportReasons);
    }

    public QueueRow(long id, String authorName, String excerpt, long articleId, String articleTitle,
                    Instant createdAt, CommentStatus status, List<String> flags, long version) {
        this(id, authorName, excerpt, articleId, articleTitle, createdAt, status, flags, version, 0, List.of());
    }
}
