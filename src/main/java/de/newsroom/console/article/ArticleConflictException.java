package de.newsroom.console.article;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Someone else saved the article after the editor loaded it, and both changed the same field. Names who saved and
 * when, which fields clash, and carries their version so the editor can compare and merge by hand.
 */
public class ArticleConflictException extends RuntimeException {

    private final String savedBy;
    private final Instant savedAt;
    private final transient ArticleDetails theirs;
    private final Set<ArticleField> conflictingFields;

    public ArticleConflictException(String savedBy, Instant savedAt, ArticleDetails theirs, Set<ArticleField> conflictingFields) {
        super("article " + theirs.id() + " was saved by " + savedBy + " at " + savedAt + " (version "
                + theirs.version() + "); conflicting " + conflictingFields);
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.theirs = theirs;
        // In form order, as the conflict message lists them.
        this.conflictingFields = conflictingFields.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(conflictingFields));
    }

    /** Display name of whoever saved the version that wins for now. */
    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }

    /** The article as it is now stored. */
    public ArticleDetails theirs() {
        return theirs;
    }

    /** The version to use as the new base after merging by hand. */
    public long theirVersion() {
        return theirs.version();
    }

    /** The fields both sides changed ({@link ArticleField#STATUS} when a status move found a newer version). */
    public Set<ArticleField> conflictingFields() {
        return conflictingFields;
    }
}
