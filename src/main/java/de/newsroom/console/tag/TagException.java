package de.newsroom.console.tag;

/**
 * A tag change that cannot be made as asked. {@link #reason()} names the rule; for {@link Reason#NAME_TAKEN}
 * {@link #existing()} is the tag that already owns the name, so the user can be shown it instead.
 */
public class TagException extends RuntimeException {

    /** Why the change was refused. */
    public enum Reason { NOT_FOUND, STALE, INVALID_NAME, NAME_TAKEN, IN_USE, NOTHING_TO_MERGE }

    private final Reason reason;
    private final transient TagRef existing;

    public TagException(Reason reason, TagRef existing) {
        super(reason + (existing == null ? "" : ": " + existing.name()));
        this.reason = reason;
        this.existing = existing;
    }

    public Reason reason() {
        return reason;
    }

    /** The tag that already has the wanted name (after folding), or {@code null}. */
    public TagRef existing() {
        return existing;
    }
}
