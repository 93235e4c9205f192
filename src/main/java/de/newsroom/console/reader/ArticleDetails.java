package de.newsroom.console.reader;

import java.time.Instant;
import java.util.List;

/**
 * One published article as the reader site shows it. {@code bodyHtml} is sanitised and may be embedded as is;
 * {@code keywords} is the seed page's keyword line (tag names, lower case, space-separated);
 * {@code featuredImage} is null when the article has none; {@code bylines} the authors' names in order;
 * {@code bodyImages} the library pictures the body shows (embedded in {@code bodyHtml} as figures), in order;
 * {@code corrections} the corrections published on it, oldest first (empty when none).
 */
public record ArticleDetails(String title, String slug, String lead, String bodyHtml, String categoryPath,
                             List<Crumb> breadcrumb, List<ReaderTag> tags, String keywords, Instant publishedAt,
                             Instant updatedAt, boolean commentsOpen, long approvedCommentCount,
                             List<LatestArticle> latestInCategory, FeaturedImage featuredImage,
                             List<String> bylines, List<BodyImage> bodyImages, List<Correction> corrections) {
}
