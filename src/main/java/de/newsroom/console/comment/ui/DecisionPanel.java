package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableRunnable;
import de.newsroom.console.base.domain.NewsroomZone;
import de.newsroom.console.base.domain.Texts;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.comment.BulkDecision;
import de.newsroom.console.comment.CommentDetail;
import de.newsroom.console.comment.CommentEditService;
import de.newsroom.console.comment.CommentModerationService;
import de.newsroom.console.comment.rules.CommentSettingsService;
import de.newsroom.console.comment.CommentStatus;
import de.newsroom.console.comment.Decision;
import de.newsroom.console.comment.DecisionConflictException;
import de.newsroom.console.comment.NewsroomReplyService;
import de.newsroom.console.comment.UndoResult;
import de.newsroom.console.comment.commenter.CommenterKey;
import de.newsroom.console.comment.commenter.CommenterService;
import de.newsroom.console.comment.QueueRow;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The comment on screen and the decisions on it: the approve, reject and spam buttons over its detail panel, the
 * moves of J/K and X, and what happens when someone else decided it first. Every decision goes to the comment at the
 * version read with it, and each can be undone from its toast for a few seconds ({@link UndoNotice}).
 */
final class DecisionPanel extends Div {

    final Button approve = new Button();
    final Button reject = new Button();
    final Button spam = new Button();
    final Button edit = new Button();
    /** Opens the commenter dialog ({@link #allowCommenterActions}); hidden until then. */
    final Button commenter = new Button();
    /**
     * Phones only ("Mehr"/"More", shown by comments.css): the bottom bar keeps approve, reject and spam on one line and
     * this button's menu holds edit and the commenter dialog, whose buttons the stylesheet hides there.
     */
    final Button more = new Button();
    final ContextMenu moreMenu;
    final MenuItem moreEdit;
    final MenuItem moreCommenter;
    private transient CommenterService commenters;
    /** The commenter dialog while it is open. */
    CommenterDialog commenterDialog;
    final CommentDetailPanel detail;
    /** "Reply as the newsroom", under the detail; for the comment on screen while it is decidable here. */
    final ReplyForm reply;
    /**
     * The comment on screen: every decision goes to this row at the version read with it. Only the moderator moves
     * it (J/K, click, filter, their own decision); someone else's change never does.
     */
    QueueRow current;
    /**
     * Set while {@link #current} was decided elsewhere (or changed, or deleted): its row has left the list, the panel
     * keeps showing it with who decided what and when, and nothing can be decided on it.
     */
    String settledMark;
    /** The list position {@link #current} had before it was settled elsewhere, where J and K continue from. */
    private int formerIndex = -1;
    private final transient CommentModerationService moderation;
    private final transient CommentEditService edits;
    private final transient Clock clock;
    private final NewsroomZone zone;
    private final QueueLoader loader;
    private final QueueGrid grid;
    private final SerializableRunnable refreshBadge;
    /**
     * The toast of this moderator's last decision. One at a time: at the queue's pace (several decisions a second)
     * toasts of 8 s piled up by the dozen, each with an Undo button of the same id, and the browser laid out the
     * whole pile again on every key; the next decision reuses it.
     */
    private final UndoNotice undoToast = new UndoNotice();

