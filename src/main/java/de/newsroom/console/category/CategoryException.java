package de.newsroom.console.category;

/**
 * A change to the category tree that cannot be made as asked. {@link #reason()} names the rule that was broken so
 * a view can explain it; {@link #detail()} carries the name or path involved, if any.
 */
public class CategoryException extends RuntimeException {

    /** Why the change was refused. */
    public enum Reason {
        NOT_FOUND, STALE, INVALID_NAME, NAME_TAKEN, CYCLE, NEEDS_TARGET, INVALID_TARGET, CHILD_NAME_TAKEN,
        INVALID_DESCRIPTION
    }

    private final Reason reason;
    private final String detail;

    public CategoryException(Reason reason, String detail) {
        super(reason + (detail == null ? "" : ": " + detail));
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** The name or path the message should mention; may be {@code null}. */
    public String detail() {
        return detail;
    }
}
