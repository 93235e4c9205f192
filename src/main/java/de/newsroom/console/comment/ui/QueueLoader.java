package de.newsroom.console.comment.ui;

import de.newsroom.console.comment.CommentModerationService;
import de.newsroom.console.comment.ModerationFilter;
import de.newsroom.console.comment.QueueCursor;
import de.newsroom.console.comment.QueueRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Serves the grid's offset/limit requests from rows loaded page by page with keyset cursors: the next page always
 * starts after the last loaded row, so scrolling deep never makes the database skip rows (no OFFSET).
 */
final class QueueLoader {

    static final int PAGE = 50;

    private final CommentModerationService moderation;
    private final List<QueueRow> loaded = new ArrayList<>();
    private ModerationFilter filter = ModerationFilter.pending();
    private boolean exhausted;
    private int queries;

    QueueLoader(CommentModerationService moderation) {
        this.moderation = moderation;
    }

    void reset(ModerationFilter newFilter) {
        filter = newFilter;
        loaded.clear();
        exhausted = false;
    }

    ModerationFilter filter() {
        return filter;
    }

    Stream<QueueRow> fetch(int offset, int limit) {
        while (!exhausted && loaded.size() < offset + limit) {
            QueueCursor cursor = loaded.isEmpty() ? null : QueueCursor.after(loaded.getLast());
            int want = Math.max(PAGE, offset + limit - loaded.size());
            List<QueueRow> page = moderation.page(filter, cursor, want);
            queries++;
            loaded.addAll(page);
            exhausted = page.size() < want;
        }
        if (offset >= loaded.size()) {
            return Stream.empty();
        }
        return loaded.subList(offset, Math.min(loaded.size(), offset + limit)).stream().toList().stream();
    }

    /** Lets the next fetch look past the end again (new comments may have arrived). */
    void reopen() {
        exhausted = false;
    }

    void remove(Collection<Long> ids) {
        loaded.removeIf(row -> ids.contains(row.id()));
    }

    List<QueueRow> loaded() {
        return List.copyOf(loaded);
    }

    int indexOf(long id) {
        for (int i = 0; i < loaded.size(); i++) {
            if (loaded.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** Row {@code index}, loading further pages if needed; null past the end. */
    QueueRow rowAt(int index) {
        if (index < 0) {
            return null;
        }
        if (index >= loaded.size()) {
            fetch(index, 1);
        }
        return index < loaded.size() ? loaded.get(index) : null;
    }

    int queries() {
        return queries;
    }
}
