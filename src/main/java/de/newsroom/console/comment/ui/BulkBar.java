package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
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
 */
final class BulkBar extends Div {

    final Button approveSelected = new Button();
    final Button rejectSelected = new Button();
    final Button approveMatching = new Button();
    final Button rejectMatching = new Button();
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
            SerializableConsumer<BulkDecision> decided, SerializableConsumer<List<Decision>> undo) {
        this.moderation = moderation;
        this.texts = texts;
        this.decided = decided;
        this.undo = undo;
        addClassName("moderation-bulk");
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
        add(approveSelected, rejectSelected, approveMatching, rejectMatching);
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
                    getTranslation("comment.action.approve"),
                    e -> run(() -> moderation.bulkApprove(confirmed), true));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("comment.action.cancel"));
            dialog.setId("bulk-confirm");
            dialog.open();
        } else {
            new RejectDialog(getTranslation("comment.bulk.confirm.reject", confirmed.size()), (reason, note) ->
                    run(() -> moderation.bulkReject(confirmed, reason, note), false)).open();
        }
    }

    private void run(Supplier<BulkDecision> action, boolean approving) {
        BulkDecision result = action.get();
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
