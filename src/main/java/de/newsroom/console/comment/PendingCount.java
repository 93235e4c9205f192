package de.newsroom.console.comment;

/** The pending badge: exact up to {@value #CAP_DISPLAY}, "999+" beyond, never a count of the whole table. */
public record PendingCount(int count, boolean capped) {

    public static final int CAP_DISPLAY = 999;

    public String label() {
        return capped ? CAP_DISPLAY + "+" : String.valueOf(count);
    }
}
