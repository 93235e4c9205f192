package de.newsroom.console.media;

/** The picture an upload produced, or the one that already held the same file ({@code duplicate}). */
public record UploadOutcome(MediaImage image, boolean duplicate) {
}
