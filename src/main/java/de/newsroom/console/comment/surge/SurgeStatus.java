package de.newsroom.console.comment.surge;

import java.time.Instant;
import java.util.Set;

/**
 * The surge guard's state as this instance last read it.
 *
 * @param active       whether a policy is in force
 * @param since        when it was switched on
 * @param policy       the policy in force
 * @param trigger      the threshold that switched it on
 * @param triggerValue that threshold's value at the switch (count or minutes)
 * @param pending      pending comments at the switch
 * @param closedSlugs  the articles the guard closed ({@link SurgePolicy#CLOSE_HOT_ARTICLES})
 */
public record SurgeStatus(boolean active, Instant since, SurgePolicy policy, SurgeTrigger trigger, long triggerValue,
                          long pending, Set<String> closedSlugs) {

    public static final SurgeStatus INACTIVE = new SurgeStatus(false, null, null, null, 0, 0, Set.of());

    public SurgeStatus {
        closedSlugs = closedSlugs == null ? Set.of() : Set.copyOf(closedSlugs);
    }

    /** Whether new comments under the article {@code slug} are refused for now. */
    public boolean closes(String slug) {
        return active && policy == SurgePolicy.CLOSE_HOT_ARTICLES && closedSlugs.contains(slug);
    }

    public boolean holdsAll() {
        return active && policy == SurgePolicy.HOLD_ALL;
    }

    public boolean stricter() {
        return active && policy == SurgePolicy.STRICTER_RULES;
    }
}
