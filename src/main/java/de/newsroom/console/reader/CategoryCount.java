package de.newsroom.console.reader;

import java.util.List;

/** A category of the public tree; {@code publishedArticleCount} includes all descendants. */
public record CategoryCount(String name, String slug, String path, long publishedArticleCount,
                            List<CategoryCount> children) {
}
