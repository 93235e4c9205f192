package de.newsroom.console.reader;

import de.newsroom.console.media.PublicImage;

/**
 * The picture above an article: {@code url} is the largest JPEG rendition, {@code srcset} lists every width for
 * responsive loading; paths are on this console ({@code /media/...}), cacheable for a year.
 */
public record FeaturedImage(String url, int width, int height, String alt, String caption, String credit,
                            String srcset) {

    static FeaturedImage of(PublicImage p) {
        return new FeaturedImage(p.url(), p.width(), p.height(), p.alt(), p.caption(), p.credit(), p.srcset());
    }
}
