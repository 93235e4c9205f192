package de.newsroom.console.article.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import de.newsroom.console.base.ui.DateStyle;
import de.newsroom.console.article.ArticleConflictException;
import de.newsroom.console.article.ArticleDetails;
import de.newsroom.console.article.ArticleIncompleteException;
import de.newsroom.console.article.ArticleTrash;
import de.newsroom.console.article.ArticleWorkflow;
import de.newsroom.console.article.ArticleStatus;
import de.newsroom.console.article.ArticleWorkflowException;
import de.newsroom.console.base.ui.Notifications;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The editor's workflow bar: one button per status move allowed now, and a "View on site" link while the article
 * is live. Taking a live article down asks first; every move says what happened ("Published."), and a refusal for
 * missing fields marks each of them on the form and names them all.
 */
class WorkflowActions {

    private final HorizontalLayout bar;
    private final ArticleWorkflow service;
    private final ArticleTrash trash;
    private final ArticleForm form;
    private final ZoneId zone;
    private final Clock clock;
    private final Supplier<ArticleDetails> current;
    private final BooleanSupplier saveChanges;
    private final Consumer<ArticleDetails> load;
    private final Consumer<ArticleConflictException> conflict;
    private Notification refusal;
    private final Span focusMark = new Span();

    /**
     * @param saveChanges saves unsaved form changes first; false when that was refused (the move is then skipped)
     * @param load        shows the article as the service returned it after a move
     * @param conflict    shows a conflict with another editor's save
     */
    WorkflowActions(HorizontalLayout bar, ArticleWorkflow service, ArticleTrash trash, ArticleForm form, ZoneId zone, Clock clock,
                    Supplier<ArticleDetails> current, BooleanSupplier saveChanges, Consumer<ArticleDetails> load,
                    Consumer<ArticleConflictException> conflict) {
        this.bar = bar;
        this.service = service;
        this.trash = trash;
        this.form = form;
        this.zone = zone;
        this.clock = clock;
        this.current = current;
        this.saveChanges = saveChanges;
        this.load = load;
        this.conflict = conflict;
        // Focusable by script only (not a Tab stop): after a move it takes the focus, see keepFocus(). A plain span at
        // the bar's start, not the bar: a tabindex of -1 on the layout (a shadow host) took its buttons out of Tab.
        focusMark.addClassName("visually-hidden");
        focusMark.setId("article-actions-focus");
        focusMark.setText(bar.getTranslation("article.list.actions"));
        focusMark.getElement().setAttribute("tabindex", "-1");
    }

    /**
     * After a move the bar's buttons are new, and the one pressed is gone with the focus (before, the cursor fell to
     * the page, and the next Tab started again at the menu). The mark at the bar's start takes it, not the first
     * button, so a second Enter does not make the next move ("Zurück zum Entwurf" right after "Zur Prüfung geben");
     * Tab goes on to the moves now offered. After the dialog's own focus handling, hence the two frames.
     */
    private void keepFocus() {
        focusMark.getElement().executeJs("requestAnimationFrame(() => requestAnimationFrame(() => this.focus()))");
    }

    /** Offers the moves allowed for {@code article} (nothing for an article not saved yet). */
    void show(ArticleDetails article) {
        bar.removeAll();
        if (article == null) {
            return;
        }
        bar.add(focusMark);
        if (article.status() == ArticleStatus.TRASHED) {
            showTrashed(article);
            return;
        }
        if (article.status() == ArticleStatus.PUBLISHED) {
            bar.add(viewOnSite(article, "article-view-on-site"));
        }
        for (ArticleStatus target : ArticleStatus.values()) {
            if (article.next().contains(target)) {
                var button = new Button(bar.getTranslation("article.action." + target.name()), e -> request(target));
                button.setId("article-move-" + target.name().toLowerCase());
                bar.add(button);
            }
        }
        var toTrash = new Button(bar.getTranslation("article.trash.move"), VaadinIcon.TRASH.create(),
                e -> confirmTrash());
        toTrash.setId("article-move-trash");
        toTrash.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        bar.add(toTrash);
    }

    /** A trashed article: when it went, when it goes for good, and the way back. */
    private void showTrashed(ArticleDetails article) {
        var format = DateStyle.dateTime(UI.getCurrent().getLocale(), zone);
        var note = new Span(bar.getTranslation("article.trash.banner", format.format(article.trashedAt()),
                format.format(trash.deletedAfter(article.trashedAt()))));
        note.setId("article-trashed-note");
        note.addClassName("article-trashed-note");
        var restore = new Button(bar.getTranslation("article.trash.restore"), VaadinIcon.ARROW_BACKWARD.create(),
                e -> attemptTrash(() -> trash.restore(article.id(), article.version()),
                        bar.getTranslation("article.trash.restored", article.title())));
        restore.setId("article-restore");
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        bar.add(note, restore);
    }

