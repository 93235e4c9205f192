package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.function.SerializableRunnable;
import de.newsroom.console.base.ui.CancelFirst;
import de.newsroom.console.comment.rules.BlockedWord;
import de.newsroom.console.comment.rules.DryRunResult;

/** The settings page's dry-run controls: the "Dry run" buttons and the confirmation that shows a removal's effect. */
final class DryRuns {

    private DryRuns() {
    }

    static void button(Button button, String id, SerializableRunnable run) {
        button.setText(button.getTranslation("comment.dryrun.run"));
        button.setId(id);
        button.getElement().setAttribute("title", button.getTranslation("comment.dryrun.run.hint"));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(e -> run.run());
    }

    /** Asks before removing {@code word}, with what the removal would have changed ({@code effect}). */
    static ConfirmDialog confirmRemoval(BlockedWord word, DryRunResult effect, SerializableRunnable remove) {
        var panel = new DryRunPanel("settings-remove-dryrun");
        var dialog = new ConfirmDialog();
        dialog.setId("settings-remove-confirm");
        dialog.setHeader(panel.getTranslation("comment.dryrun.remove.title", word.word()));
        dialog.setText(panel);
        panel.show("comment.dryrun.remove", effect);
        dialog.setCancelable(true);
        dialog.setCancelText(panel.getTranslation("comment.action.cancel"));
        dialog.setConfirmText(panel.getTranslation("comment.dryrun.remove.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        // The cursor waits on Cancel, so an Enter out of habit removes no rule (before, it was on "Entfernen").
        CancelFirst.apply(dialog);
        dialog.addConfirmListener(e -> remove.run());
        dialog.open();
        return dialog;
    }
}
