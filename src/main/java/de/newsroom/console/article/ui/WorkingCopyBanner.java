package de.newsroom.console.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import de.newsroom.console.article.ArticleWorkingCopy;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;

/**
 * Offers the user's working copy back when the editor opens ("Restore your unsaved changes from ...?") with Restore
 * and Discard; after a restore onto an article saved by someone else meanwhile, says that saving will merge.
 */
class WorkingCopyBanner extends Div {

    private final ZoneId zone;
    private final Paragraph message = new Paragraph();
    private final HorizontalLayout actions = new HorizontalLayout();

    WorkingCopyBanner(ZoneId zone) {
        this.zone = zone;
        addClassName("article-working-copy");
        setId("article-working-copy");
        message.setId("article-working-copy-message");
        add(message, actions);
        setVisible(false);
    }

    /** Shows the offer; {@code restore} and {@code discard} run on the buttons. */
    void offer(ArticleWorkingCopy copy, Consumer<ArticleWorkingCopy> restore, Consumer<ArticleWorkingCopy> discard) {
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).withZone(zone);
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        message.setText(getTranslation("article.workingCopy.offer", date.format(copy.savedAt()),
                time.format(copy.savedAt())));
        var restoreButton = new Button(getTranslation("article.workingCopy.restore"), e -> restore.accept(copy));
        restoreButton.setId("article-working-copy-restore");
        restoreButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        var discardButton = new Button(getTranslation("article.workingCopy.discard"), e -> discard.accept(copy));
        discardButton.setId("article-working-copy-discard");
        discardButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        actions.removeAll();
        actions.add(restoreButton, discardButton);
        setVisible(true);
    }

    /** After a restore: nothing more to offer, or a note that the article has changed since the copy was made. */
    void restored(boolean articleChangedSince) {
        actions.removeAll();
        if (articleChangedSince) {
            message.setText(getTranslation("article.workingCopy.changedSince"));
        } else {
            setVisible(false);
        }
    }

    void hide() {
        actions.removeAll();
        setVisible(false);
    }
}
