package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableSupplier;
import de.newsroom.console.base.ui.PhoneColumns;
import de.newsroom.console.comment.CommentVersion;
import de.newsroom.console.comment.QueueRow;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The queue's rows from {@link QueueLoader}: author, excerpt, article, age and flag badges, multi-select for bulk
 * decisions, the comment on screen highlighted. Author and article give way on phones ({@link PhoneColumns}).
 * <p>
 * The browser's grid holds rows by position, so taking a row out of the middle means sending every row below it
 * again (a whole window, about 30 KB, and the browser re-rendering it on every key press). A row the moderator
 * decides therefore stays in its place until the next full refresh, marked with the decision and neither clickable
 * nor selectable, and only that row and the newly highlighted one are sent again ({@code refreshItem}). The loader has
 * already dropped it; {@link #fetch} puts such rows back at their grid positions, so the rows the browser asks for
 * later line up with the ones it holds.
 */
final class QueueGrid extends Grid<QueueRow> {

    private final transient Clock clock;
    private final QueueLoader loader;
    /** Rows decided here since the last full refresh, by grid position (the loader no longer holds them). */
    private final TreeMap<Integer, QueueRow> decidedRows = new TreeMap<>();
    /** The decision shown on each of {@link #decidedRows}, by comment id. */
    private final Map<Long, String> decidedLabels = new HashMap<>();

    QueueGrid(QueueLoader loader, Clock clock, SerializableSupplier<QueueRow> current) {
        this.clock = clock;
        this.loader = loader;
        setId("moderation-grid");
        addClassName("moderation-grid");
        // Cells wrap: a row is three lines high for the comment anyway, so a long author name takes two of them.
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setSelectionMode(Grid.SelectionMode.MULTI);
        // A fixed width, not the longest name's: a long name wraps onto a second line of the row.
        addColumn(QueueRow::authorName).setHeader(getTranslation("comment.col.author"))
                .setKey("author").setWidth("8.5rem").setFlexGrow(0);
        // Three lines of the comment and of the article title, wrapped in the browser (lit escapes the text); the
        // whole comment is one click away in the detail panel. These two take all the width the others leave.
        // A row decided here says so before its text, in a badge the row's strike-through does not cross (before,
        // the decision stood in the age column, struck through and cut to "Frei…" in German).
        addColumn(LitRenderer.<QueueRow>of("""
                        <div class="queue-excerpt">${item.decided ? html`<span class="queue-decided">\
                        ${item.decided}</span> ` : ''}${item.text}</div>""")
                        .withProperty("text", QueueRow::excerpt)
                        .withProperty("decided", row -> decidedLabels.getOrDefault(row.id(), "")))
                .setHeader(getTranslation("comment.col.excerpt")).setKey("excerpt").setWidth("7rem").setFlexGrow(3);
        // Where the focus goes on a row after a dialog (focusAfterDialog) when it was not on a row before.
        getColumnByKey("excerpt").setId("queue-column-excerpt");
        addColumn(LitRenderer.<QueueRow>of("<div class=\"queue-article\">${item.title}</div>")
                        .withProperty("title", QueueRow::articleTitle))
                .setHeader(getTranslation("comment.col.article")).setKey("article").setWidth("6rem").setFlexGrow(2);
        addColumn(this::age).setHeader(getTranslation("comment.col.age")).setKey("age")
                .setAutoWidth(true).setFlexGrow(0);
        PhoneColumns.hideOnPhones(this, List.of(getColumnByKey("author"), getColumnByKey("article")));
        // Rendered in the browser from plain data: a component per row would put 50 server-side components (and
        // their state nodes) into every range the grid asks for. Three string lists, because Vaadin serialises
        // renderer properties as beans (a Map would arrive as {"empty": false}). Readers' reports ("3 reports:
        // Insult, Spam") stand under the badges, not in a column of their own: that one stayed empty for most rows
        // and took the width the comment needs.
        addColumn(LitRenderer.<QueueRow>of("""
                        <div class="comment-flags">${item.flagCodes.map((code, i) => html`<span class="comment-flag \
                        comment-flag-${code}" title="${item.flagReasons[i]}">${item.flagLabels[i]}</span>`)}</div>\
                        ${item.reports ? html`<div class="queue-reports">${item.reports}</div>` : ''}""")
                        .withProperty("flagCodes", row -> row.flags().stream().map(FlagTexts::code).toList())
                        .withProperty("flagLabels", row -> row.flags().stream()
                                .map(flag -> getTranslation("comment.flag." + FlagTexts.code(flag))).toList())
                        .withProperty("flagReasons", row -> row.flags().stream()
                                .map(flag -> FlagTexts.describe(flag, this::getTranslation)).toList())
                        .withProperty("reports", this::reports))
                // A fixed width: several badges wrap onto a second line instead of widening the column. With the
                // checkbox, the comment's 7 rem base and the age it fits a 390 px phone (author and article give way).
                .setHeader(getTranslation("comment.col.flags")).setKey("flags").setWidth("7rem").setFlexGrow(0);
        setPartNameGenerator(row -> decidedLabels.containsKey(row.id()) ? "decided-row"
                : current.get() != null && current.get().id() == row.id() ? "current-row" : null);
        setItemSelectableProvider(row -> !decidedLabels.containsKey(row.id()));
        setItems(query -> fetch(query.getOffset(), query.getLimit()));
    }

    // Grid positions [offset, offset + limit): the loader's rows with the rows decided here back in their places.
    private Stream<QueueRow> fetch(int offset, int limit) {
        if (decidedRows.isEmpty()) {
            return loader.fetch(offset, limit);
        }
        int decidedInside = decidedRows.subMap(offset, offset + limit).size();
        Iterator<QueueRow> live = loader.fetch(offset - decidedRows.headMap(offset).size(), limit - decidedInside)
                .iterator();
        List<QueueRow> rows = new ArrayList<>(limit);
        for (int position = offset; position < offset + limit; position++) {
            QueueRow decided = decidedRows.get(position);
            if (decided != null) {
                rows.add(decided);
            } else if (live.hasNext()) {
                rows.add(live.next());
            } else {
                break;
            }
        }
        return rows.stream();
    }

    /** The grid position of the loader's row {@code loaderIndex}: decided rows still on screen come before it. */
    int positionOf(int loaderIndex) {
        int position = loaderIndex;
        for (int decided : decidedRows.keySet()) {
            if (decided > position) {
                break;
            }
            position++;
        }
        return position;
    }

    /**
     * Marks {@code row}, which the moderator just decided and which was the loader's row {@code loaderIndex} before
     * the loader dropped it, with {@code label} in its place: only this row goes to the browser again.
     */
    void markDecided(QueueRow row, int loaderIndex, String label) {
        decidedRows.put(positionOf(loaderIndex), row);
        decidedLabels.put(row.id(), label);
        deselectComment(row.id());
        getDataProvider().refreshItem(row);
    }

    /**
     * Scrolls grid position {@code position} into view unless it is in view already (no jump on every key), and
     * moves the keyboard focus to that row when it was on a row of the grid, on the queue area itself, or lost (on
     * the page, or on a button the answer disabled): the focus follows the comment on screen after J/K and after a
     * decision, on the same column if it was on a row, else on the comment's. Before, it stayed on the row left
     * behind (after A, on the decided, struck-through row), so the focus ring and the highlighted comment were a row
     * apart and a screen reader read the wrong comment. Focus elsewhere (a filter, a button of the detail panel that
     * still works, a dialog) stays where it is.
     */
    void scrollToRow(int position) {
        getElement().executeJs("""
                const grid = this;
                if (grid._firstVisibleIndex === undefined || $0 < grid._firstVisibleIndex
                    || $0 >= grid._lastVisibleIndex) {
                  grid.scrollToIndex($0);
                }
                const active = grid.shadowRoot && grid.shadowRoot.activeElement;
                const items = grid.$ && grid.$.items;
                const onRow = !!(active && items && active.parentElement && active.parentElement.parentElement === items);
                const column = onRow ? Array.prototype.indexOf.call(active.parentElement.children, active) : -1;
                const area = grid.closest('.moderation-area');
                requestAnimationFrame(() => {
                  const now = document.activeElement;
                  const lost = !now || now === document.body || now === area
                      || (!!area && area.contains(now) && now !== grid && now.hasAttribute('disabled'));
                  if (!onRow && !lost) {
                    return;
                  }
                  const row = items && Array.prototype.find.call(items.children, r => r.index === $0);
                  const cells = row ? Array.from(row.children) : [];
                  const cell = column >= 0 ? cells[column]
                      : cells.find(c => c._column && c._column.id === 'queue-column-excerpt') || cells[0];
                  if (cell && cell !== grid.shadowRoot.activeElement) {
                    cell.focus({preventScroll: true});
                  }
                });""", position);
    }

    /**
     * Puts the keyboard focus on the row of the comment on screen once the browser has rendered it (the row whose
     * cells carry {@code current-row}), or with {@code commentOnScreen} false on the empty state, so that the
     * documented keys work at once on arrival: from a fresh page load and from the navigation entry that brought
     * the moderator here (which keeps the focus otherwise). Until the row is there the queue area holds it, so a key
     * pressed meanwhile works too. Focus the moderator has put elsewhere meanwhile (a filter, a row they clicked)
     * stays where it is; without a laid-out row within ten seconds the area keeps it. No request to the server.
     */
    void focusOnArrival(boolean commentOnScreen) {
        getElement().executeJs("""
                const grid = this;
                const start = document.activeElement;
                const free = () => {
                  const area = grid.closest('.moderation-area');
                  const view = grid.closest('.moderation-view');
                  const a = document.activeElement;
                  if (!a || a === document.body || a === area) {
                    return true;
                  }
                  const outside = !view || !view.contains(a);
                  return outside && (a === start || !!a.closest('vaadin-side-nav, vaadin-drawer-toggle'));
                };
                const deadline = Date.now() + 10000;
                let attached = false;
                const step = () => {
                  // The first answer's scripts may run before the view is in the page; once it has left, stop.
                  if (grid.isConnected) {
                    attached = true;
                  } else if (attached) {
                    return;
                  }
                  if (!free()) {
                    return;
                  }
                  if (grid.isConnected && grid.offsetWidth > 0) {
                    if (!$0 && grid.__emptyState) {
                      grid.$.emptystatecell.focus({preventScroll: true});
                      return;
                    }
                    const items = grid.$ && grid.$.items;
                    const row = $0 && items && Array.prototype.find.call(items.children, r => !r.hidden
                        && !r.hasAttribute('loading') && r.firstElementChild
                        && r.firstElementChild.part.contains('current-row'));
                    if (row) {
                      const cells = Array.from(row.children);
                      (cells.find(c => c._column && c._column.id === 'queue-column-excerpt') || cells[0])
                          .focus({preventScroll: true});
                      return;
                    }
                    const area = grid.closest('.moderation-area');
                    if (area && document.activeElement !== area) {
                      area.focus({preventScroll: true});
                    }
                  }
                  if (Date.now() < deadline) {
                    setTimeout(step, 50);
                  }
                };
                step();""", commentOnScreen);
    }

    /**
     * After the moderator's own decision took the last comment: the keyboard focus goes to the empty state ("no
     * pending comments") once the browser shows it, if it was in the queue area (on the decided row, on a button
     * that is disabled now) or lost. Before, a decision by key left it on a hidden row, and one by the button on the
     * disabled button, which the browser drops onto the page: no key did anything. Focus elsewhere stays put.
     */
    void focusEmptyStateIfInQueue() {
        getElement().executeJs("""
                const grid = this;
                const area = grid.closest('.moderation-area');
                const deadline = Date.now() + 3000;
                const step = () => {
                  const a = document.activeElement;
                  if (!grid.isConnected || (a && a !== document.body && !(area && area.contains(a)))) {
                    return;
                  }
                  if (grid.__emptyState) {
                    grid.$.emptystatecell.focus({preventScroll: true});
                  } else if (Date.now() < deadline) {
                    setTimeout(step, 50);
                  } else if (area) {
                    area.focus({preventScroll: true});
                  }
                };
                requestAnimationFrame(step);""");
    }

    /**
     * Puts the keyboard focus on grid position {@code position} (the comment on screen), or with -1 on the empty
     * state (the area around the grid while rows are left), once a dialog that decided something has closed. The
     * dialog puts the focus back where it stood when it opened as it closes (the decided row, or the button that
     * opened it) after this answer's own scripts have run, so this waits a task and a frame: before, the focus landed
     * on the decided, struck-through row, a row away from the comment on screen. The column is the one the focus is
     * in if it is on a row, else the comment's.
     */
    void focusAfterDialog(int position) {
        getElement().executeJs("""
                const grid = this;
                const pos = $0;
                setTimeout(() => {
                  if (pos < 0) {
                    const area = grid.closest('.moderation-area');
                    (grid.__emptyState ? grid.$.emptystatecell : area || grid).focus({preventScroll: true});
                    return;
                  }
                  if (grid._firstVisibleIndex === undefined || pos < grid._firstVisibleIndex
                      || pos >= grid._lastVisibleIndex) {
                    grid.scrollToIndex(pos);
                  }
                  requestAnimationFrame(() => {
                    const items = grid.$ && grid.$.items;
                    if (!items) {
                      return;
                    }
                    const active = grid.shadowRoot.activeElement;
                    const column = active && active.parentElement && active.parentElement.parentElement === items
                        ? Array.prototype.indexOf.call(active.parentElement.children, active) : -1;
                    const row = Array.prototype.find.call(items.children, r => r.index === pos);
                    if (!row) {
                      return;
                    }
                    const cells = Array.from(row.children);
                    const cell = column >= 0 ? cells[column]
                        : cells.find(c => c._column && c._column.id === 'queue-column-excerpt') || cells[0];
                    if (cell) {
                      cell.focus({preventScroll: true});
                    }
                  });
                });""", position);
    }

    boolean isDecidedHere(QueueRow row) {
        return isDecidedHere(row.id());
    }

    /** Whether comment {@code id} was decided in this view and is still on screen, marked. */
    boolean isDecidedHere(long id) {
        return decidedLabels.containsKey(id);
    }

    /** Moves the highlight from {@code before} to {@code now} (either may be null): two rows sent again, no more. */
    void moveHighlight(QueueRow before, QueueRow now) {
        if (before != null && (now == null || before.id() != now.id())) {
            getDataProvider().refreshItem(before);
        }
        if (now != null) {
            getDataProvider().refreshItem(now);
        }
    }

    /** The ticked rows at the versions they were read with: what a bulk decision on "selected" decides. */
    List<CommentVersion> selectedVersions() {
        return getSelectedItems().stream().map(CommentVersion::of).toList();
    }

    Set<Long> selectedIds() {
        return getSelectedItems().stream().map(QueueRow::id).collect(Collectors.toSet());
    }

    /** Unticks comment {@code id}: the ticked row may hold another version of it than the caller's. */
    void deselectComment(long id) {
        getSelectedItems().stream().filter(r -> r.id() == id).toList().forEach(this::deselect);
    }

    boolean isSelected(long id) {
        return getSelectedItems().stream().anyMatch(r -> r.id() == id);
    }

    /** Reloads every row from the loader; rows decided here leave the grid now. */
    void refresh() {
        decidedRows.clear();
        decidedLabels.clear();
        getDataProvider().refreshAll();
    }

    // "3 reports: Insult, Spam": open reports and every reason readers gave; empty for unreported comments.
    private String reports(QueueRow row) {
        if (row.openReports() <= 0) {
            return "";
        }
        return getTranslation("comment.reports.summary", row.openReports(), row.reportReasons().stream()
                .map(r -> getTranslation("comment.report.reason." + r.name())).collect(Collectors.joining(", ")));
    }

    private String age(QueueRow row) {
        Duration age = Duration.between(row.createdAt(), clock.instant());
        if (age.toMinutes() < 60) {
            return getTranslation("comment.age.minutes", Math.max(0, age.toMinutes()));
        }
        if (age.toHours() < 48) {
            return getTranslation("comment.age.hours", age.toHours());
        }
        return getTranslation("comment.age.days", age.toDays());
    }
}
