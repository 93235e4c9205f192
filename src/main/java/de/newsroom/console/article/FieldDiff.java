package de.newsroom.console.article;

import java.util.List;

/** The diff of one article field between two versions. */
public record FieldDiff(ArticleField field, List<DiffLine> lines) {

    public boolean changed() {
        return lines.stream().anyMatch(l -> l.kind() != DiffLine.Kind.SAME);
    }
}
