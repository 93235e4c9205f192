package de.newsroom.console.base.domain;

/** Outcome of {@link Texts#check(String, int, int)}; forms map each value to a message. */
public enum TextProblem {
    OK,
    TOO_SHORT,
    TOO_LONG,
    /** Contains something PostgreSQL or UTF-8 cannot hold faithfully, see {@link Texts#isStorable(String)}. */
    UNSTORABLE
}
