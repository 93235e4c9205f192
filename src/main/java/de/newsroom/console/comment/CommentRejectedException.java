package de.newsroom.console.comment;

import java.util.Map;

/**
 * A submission the intake refuses. {@code kind} picks the HTTP answer; {@code fieldErrors} name the offending fields
 * with an English message each.
 */
public class CommentRejectedException extends RuntimeException {

    /** What went wrong, as far as the caller needs to know. */
    public enum Kind { INVALID, NOT_FOUND, DUPLICATE }

    private final Kind kind;
    private final Map<String, String> fieldErrors;

    public CommentRejectedException(Kind kind, String message, Map<String, String> fieldErrors) {
        super(message);
        this.kind = kind;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Kind kind() {
        return kind;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
