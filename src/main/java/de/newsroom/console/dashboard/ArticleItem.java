package de.newsroom.console.dashboard;

import java.time.Instant;

/**
 * An article on the dashboard. {@code at} is the time that matters for its list (last change, schedule or
 * publication); {@code status} tells overdue schedules from late publications in the late list.
 */
public record ArticleItem(long id, String title, String authorName, String status, Instant at) {

    /** The editor route of this article. */
    public String editorPath() {
        return "articles/" + id;
    }
}
