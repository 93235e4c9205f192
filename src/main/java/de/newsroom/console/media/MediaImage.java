package de.newsroom.console.media;

import java.time.Instant;

/**
 * A picture of the library as the console shows it: its texts, focal point, size and how many places use it.
 * {@code thumbnailUrl} is the square crop around the focal point, served publicly.
 */
public record MediaImage(long id, String fileName, MediaFormat format, int width, int height, long byteSize,
                         String altText, String caption, String credit, double focalX, double focalY,
                         String renditionKey, String thumbnailUrl, long usage, long version, Instant uploadedAt) {

    /** Megapixels, for the library's detail line. */
    public double megapixels() {
        return width * (double) height / 1_000_000d;
    }
}
