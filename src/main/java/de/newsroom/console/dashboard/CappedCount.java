package de.newsroom.console.dashboard;

/**
 * A count that stops at {@link #CAP}: counting further would need a scan that grows with the table. Shown as
 * "999+" when capped.
 */
public record CappedCount(long value, boolean capped) {

    /** The largest count shown exactly. */
    public static final int CAP = 999;

    /** From the result of {@code count(*)} over a sub-select limited to {@code CAP + 1} rows. */
    public static CappedCount of(long countedUpToCapPlusOne) {
        return countedUpToCapPlusOne > CAP ? new CappedCount(CAP, true) : new CappedCount(countedUpToCapPlusOne, false);
    }

    /** "17", or "999+" when capped. */
    public String display() {
        return capped ? CAP + "+" : Long.toString(value);
    }
}
