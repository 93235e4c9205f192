package de.newsroom.console.article;

import java.util.List;

/** The diff of one article field ({@code title}, {@code lead}, {@code body}, ...) between two versions. */
public record FieldDiff(String field, List<DiffLine> lines) {

    public boolean changed() {
        return lines.stream().anyMatch(l -> l.kind() != DiffLine.Kind.SAME);
    }
}
