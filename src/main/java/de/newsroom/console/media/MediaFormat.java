package de.newsroom.console.media;

/** The picture formats the console accepts and serves. */
public enum MediaFormat {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp");

    private final String mimeType;
    private final String extension;

    MediaFormat(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }

    /** The format for a served file's extension, or {@code null}. */
    static MediaFormat ofExtension(String extension) {
        for (MediaFormat f : values()) {
            if (f.extension.equals(extension)) {
                return f;
            }
        }
        return null;
    }
}
