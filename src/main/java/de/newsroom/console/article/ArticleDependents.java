package de.newsroom.console.article;

/**
 * What other features keep about an article and lose with it when it is deleted for good (reader comments, image
 * uses). Article cannot call those features (they depend on it), so they register an implementation; the deletion
 * dialog names each count, and {@link #deleting} runs in the deleting transaction before the article's row goes.
 */
public interface ArticleDependents {

    /** A translation key naming what is counted, with one ICU plural argument, e.g. "{0} reader comments". */
    String labelKey();

    /** How many rows of this kind the article has. */
    long count(long articleId);

    /** Removes them (or their references); called inside the deletion's transaction. */
    void deleting(long articleId);
}
