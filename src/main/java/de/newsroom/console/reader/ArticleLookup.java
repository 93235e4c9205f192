package de.newsroom.console.reader;

import java.time.Instant;

/** The outcome of looking up a slug: the article, a permanent move to its current slug, gone for good, or nothing public. */
public sealed interface ArticleLookup {

    /** A published article under this slug. */
    record Found(ArticleDetails article, long articleId, Instant lastModified) implements ArticleLookup {
    }

    /** An old slug of a published article. */
    record Moved(String currentSlug) implements ArticleLookup {
    }

    /** A once-published article now in the trash, under its slug or an old one: "410 Gone", not "not found". */
    record Gone() implements ArticleLookup {
    }

    /** Unknown or not published: answered alike. */
    record Missing() implements ArticleLookup {
    }
}
