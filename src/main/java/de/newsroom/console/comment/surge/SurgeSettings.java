package de.newsroom.console.comment.surge;

/**
 * The admins' surge guard settings. A threshold of 0 minutes switches that check off.
 *
 * @param enabled          whether the guard evaluates at all (default off: decision 17)
 * @param pending          pending comments that switch it on
 * @param oldestMinutes    age of the oldest pending comment that switches it on (0: not checked)
 * @param idleMinutes      minutes without any moderation decision, while comments are pending (0: not checked)
 * @param liftPercent      the guard lifts once every value is below this share of its threshold …
 * @param liftMinutes      … for this many minutes
 * @param policy           what it does while active
 * @param hotArticles      how many articles {@link SurgePolicy#CLOSE_HOT_ARTICLES} closes …
 * @param hotWindowMinutes … ranked by comments received in this many minutes
 */
public record SurgeSettings(boolean enabled, int pending, int oldestMinutes, int idleMinutes, int liftPercent,
                            int liftMinutes, SurgePolicy policy, int hotArticles, int hotWindowMinutes) {

    public static final int PENDING_MAX = 1_000_000;
    public static final int MINUTES_MAX = 10_080;
    public static final int LIFT_MINUTES_MAX = 1_440;
    public static final int HOT_ARTICLES_MAX = 50;

    /** The defaults of the migration: off, 500 pending or two hours' wait, lift below half for ten minutes. */
    public static final SurgeSettings DEFAULTS = new SurgeSettings(false, 500, 120, 0, 50, 10, SurgePolicy.HOLD_ALL,
            3, 15);

    /**
     * The name of the first field out of range (for the form to mark), or null when all are valid.
     */
    public String invalidField() {
        if (pending < 1 || pending > PENDING_MAX) {
            return "pending";
        }
        if (oldestMinutes < 0 || oldestMinutes > MINUTES_MAX) {
            return "oldestMinutes";
        }
        if (idleMinutes < 0 || idleMinutes > MINUTES_MAX) {
            return "idleMinutes";
        }
        if (liftPercent < 10 || liftPercent > 100) {
            return "liftPercent";
        }
        if (liftMinutes < 0 || liftMinutes > LIFT_MINUTES_MAX) {
            return "liftMinutes";
        }
        if (policy == null) {
            return "policy";
        }
        if (hotArticles < 1 || hotArticles > HOT_ARTICLES_MAX) {
            return "hotArticles";
        }
        if (hotWindowMinutes < 1 || hotWindowMinutes > LIFT_MINUTES_MAX) {
            return "hotWindowMinutes";
        }
        return null;
    }

    String describe() {
        return (enabled ? "on" : "off") + ", pending " + pending + ", oldest " + oldestMinutes + " min, idle "
                + idleMinutes + " min, lift below " + liftPercent + " % for " + liftMinutes + " min, " + policy
                + (policy == SurgePolicy.CLOSE_HOT_ARTICLES ? " (top " + hotArticles + " of the last "
                + hotWindowMinutes + " min)" : "");
    }
}
