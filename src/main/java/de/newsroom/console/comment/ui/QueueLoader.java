package de.newsroom.console.comment.ui;

import de.newsroom.console.comment.CommentModerationService;
import de.newsroom.console.comment.ModerationFilter;
import de.newsroom.console.comment.QueueCursor;
import de.newsroom.console.comment.QueueRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Serves the grid's offset/limit requests with keyset pages, never OFFSET. It keeps the rows of the latest requests
 * (a window of at most {@link #WINDOW} rows beyond what one request needs) and, for every page boundary passed so
 * far, the cursor where that page starts (20 bytes per {@link #PAGE} rows). A request inside the window costs no
 * query, one elsewhere a single keyset query from the nearest known page start; only a first jump past the deepest
 * page seen walks there, in pages of {@link #WALK}, keeping just the page starts. Memory stays bounded however far
 * the moderator scrolls.
 */
final class QueueLoader {

    static final int PAGE = 50;
    static final int WINDOW = 4 * PAGE;
    /** The service's largest page. */
    static final int WALK = 500;

    private final CommentModerationService moderation;
    private ModerationFilter filter = ModerationFilter.pending();
    private List<QueueRow> window = new ArrayList<>();
    private int windowStart;
    private final PageStarts starts = new PageStarts();
    /** The number of rows once the end of the queue has been seen; -1 while unknown. */
    private int end = -1;
    private int queries;

    QueueLoader(CommentModerationService moderation) {
        this.moderation = moderation;
    }

    void reset(ModerationFilter newFilter) {
        filter = newFilter;
        window = new ArrayList<>();
        windowStart = 0;
        starts.clear();
        end = -1;
    }

    ModerationFilter filter() {
        return filter;
    }

    Stream<QueueRow> fetch(int offset, int limit) {
        int until = end >= 0 ? Math.min(offset + limit, end) : offset + limit;
        if (offset >= until) {
            return Stream.empty();
        }
        if (offset < windowStart || until > windowStart + window.size()) {
            load(offset, until);
        }
        int from = offset - windowStart;
        int to = Math.min(window.size(), until - windowStart);
        return from >= to ? Stream.empty() : List.copyOf(window.subList(from, to)).stream();
    }

    // Loads rows [offset, until): on from the window when the request continues it (scrolling down), otherwise from
    // the nearest known page start at or before offset.
    private void load(int offset, int until) {
        List<QueueRow> kept;
        int position;
        QueueCursor cursor;
        if (!window.isEmpty() && offset >= windowStart && offset <= windowStart + window.size()) {
            kept = new ArrayList<>(window);
            position = windowStart + window.size();
            cursor = QueueCursor.after(window.getLast());
        } else {
            int page = Math.min(offset / PAGE, starts.size());
            kept = new ArrayList<>();
            windowStart = offset;
            position = page * PAGE;
            cursor = starts.cursor(page);
        }
        while (position < until) {
            int want = Math.clamp(until - position, PAGE, WALK);
            List<QueueRow> rows = moderation.page(filter, cursor, want);
            queries++;
            for (QueueRow row : rows) {
                if (position >= offset) {
                    kept.add(row);
                }
                position++;
                starts.passed(position, row);
            }
            if (rows.size() < want) {
                end = position;
                break;
            }
            cursor = QueueCursor.after(rows.getLast());
        }
        // Forget rows above the request beyond the window's size.
        int drop = Math.max(0, Math.min(kept.size() - WINDOW, offset - windowStart));
        window = new ArrayList<>(kept.subList(drop, kept.size()));
        windowStart += drop;
    }

    /** Lets the next fetch look past the end again (new comments may have arrived). */
    void reopen() {
        end = -1;
    }

    /**
     * Drops decided rows; rows below them move up, so page starts after the first of them are re-learned. Returns
     * whether any of them was held.
     */
    boolean remove(Collection<Long> ids) {
        int first = -1;
        for (int i = 0; i < window.size(); i++) {
            if (ids.contains(window.get(i).id())) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return false;
        }
        int before = window.size();
        window.removeIf(row -> ids.contains(row.id()));
        if (end >= 0) {
            end -= before - window.size();
        }
        starts.truncate((windowStart + first) / PAGE);
        for (int i = first; i < window.size(); i++) {
            starts.passed(windowStart + i + 1, window.get(i));
        }
        return true;
    }

    /** Puts {@code row} in place of the held row with its id (after an edit changed its text and version). */
    void replace(QueueRow row) {
        for (int i = 0; i < window.size(); i++) {
            if (window.get(i).id() == row.id()) {
                window.set(i, row);
            }
        }
    }

    /** The rows held right now (the window), for tests. */
    List<QueueRow> loaded() {
        return List.copyOf(window);
    }

    int indexOf(long id) {
        for (int i = 0; i < window.size(); i++) {
            if (window.get(i).id() == id) {
                return windowStart + i;
            }
        }
        return -1;
    }

    /** Row {@code index}, loading it if needed; null past the end. */
    QueueRow rowAt(int index) {
        if (index < 0) {
            return null;
        }
        return fetch(index, 1).findFirst().orElse(null);
    }

    int queries() {
        return queries;
    }

    /** The number of page starts known, i.e. how deep the keyset paging has been (for tests). */
    int pageStarts() {
        return starts.size();
    }

    /**
     * Where page k (k >= 1) starts: the (created_at, id) of row k * PAGE - 1, in flat arrays rather than one object
     * per page. Page 0 starts at the beginning.
     */
    private static final class PageStarts {
        private long[] seconds = new long[16];
        private int[] nanos = new int[16];
        private long[] ids = new long[16];
        private int size;

        int size() {
            return size;
        }

        /** Records the start of the next page if {@code rowsPassed} (rows up to and including {@code row}) ends one. */
        void passed(int rowsPassed, QueueRow row) {
            if (rowsPassed % PAGE != 0 || rowsPassed / PAGE != size + 1) {
                return;
            }
            if (size == ids.length) {
                seconds = Arrays.copyOf(seconds, size * 2);
                nanos = Arrays.copyOf(nanos, size * 2);
                ids = Arrays.copyOf(ids, size * 2);
            }
            seconds[size] = row.createdAt().getEpochSecond();
            nanos[size] = row.createdAt().getNano();
            ids[size] = row.id();
            size++;
        }

        QueueCursor cursor(int page) {
            return page == 0 ? null : new QueueCursor(Instant.ofEpochSecond(seconds[page - 1], nanos[page - 1]),
                    ids[page - 1]);
        }

        /** Keeps the starts of pages 1..{@code pages}. */
        void truncate(int pages) {
            size = Math.min(size, pages);
        }

        void clear() {
            size = 0;
        }
    }
}
