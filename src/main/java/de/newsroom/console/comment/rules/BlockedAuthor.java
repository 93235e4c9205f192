package de.newsroom.console.comment.rules;

/** An entry of the author block list: comments matching it are rejected as spam on arrival. */
public record BlockedAuthor(Long id, Kind kind, String value, String note) {

    /** What the entry matches: the author name, the e-mail (both case-insensitive) or the client hash. */
    public enum Kind { NAME, EMAIL, CLIENT_HASH }
}