    // Unsaved changes are saved first (as before any move), then the editor confirms; a live article leaves the site.
    private void confirmTrash() {
        if (!saveChanges.getAsBoolean() || current.get() == null) {
            return;
        }
        ArticleDetails article = current.get();
        var dialog = new ConfirmDialog();
        dialog.setId("article-trash-confirm");
        dialog.setHeader(bar.getTranslation("article.trash.confirm.title", article.title()));
        String days = bar.getTranslation("article.trash.confirm.text",
                trash.retentionDays());
        dialog.setText(article.status() == ArticleStatus.PUBLISHED
                ? bar.getTranslation("article.trash.confirm.published") + " " + days : days);
        dialog.setConfirmText(bar.getTranslation("article.trash.move"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(bar.getTranslation("article.action.cancel"));
        dialog.addConfirmListener(e -> attemptTrash(() -> trash.moveToTrash(article.id(), article.version()),
                bar.getTranslation("article.trash.moved", article.title())));
        dialog.open();
    }

    private void attemptTrash(Supplier<ArticleDetails> step, String done) {
        try {
            ArticleDetails after = step.get();
            closeRefusal();
            load.accept(after);
            keepFocus();
            Notifications.success(done).setId("article-moved");
        } catch (ArticleConflictException e) {
            conflict.accept(e);
        } catch (ArticleWorkflowException e) {
            closeRefusal();
            refusal = Notifications.error(bar.getTranslation(e.messageKey(), e.args()));
        }
    }

    private void request(ArticleStatus target) {
        if (!saveChanges.getAsBoolean() || current.get() == null) {
            return;
        }
        ArticleDetails article = current.get();
        if (article.status() == ArticleStatus.PUBLISHED && target != ArticleStatus.PUBLISHED) {
            confirmTakingDown(article, target);
        } else if (target == ArticleStatus.SCHEDULED) {
            new ScheduleDialog(zone, clock.instant(),
                    at -> attempt(target, () -> service.schedule(article.id(), article.version(), at))).open();
        } else {
            attempt(target, () -> service.transition(article.id(), article.version(), target));
        }
    }

    // Readers lose the page at once, and links to it in the wild stop working: worth a second click.
    private void confirmTakingDown(ArticleDetails article, ArticleStatus target) {
        var dialog = new ConfirmDialog();
        dialog.setId("article-take-down-confirm");
        dialog.setHeader(bar.getTranslation("article.takedown.title"));
        dialog.setText(bar.getTranslation("article.takedown.text", article.title()));
        dialog.setConfirmText(bar.getTranslation("article.action." + target.name()));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(bar.getTranslation("article.action.cancel"));
        dialog.addConfirmListener(e -> attempt(target,
                () -> service.transition(article.id(), article.version(), target)));
        dialog.open();
    }

    private void attempt(ArticleStatus target, Supplier<ArticleDetails> move) {
        try {
            ArticleDetails moved = move.get();
            closeRefusal();
            load.accept(moved);
            keepFocus();
            announce(target, moved);
        } catch (ArticleConflictException e) {
            conflict.accept(e);
        } catch (ArticleIncompleteException e) {
            form.showMissing(e);
            String fields = e.missingFields().stream().map(f -> bar.getTranslation("article.missing." + f))
                    .collect(Collectors.joining(", "));
            closeRefusal();
            refusal = Notifications.error(bar.getTranslation(e.messageKey(), fields));
            refusal.setId("article-incomplete");
        } catch (ArticleWorkflowException e) {
            closeRefusal();
            refusal = Notifications.error(bar.getTranslation(e.messageKey(), translatedArgs(e)));
        }
    }

    // A refusal still on screen after the editor fixed the form and tried again would contradict the outcome.
    private void closeRefusal() {
        if (refusal != null) {
            refusal.close();
            refusal = null;
        }
    }

    /** Says what happened; after publishing, with the way to the reader's view of it. */
    private void announce(ArticleStatus target, ArticleDetails moved) {
        if (target == ArticleStatus.PUBLISHED) {
            var content = new Div(new Span(bar.getTranslation("article.moved.PUBLISHED")),
                    viewOnSite(moved, "article-moved-view-on-site"));
            content.addClassName("article-published-note");
            var notification = new Notification(content);
            notification.setId("article-moved");
            notification.setDuration(10_000);
            notification.setPosition(Notification.Position.BOTTOM_START);
            notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            notification.open();
            return;
        }
        String text = target == ArticleStatus.SCHEDULED && moved.scheduledAt() != null
                ? bar.getTranslation("article.moved.SCHEDULED", DateStyle.dateTime(UI.getCurrent().getLocale(), zone)
                        .format(moved.scheduledAt()))
                : bar.getTranslation("article.moved." + target.name());
        Notifications.success(text).setId("article-moved");
    }

    /** The reader preview of the article, in a new tab so the editor stays open. */
    private Anchor viewOnSite(ArticleDetails article, String id) {
        var link = new Anchor("read/" + article.slug(), bar.getTranslation("article.viewOnSite"));
        link.setTarget(AnchorTarget.BLANK);
        link.addComponentAsFirst(VaadinIcon.EXTERNAL_LINK.create());
        link.addClassName("article-view-on-site");
        link.setId(id);
        return link;
    }

    private Object[] translatedArgs(ArticleWorkflowException e) {
        if (!"article.error.transition".equals(e.messageKey())) {
            return e.args();
        }
        return Arrays.stream(e.args()).map(a -> bar.getTranslation("article.status." + a)).toArray();
    }
}
