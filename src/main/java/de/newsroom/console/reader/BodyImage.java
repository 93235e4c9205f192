package de.newsroom.console.reader;

import de.newsroom.console.media.PublicImage;

/**
 * A library picture inside the article body ({@code ![alt](media:42)} in the Markdown), in order of first
 * appearance; the body HTML already embeds it as a {@code <figure>}. Same fields as {@link FeaturedImage}.
 */
public record BodyImage(String url, int width, int height, String alt, String caption, String credit,
                        String srcset) {

    static BodyImage of(PublicImage p) {
        return new BodyImage(p.url(), p.width(), p.height(), p.alt(), p.caption(), p.credit(), p.srcset());
    }
}
