package de.newsroom.console.media;

import de.newsroom.console.base.markdown.Figure;

/**
 * A picture as readers get it: the largest full-frame JPEG rendition as {@code url}, every full-frame JPEG width in
 * {@code srcset}, the WebP widths in {@code webpSrcset} (empty when WebP is not produced), and the texts.
 */
public record PublicImage(long id, String url, int width, int height, String alt, String caption, String credit,
                          String srcset, String webpSrcset) {

    /** The {@code sizes} attribute for a picture that spans the reading column. */
    public static final String SIZES = "(max-width: 720px) 100vw, 720px";

    /** This picture as the Markdown renderer embeds it in an article body. */
    public Figure figure() {
        return new Figure(id, url, srcset, SIZES, width, height, alt, caption, credit);
    }
}
