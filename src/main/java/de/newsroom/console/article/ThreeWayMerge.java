package de.newsroom.console.article;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Merges a save based on an older version: a field only one side changed since {@code base} takes that side; a field
 * both sides changed differently is a conflict. Without a base every difference is a conflict.
 */
final class ThreeWayMerge {

    record Outcome(ArticleContent merged, Set<ArticleField> conflicts) {
    }

    private ThreeWayMerge() {
    }

    static Outcome merge(ArticleContent base, ArticleContent mine, ArticleContent theirs) {
        ArticleContent merged = mine;
        Set<ArticleField> conflicts = EnumSet.noneOf(ArticleField.class);
        for (ArticleField field : ArticleField.CONTENT) {
            Object m = mine.get(field);
            Object t = theirs.get(field);
            if (Objects.equals(m, t)) {
                continue;
            }
            if (base != null && Objects.equals(m, base.get(field))) {
                merged = merged.with(field, theirs);
            } else if (base == null || !Objects.equals(t, base.get(field))) {
                conflicts.add(field);
            }
        }
        return new Outcome(merged, conflicts);
    }
}
