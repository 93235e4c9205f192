package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;
import de.newsroom.console.base.ui.CancelFirst;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.comment.BulkDecision;
import de.newsroom.console.comment.CommentModerationService;
import de.newsroom.console.comment.CommentVersion;
import de.newsroom.console.comment.Decision;
import de.newsroom.console.comment.ModerationFilter;
import java.util.List;
import java.util.function.Supplier;

/**
 * Approve or reject the ticked comments, or every comment the filter matches, after a confirmation that names how
 * many. Each decision is pinned to the comments and versions confirmed; the report names what was skipped and why.
 * <p>
 * On a phone the bar folds as the article list's bulk bar does (decision 25): one line with the count, "Actions" and
 * "Clear selection"; "Actions" opens the four decisions (before: three lines, 148 px above the queue at 390 px).
 */
final class BulkBar extends Div {

    /** The class that shows a phone the four decisions (see {@link #more}). */
    static final String OPEN = "folding-bar-open";

    final Button approveSelected = new Button();
    final Button rejectSelected = new Button();
    final Button approveMatching = new Button();
    final Button rejectMatching = new Button();
    /** "3 selected": phones only (a desktop's buttons carry the number), while anything is ticked. */
    final Span count = new Span();
    /** Phones only (the stylesheet hides it from 700 px on): opens and folds the four decisions. */
    final Button more = new Button();
    /** Phones only, while anything is ticked: on a desktop the grid's header checkbox does it. */
    final Button clear = new Button();
    private final transient CommentModerationService moderation;
    private final SerializableSupplier<DecisionTexts> texts;
    private final SerializableConsumer<BulkDecision> decided;
    private final SerializableConsumer<List<Decision>> undo;

    /**
     * {@code decided} hears every finished bulk decision, after its report was shown; {@code undo} takes the
     * decisions back when the moderator presses the toast's Undo.
     */
    BulkBar(CommentModerationService moderation, SerializableSupplier<List<CommentVersion>> selected,
            SerializableSupplier<ModerationFilter> filter, SerializableSupplier<DecisionTexts> texts,
            SerializableConsumer<BulkDecision> decided, SerializableConsumer<List<Decision>> undo,
            SerializableRunnable clearSelection) {
        this.moderation = moderation;
        this.texts = texts;
        this.decided = decided;
        this.undo = undo;
        addClassNames("moderation-bulk", "folding-bar");
        setId("moderation-bulk");
        count.setId("bulk-count");
        count.addClassNames("moderation-bulk-count", "folding-bar-keep");
        more.setText(getTranslation("comment.bulk.more"));
        more.setId("bulk-more");
        more.addClassNames("moderation-bulk-more", "folding-bar-more");
        more.getElement().setAttribute("aria-expanded", "false");
        more.addClickListener(e -> setOpen(!hasClassName(OPEN)));
        clear.setText(getTranslation("comment.bulk.clear"));
        clear.setId("bulk-clear");
        clear.addClassNames("moderation-bulk-clear", "folding-bar-keep");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> clearSelection.run());
        approveSelected.setText(getTranslation("comment.bulk.approve"));
        approveSelected.setId("bulk-approve");
        approveSelected.addClickListener(e -> confirm(selected.get(), true));
        rejectSelected.setText(getTranslation("comment.bulk.reject"));
        rejectSelected.setId("bulk-reject");
        rejectSelected.addClickListener(e -> confirm(selected.get(), false));
        approveMatching.setText(getTranslation("comment.bulk.approve.matching"));
        approveMatching.setId("bulk-approve-matching");
        approveMatching.addClickListener(e -> confirm(moderation.matching(filter.get()), true));
        rejectMatching.setText(getTranslation("comment.bulk.reject.matching"));
        rejectMatching.setId("bulk-reject-matching");
        rejectMatching.addClickListener(e -> confirm(moderation.matching(filter.get()), false));
        add(count, more, approveSelected, rejectSelected, approveMatching, rejectMatching, clear);
    }

    void setOpen(boolean open) {
        setClassName(OPEN, open);
        more.getElement().setAttribute("aria-expanded", Boolean.toString(open));
    }

    /** Bulk decisions take pending comments only (the service skips any other): no buttons for other statuses. */
    void update(boolean pendingQueue, int selectedCount) {
        boolean any = pendingQueue && selectedCount > 0;
        approveSelected.setEnabled(any);
        rejectSelected.setEnabled(any);
        approveMatching.setEnabled(pendingQueue);
        rejectMatching.setEnabled(pendingQueue);
        approveSelected.setText(getTranslation("comment.bulk.approve") + (any ? " (" + selectedCount + ")" : ""));
        rejectSelected.setText(getTranslation("comment.bulk.reject") + (any ? " (" + selectedCount + ")" : ""));
        // Outside the pending queue all four decisions are off: "Aktionen" would open a row of greyed buttons.
        more.setEnabled(pendingQueue);
        if (!pendingQueue) {
            setOpen(false);
        }
        count.setText(getTranslation("comment.bulk.count", selectedCount));
        count.setVisible(selectedCount > 0);
        clear.setVisible(selectedCount > 0);
    }

    private void confirm(List<CommentVersion> seen, boolean approving) {
        if (seen.isEmpty()) {
            Notifications.info(getTranslation("comment.bulk.none"));
            return;
        }
        // What the moderator confirms is exactly what is decided: these comments at these versions.
        List<CommentVersion> confirmed = List.copyOf(seen);
        if (approving) {
            var dialog = new ConfirmDialog(getTranslation("comment.bulk.confirm.title"),
                    getTranslation("comment.bulk.confirm.approve", confirmed.size()),
                    getTranslation("comment.bulk.confirm.approve.button", confirmed.size()),
                    e -> run(() -> moderation.bulkApprove(confirmed), true));
            dialog.setCancelText(getTranslation("comment.action.cancel"));
            // Up to 1,000 unread comments go public at once: the cursor waits on Cancel, so an Enter out of habit
            // publishes nothing (before, it stood on "Freigeben"); the button says how many.
            CancelFirst.apply(dialog);
            dialog.setId("bulk-confirm");
            dialog.open();
        } else {
            new RejectDialog(getTranslation("comment.bulk.confirm.reject", confirmed.size()), (reason, note) ->
                    run(() -> moderation.bulkReject(confirmed, reason, note), false)).open();
        }
    }

    private void run(Supplier<BulkDecision> action, boolean approving) {
        BulkDecision result = action.get();
        setOpen(false);
        String report = texts.get().bulkReport(approving, result);
        if (!result.skipped().isEmpty()) {
            Notifications.error(report);
        }
        if (!result.decisions().isEmpty()) {
            List<Decision> made = result.decisions();
            UndoNotice.show(result.skipped().isEmpty() ? report : getTranslation("comment.undo.bulk",
                    made.size()), getTranslation("comment.undo.action"), () -> undo.accept(made));
        }
        decided.accept(result);
    }
}
