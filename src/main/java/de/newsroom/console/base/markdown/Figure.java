package de.newsroom.console.base.markdown;

/**
 * A library picture as a Markdown body embeds it ({@code ![alt](media:42)}): rendition address, responsive
 * {@code srcset}, size and texts. {@code alt} is the library's alt text; when it is blank the text between the
 * brackets stands in.
 */
public record Figure(long id, String src, String srcset, String sizes, int width, int height, String alt,
                     String caption, String credit) {
}
