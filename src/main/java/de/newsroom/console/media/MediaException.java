package de.newsroom.console.media;

/**
 * A picture change or upload that cannot be made as asked. {@link #reason()} names the rule (its text lives in the
 * bundles as {@code media.error.REASON}); {@link #image()} is the picture concerned where there is one, such as the
 * earlier upload of the same file.
 */
public class MediaException extends RuntimeException {

    /** Why the upload or change was refused. */
    public enum Reason {
        EMPTY, TOO_LARGE_FILE, TOO_MANY_PIXELS, SVG, UNSUPPORTED_TYPE, UNREADABLE, NOT_FOUND, STALE, IN_USE,
        TEXT_TOO_LONG, INVALID_FOCAL_POINT, SAME_AS_OTHER
    }

    private final Reason reason;
    private final transient MediaImage image;

    public MediaException(Reason reason, MediaImage image) {
        super(reason.name() + (image == null ? "" : ": " + image.id()));
        this.reason = reason;
        this.image = image;
    }

    public MediaException(Reason reason) {
        this(reason, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The picture the refusal is about (the existing one for {@link Reason#SAME_AS_OTHER}), or {@code null}. */
    public MediaImage image() {
        return image;
    }
}