    /** {@code blocking} is null for moderators who may not block senders (admins only). */
    DecisionPanel(CommentModerationService moderation, CommentEditService edits, CommentSettingsService blocking,
                  NewsroomReplyService replies, QueueLoader loader, QueueGrid grid, Clock clock, NewsroomZone zone,
                  SerializableRunnable refreshBadge) {
        this.moderation = moderation;
        this.edits = edits;
        this.loader = loader;
        this.grid = grid;
        this.clock = clock;
        this.zone = zone;
        this.refreshBadge = refreshBadge;
        // Admins (who may block senders) may also read what a reader wrote before the newsroom edited it.
        this.detail = new CommentDetailPanel(zone.zoneId(), blocking, blocking == null ? null : edits::original);
        approve.setText(getTranslation("comment.action.approve"));
        approve.setId("action-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(e -> approveCurrent());
        reject.setText(getTranslation("comment.action.reject"));
        reject.setId("action-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> rejectCurrent());
        spam.setText(getTranslation("comment.action.spam"));
        spam.setId("action-spam");
        spam.addClickListener(e -> spamCurrent());
        edit.setText(getTranslation("comment.action.edit"));
        edit.setId("action-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.addClickListener(e -> editCurrent());
        commenter.setText(getTranslation("comment.action.commenter"));
        commenter.setId("action-commenter");
        commenter.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        commenter.addClickListener(e -> commenterCurrent());
        commenter.setVisible(false);
        more.setText(getTranslation("comment.action.more"));
        more.setId("action-more");
        more.addClassName("moderation-actions-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        moreMenu = new ContextMenu(more);
        moreMenu.setOpenOnClick(true);
        moreEdit = moreMenu.addItem(getTranslation("comment.action.edit"), e -> editCurrent());
        moreEdit.setId("action-more-edit");
        moreCommenter = moreMenu.addItem(getTranslation("comment.action.commenter"), e -> commenterCurrent());
        moreCommenter.setId("action-more-commenter");
        moreCommenter.setVisible(false);
        var actions = new Div(approve, reject, spam, edit, commenter, more);
        actions.addClassName("moderation-actions");
        Notifications.bottomBar(actions);
        addClassName("moderation-side");
        reply = new ReplyForm(replies);
        add(actions, detail, reply);
        updateButtons();
    }

    /** Puts {@code row} on screen (null: nothing), as it is now; one decided meanwhile shows as settled. */
    void show(QueueRow row) {
        QueueRow before = current;
        current = row;
        settledMark = null;
        formerIndex = -1;
        if (row == null) {
            detail.showNothing();
        } else {
            CommentDetail shown = load(row.id());
            int index = loader.indexOf(row.id());
            if (shown == null || changed(row, shown)) {
                // Decided elsewhere before the news reached this view: shown as it is now, never decidable here.
                if (shown == null) {
                    detail.showNothing();
                }
                settle(row, shown, index);
            } else {
                detail.show(shown);
                if (index >= 0) {
                    grid.scrollToRow(grid.positionOf(index));
                }
            }
        }
        updateButtons();
        grid.moveHighlight(before, current);
    }

    private CommentDetail load(long id) {
        try {
            return moderation.detail(id);
        } catch (NoSuchElementException gone) {
            return null;
        }
    }

    private static boolean changed(QueueRow row, CommentDetail now) {
        return now.status() != row.status() || now.version() != row.version();
    }

    /**
     * Keeps {@code row} on screen as decided elsewhere: its row leaves the list, the panel shows {@code now} (null:
     * deleted, the last content stays) with who decided what and when, and the decision buttons are off.
     */
    private void settle(QueueRow row, CommentDetail now, int index) {
        if (settledMark == null) {
            formerIndex = index;
        }
        if (now != null) {
            detail.show(now);
        }
        settledMark = now == null ? texts().decided(null, null, null)
                : texts().decided(now.status(), now.decidedBy(), now.decidedAt());
        detail.markSettled(settledMark);
        loader.remove(Set.of(row.id()));
        updateButtons();
        grid.refresh();
    }

    DecisionTexts texts() {
        return new DecisionTexts(this::getTranslation, getLocale(), zone.zoneId(), clock);
    }

    void move(int delta) {
        QueueRow next;
        if (current != null && settledMark != null) {
            // The settled row has left the list: its right neighbour has taken its place.
            int base = Math.max(0, formerIndex);
            next = loader.rowAt(delta > 0 ? base : Math.max(0, base - 1));
        } else {
            int index = current == null ? -1 : loader.indexOf(current.id());
            next = loader.rowAt(Math.max(0, index + delta));
        }
        if (next != null) {
            show(next);
        }
    }

    void toggleSelection() {
        if (current == null || settledMark != null) {
            return;
        }
        if (grid.isSelected(current.id())) {
            grid.deselectComment(current.id());
        } else {
            grid.select(current);
        }
    }

    void approveCurrent() {
        QueueRow row = current;
        if (row != null && refusedAsSettled(row)) {
            return;
        }
        if (row != null && approvable(row)) {
            decide(row, () -> moderation.approve(row.id(), row.status(), row.version()),
                    keepsApproval(row) ? "comment.done.kept" : "comment.done.approved");
        }
    }

    void rejectCurrent() {
        QueueRow row = current;
        if (row != null && refusedAsSettled(row)) {
            return;
        }
        if (row != null && row.status() != CommentStatus.REJECTED) {
            // Cancelled (Escape, Abbrechen), the dialog gives the focus back to where it was: the same row.
            new RejectDialog(getTranslation("comment.reject.title", row.authorName()), (reason, note) -> {
                decide(row, () -> moderation.reject(row.id(), row.status(), row.version(), reason, note),
                        "comment.done.rejected");
                focusAfterDialog();
            }).open();
        }
    }

    void spamCurrent() {
        QueueRow row = current;
        if (row != null && refusedAsSettled(row)) {
            return;
        }
        if (row != null && row.status() != CommentStatus.SPAM) {
            decide(row, () -> moderation.markSpam(row.id(), row.status(), row.version()), "comment.done.spam");
        }
    }

    /** Opens the edit dialog for the comment on screen; a saved edit keeps it on screen at its new version. */
    void editCurrent() {
        QueueRow row = current;
        if (row == null || refusedAsSettled(row)) {
            return;
        }
        CommentDetail shown = load(row.id());
        if (shown == null) {
            return;
        }
        var dialog = new EditDialog(getTranslation("comment.edit.title", row.authorName()), shown.body(), text -> {
            try {
                long version = edits.edit(row.id(), row.version(), text);
                QueueRow edited = new QueueRow(row.id(), row.authorName(), QueueRow.excerptOf(Texts.normalize(text)),
                        row.articleId(), row.articleTitle(), row.createdAt(), row.status(), row.flags(), version,
                        row.openReports(), row.reportReasons());
                loader.replace(edited);
                show(edited);
                grid.refresh();
                Notifications.success(getTranslation("comment.edit.done", row.authorName()));
                return null;
            } catch (IllegalArgumentException refused) {
                return refused.getMessage();
            } catch (DecisionConflictException e) {
                Notifications.error(conflictMessage(e));
                settle(row, load(row.id()), loader.indexOf(row.id()));
                return null;
            }
        });
        dialog.open();
    }

    // A shortcut on a comment decided elsewhere decides nothing, and says so.
    private boolean refusedAsSettled(QueueRow row) {
        if (settledMark == null || current == null || current.id() != row.id()) {
            return false;
        }
        Notifications.info(getTranslation("comment.settled.nothing", settledMark));
        return true;
    }

    /**
     * Decides {@code row} (the comment that was on screen when the moderator acted) at the version read with it.
     * Only the moderator's own successful decision moves on to the next row; a lost race keeps the comment on
     * screen, marked with who decided what and when.
     */
    private void decide(QueueRow row, Supplier<Decision> decision, String doneKey) {
        boolean shown = current != null && current.id() == row.id();
        if (refusedAsSettled(row)) {
            return;
        }
        int index = loader.indexOf(row.id());
        Decision made;
        try {
            made = decision.get();
        } catch (DecisionConflictException e) {
            Notifications.error(conflictMessage(e));
            grid.deselectComment(row.id());
            if (shown) {
                settle(row, load(row.id()), index);
            } else {
                loader.remove(Set.of(row.id()));
                grid.refresh();
            }
            refreshBadge.run();
            return;
        }
        undoToast.replace(getTranslation(doneKey, row.authorName()), getTranslation("comment.undo.action"),
                () -> undo(List.of(made)));
        loader.remove(Set.of(row.id()));
        if (shown && index >= 0) {
            // The decided row stays in place, marked; the browser gets that row and the next one, not the window.
            grid.markDecided(row, index, getTranslation("comment.status." + made.status().name()));
            showAfterDecision(index);
        } else {
            grid.deselectComment(row.id());
            grid.refresh();
            if (shown) {
                showAfterDecision(Math.max(0, index));
            }
        }
        refreshBadge.run();
    }

    /**
     * Shows where the moderator continues after their own decision took the list's row {@code index}: the row that
     * took its place, or the one above when it was the last (before: nothing, with the rows above still undecided),
     * or, when no row is left, nothing and the grid's empty state instead of rows struck through.
     */
    private void showAfterDecision(int index) {
        QueueRow next = loader.rowAt(index);
        if (next == null && index > 0) {
            next = loader.rowAt(index - 1);
        }
        if (next == null) {
            grid.refresh();
        }
        show(next);
        if (next == null) {
            grid.focusEmptyStateIfInQueue();
        }
    }

    /**
     * After a dialog that decided something (reject, a bulk decision) has closed, the keyboard focus goes to the
     * row of the comment now on screen, or to the empty state, where J/K/A/R/S go on working; a comment settled
     * elsewhere (a lost race) has no row, so the focus waits in the queue area.
     */
    void focusAfterDialog() {
        int index = current == null || settledMark != null ? -1 : loader.indexOf(current.id());
        grid.focusAfterDialog(index < 0 ? -1 : grid.positionOf(index));
    }

    /**
     * The Z key: undoes the last single decision while its toast is open, as the toast's button does (the
     * moderator's first-hour sweep: the button sat eight Tab presses away from the queue, in a toast that closes
     * after eight seconds); says so when there is nothing left to undo.
     */
    void undoLast() {
        if (!undoToast.undoOpen()) {
            Notifications.info(getTranslation("comment.undo.nothing"));
        }
    }

    /**
     * Undoes {@code decisions} (this moderator's own, from the toast's button) where nobody changed the comments
     * since, says what could not be undone and why, and reloads the queue with the comment back on screen.
     */
    void undo(List<Decision> decisions) {
        UndoResult result = moderation.undo(decisions);
        if (!result.undone().isEmpty()) {
            Notifications.success(getTranslation("comment.undo.done", result.undone().size()));
        }
        for (DecisionConflictException changed : result.changedSince()) {
            Notifications.error(getTranslation("comment.undo.changed",
                    texts().decided(changed.currentStatus(), changed.decidedByName(), changed.decidedAt())));
        }
        loader.reset(loader.filter());
        grid.deselectAll();
        QueueRow first = loader.rowAt(0);
        int index = result.undone().isEmpty() ? -1 : loader.indexOf(result.undone().getFirst());
        show(index >= 0 ? loader.rowAt(index) : first);
        grid.refresh();
        refreshBadge.run();
        // The toast's Undo button had the focus and closes with the toast: without this the focus fell onto the
        // page and J/K/A/R/S did nothing until a click. It goes to the row of the comment now on screen.
        focusAfterDialog();
    }

    String conflictMessage(DecisionConflictException e) {
        if (e.currentStatus() == null) {
            return getTranslation("comment.conflict.gone");
        }
        return getTranslation("comment.conflict", texts().decided(e.currentStatus(), e.decidedByName(),
                e.decidedAt()));
    }

    /** After a bulk decision: decided and vanished rows leave the list; the comment on screen follows its fate. */
    void afterBulk(BulkDecision result) {
        Set<Long> gone = new HashSet<>(result.decided());
        result.skipped().stream().filter(s -> s.reason() != BulkDecision.Reason.CHANGED)
                .forEach(s -> gone.add(s.id()));
        QueueRow shown = current;
        int index = shown == null ? -1 : loader.indexOf(shown.id());
        grid.deselectAll();
        if (shown != null && settledMark == null && result.decided().contains(shown.id())) {
            // Decided by this moderator's own bulk decision: on to the row that takes its place (rows above it that
            // left the list move it up).
            int above = (int) gone.stream().mapToInt(loader::indexOf).filter(i -> i >= 0 && i < index).count();
            loader.remove(gone);
            grid.refresh();
            showAfterDecision(Math.max(0, index - above));
        } else if (shown != null && settledMark == null && gone.contains(shown.id())) {
            loader.remove(gone);
            settle(shown, load(shown.id()), index);
        } else {
            loader.remove(gone);
            grid.refresh();
        }
        // Every bulk decision is confirmed in a dialog, which would put the focus back on its (now disabled) button.
        focusAfterDialog();
    }

    /**
     * Comments {@code decidedIds} were decided in this or another instance: they leave the list. The cursor never
     * moves: the comment on screen stays, marked, until the moderator moves on. Returns whether a row held for the
     * screen changed (false for the echo of this moderator's own decision, which left the list already).
     */
    boolean decidedElsewhere(Collection<Long> decidedIds) {
        boolean settledNow = false;
        Set<Long> ids = new HashSet<>(decidedIds);
        if (current != null && ids.contains(current.id())) {
            CommentDetail now = load(current.id());
            if (settledMark == null && now != null && !changed(current, now)) {
                ids.remove(current.id()); // not changed after all: stays in the list, still decidable
            } else {
                settle(current, now, loader.indexOf(current.id()));
                settledNow = true;
            }
        }
        if (settledMark != null && formerIndex > 0) {
            // Rows above the settled one leave the list too: its neighbour moves up with them.
            formerIndex -= (int) ids.stream().filter(id -> id != current.id()).mapToInt(loader::indexOf)
                    .filter(i -> i >= 0 && i < formerIndex).count();
        }
        return loader.remove(ids) || settledNow;
    }

    /** Shows the commenter button: moderators may act on commenters through {@code service} (decision 14). */
    void allowCommenterActions(CommenterService service) {
        this.commenters = service;
        commenter.setVisible(true);
        moreCommenter.setVisible(true);
        updateButtons();
    }

    /** Opens the commenter dialog for the author of the comment on screen (also when it was settled elsewhere). */
    void commenterCurrent() {
        QueueRow row = current;
        if (row == null || commenters == null) {
            return;
        }
        try {
            CommenterKey key = commenters.commenterOf(row.id());
            commenterDialog = new CommenterDialog(commenters, key, row.authorName(), zone.zoneId(), clock,
                    () -> { });
            commenterDialog.open();
        } catch (IllegalArgumentException | NoSuchElementException none) {
            Notifications.info(getTranslation("comment.commenter.error.nokey"));
        }
    }

    /**
     * An approved comment that readers reported can be approved again: the moderator read the reports and keeps it,
     * and the decision marks them handled, so it leaves the reported tab. Before, Approve was off for it and the only
     * decisions left were reject and spam: a comment reported without cause stayed in "Nur gemeldete" for good.
     */
    private static boolean approvable(QueueRow row) {
        return row.status() != CommentStatus.APPROVED || keepsApproval(row);
    }

    private static boolean keepsApproval(QueueRow row) {
        return row.status() == CommentStatus.APPROVED && row.openReports() > 0;
    }

    private void updateButtons() {
        commenter.setEnabled(current != null && commenters != null);
        boolean decidable = current != null && settledMark == null;
        approve.setEnabled(decidable && approvable(current));
        // "Behalten", short: the phone's bottom bar holds it beside Ablehnen…, Spam and Mehr ("Freigabe behalten"
        // pushed "Mehr" out of a 390 px screen); the tooltip says what it does.
        boolean keeping = decidable && keepsApproval(current);
        approve.setText(getTranslation(keeping ? "comment.action.keep" : "comment.action.approve"));
        approve.setTooltipText(keeping ? getTranslation("comment.action.keep.hint") : null);
        reject.setEnabled(decidable && current.status() != CommentStatus.REJECTED);
        spam.setEnabled(decidable && current.status() != CommentStatus.SPAM);
        edit.setEnabled(decidable);
        moreEdit.setEnabled(decidable);
        moreCommenter.setEnabled(commenter.isEnabled());
        more.setEnabled(current != null);
        reply.show(decidable ? current : null);
    }
}
