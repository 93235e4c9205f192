package de.newsroom.console.article;

import java.util.List;

/**
 * One line of a line-based diff: unchanged, only in the old text, or only in the new one. A removed or added line
 * that replaced another line also carries its {@code words}: the line cut into runs, each marked as changed or not,
 * so an editor sees which words inside a paragraph changed. Empty when the line has no counterpart.
 */
public record DiffLine(Kind kind, String text, List<Words> words) {

    public enum Kind { SAME, REMOVED, ADDED }

    /** A run of words (with the spaces between them) that is either {@code changed} on this line or not. */
    public record Words(String text, boolean changed) {
    }

    public DiffLine {
        words = words == null ? List.of() : List.copyOf(words);
    }

    public DiffLine(Kind kind, String text) {
        this(kind, text, List.of());
    }

    /** "  text", "- text" or "+ text". */
    public String asText() {
        return switch (kind) {
            case SAME -> "  " + text;
            case REMOVED -> "- " + text;
            case ADDED -> "+ " + text;
        };
    }
}
