package de.newsroom.console.comment;

/**
 * A comment as a moderator saw it: its id and the version read with it. A bulk decision applies only to comments
 * still pending at exactly this version, so a row decided or changed since it was read is skipped, never overwritten.
 */
public record CommentVersion(long id, long version) {

    /** The id and version of a queue row as it was read. */
    public static CommentVersion of(QueueRow row) {
        return new CommentVersion(row.id(), row.version());
    }
}
