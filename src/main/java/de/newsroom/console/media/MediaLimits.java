package de.newsroom.console.media;

/** Limits for uploads and picture texts, shared by the columns (V74), the service and the form fields. */
public final class MediaLimits {

    /** Larger files are refused before anything reads them. */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    /** Larger pictures are refused from their header, before a pixel is decoded (decompression bombs). */
    public static final long MAX_PIXELS = 40_000_000L;
    public static final int ALT_TEXT = 300;
    public static final int CAPTION = 1000;
    public static final int CREDIT = 200;
    public static final int FILE_NAME = 255;

    private MediaLimits() {
    }
}
