package de.newsroom.console.article;

/** One line of a line-based diff: unchanged, only in the old text, or only in the new one. */
public record DiffLine(Kind kind, String text) {

    public enum Kind { SAME, REMOVED, ADDED }

    /** "  text", "- text" or "+ text". */
    public String asText() {
        return switch (kind) {
            case SAME -> "  " + text;
            case REMOVED -> "- " + text;
            case ADDED -> "+ " + text;
        };
    }
}
