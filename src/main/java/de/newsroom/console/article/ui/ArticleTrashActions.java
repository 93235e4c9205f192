package de.newsroom.console.article.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import de.newsroom.console.article.ArticleConflictException;
import de.newsroom.console.article.ArticleListItem;
import de.newsroom.console.article.ArticleTrash;
import de.newsroom.console.article.ArticleWorkflowException;
import de.newsroom.console.article.TrashDeletion;
import de.newsroom.console.base.ui.CancelFirst;
import de.newsroom.console.base.ui.Notifications;
import java.util.ArrayList;
import java.util.List;

/**
 * The trash tab's row actions: restore (editors) and delete permanently (admins, after a confirmation naming the
 * article, its revisions and what other features lose with it). Each acts on the version the row shows.
 */
class ArticleTrashActions {

    private final ArticleTrash trash;
    private final boolean admin;
    private final Runnable changed;

    ArticleTrashActions(ArticleTrash trash, boolean admin, Runnable changed) {
        this.trash = trash;
        this.admin = admin;
        this.changed = changed;
    }

    /**
     * The trashed row's buttons as a Lit template (calling the renderer's {@code restore} and {@code remove}
     * functions): Restore, and Delete for admins. {@code idPrefix} keeps the ids of the actions column's copy
     * ("article-") apart from the phone's copy under the status ("article-phone-").
     */
    String template(Component at, String idPrefix) {
        return template(at, idPrefix, false);
    }

    /**
     * {@code iconsOnly}: the phone's copy under the status badge, where the worded buttons were cut
     * ("Wiederherstelle…") and Delete fell outside the screen; the icons keep the words as accessible name and
     * tooltip.
     */
    String template(Component at, String idPrefix, boolean iconsOnly) {
        return button("small", idPrefix + "restore-${item.id}", "${restore}", "vaadin:arrow-backward",
                at.getTranslation("article.trash.restore"), iconsOnly)
                + (admin ? button("small error", idPrefix + "delete-${item.id}", "${remove}", "vaadin:trash",
                        at.getTranslation("article.trash.delete"), iconsOnly) : "");
    }

    private static String button(String theme, String id, String click, String icon, String text, boolean iconsOnly) {
        String label = LitTexts.escape(text);
        return "<vaadin-button theme=\"" + theme + (iconsOnly ? " icon" : "") + "\" id=\"" + id + "\" @click=\""
                + click + "\"" + (iconsOnly ? " aria-label=\"" + label + "\" title=\"" + label + "\">" : ">")
                + "<vaadin-icon icon=\"" + icon + "\"" + (iconsOnly ? "" : " slot=\"prefix\"") + "></vaadin-icon>"
                + (iconsOnly ? "" : label) + "</vaadin-button>";
    }

    void restore(Component at, ArticleListItem item) {
        act(at, () -> trash.restore(item.id(), item.version()),
                at.getTranslation("article.trash.restored", item.title()));
    }

    void confirmDelete(Component at, ArticleListItem item) {
        TrashDeletion what;
        try {
            what = trash.preview(item.id());
        } catch (ArticleWorkflowException e) {
            Notifications.error(at.getTranslation(e.messageKey(), e.args()));
            changed.run();
            return;
        }
        List<String> parts = new ArrayList<>();
        parts.add(at.getTranslation("article.trash.delete.revisions", what.revisions()));
        what.dependents().forEach((key, n) -> parts.add(at.getTranslation(key, n)));
        var dialog = new ConfirmDialog();
        dialog.setId("article-delete-confirm");
        dialog.setHeader(at.getTranslation("article.trash.delete.title", what.title()));
        dialog.setText(at.getTranslation("article.trash.delete.text", String.join(", ", parts)));
        dialog.setConfirmText(at.getTranslation("article.trash.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelText(at.getTranslation("article.action.cancel"));
        // It cannot be undone: the cursor waits on Cancel, so an Enter out of habit deletes nothing.
        CancelFirst.apply(dialog);
        // The version from the preview: if someone restored or changed it since, the deletion is refused.
        dialog.addConfirmListener(e -> act(at, () -> trash.deletePermanently(what.articleId(), what.version()),
                at.getTranslation("article.trash.deleted", what.title())));
        dialog.open();
    }

    private void act(Component at, Runnable action, String done) {
        try {
            action.run();
            Notifications.success(done);
        } catch (ArticleConflictException e) {
            Notifications.error(at.getTranslation("article.trash.changed"));
        } catch (ArticleWorkflowException e) {
            Notifications.error(at.getTranslation(e.messageKey(), e.args()));
        }
        changed.run();
    }
}
