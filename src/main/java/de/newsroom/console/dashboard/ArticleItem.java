package de.newsroom.console.dashboard;

import java.time.Instant;

/**
 * An article on the dashboard. {@code at} is the time that matters for its list (last change, schedule or
 * publication); {@code status} tells overdue schedules from late publications in the late list, and a published
 * article's next version in review ({@link #NEXT_IN_REVIEW}) from an article in review.
 */
public record ArticleItem(long id, String title, String authorName, String status, Instant at) {

    /** The status of a published article listed for its next version in review. */
    public static final String NEXT_IN_REVIEW = "NEXT_IN_REVIEW";

    /** The editor route of this article, or of its next version when that is what the item stands for. */
    public String editorPath() {
        return NEXT_IN_REVIEW.equals(status) ? "articles/" + id + "/next" : "articles/" + id;
    }
}
