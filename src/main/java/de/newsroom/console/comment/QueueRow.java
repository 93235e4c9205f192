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

    /** The queue's excerpt of {@code body}: its first characters (code points), as the queue's SQL left() cuts. */
    public static String excerptOf(String body) {
        int max = CommentQueueQueries.EXCERPT_LENGTH;
        return body.codePointCount(0, body.length()) <= max ? body : body.substring(0, body.offsetByCodePoints(0, max));
    }

    public QueueRow(long id, String authorName, String excerpt, long articleId, String articleTitle,
                    Instant createdAt, CommentStatus status, List<String> flags, long version) {
        this(id, authorName, excerpt, articleId, articleTitle, createdAt, status, flags, version, 0, List.of());
    }
}
