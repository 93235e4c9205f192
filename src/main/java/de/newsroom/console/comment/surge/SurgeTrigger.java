package de.newsroom.console.comment.surge;

/** Which threshold switched the guard on. */
public enum SurgeTrigger {
    /** Pending comments reached the threshold (value: the count). */
    PENDING,
    /** The oldest pending comment waited too long (value: its age in minutes). */
    OLDEST,
    /** No moderator decided anything for too long while comments were pending (value: minutes since). */
    IDLE
}
