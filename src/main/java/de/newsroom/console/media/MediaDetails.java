package de.newsroom.console.media;

/** What an editor changes on a picture: its texts and the focal point (0..1 from the left and from the top). */
public record MediaDetails(String altText, String caption, String credit, double focalX, double focalY) {
}
