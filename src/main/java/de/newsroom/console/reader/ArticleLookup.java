package de.newsroom.console.reader;

import java.time.Instant;

/** The outcome of looking up a slug: the article, a permanent move to its current slug, or nothing public. */
public sealed interface ArticleLookup {

    /** A published article under this slug. */
    record Found(ArticleDetails article, long articleId, Instant lastModified) implements ArticleLookup {
    }

    /** An old slug of a published article. */
    record Moved(String currentSlug) implements ArticleLookup {
    }

    /** Unknown or not published: answered alike. */
    record Missing() implements ArticleLookup {
    }
}
