package de.newsroom.console.article.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import de.newsroom.console.article.ArticleConflictException;
import de.newsroom.console.article.ArticleCorrections;
import de.newsroom.console.article.ArticleDetails;
import de.newsroom.console.article.ArticleDraft;
import de.newsroom.console.article.ArticleEditing;
import de.newsroom.console.article.ArticleNextVersions;
import de.newsroom.console.article.ArticleStatus;
import de.newsroom.console.article.ArticleWorkflowException;
import de.newsroom.console.article.NextVersion;
import de.newsroom.console.base.ui.Notifications;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The editor's actions on a live article (decision 0018): "Publish correction" (the form's changes go live at once
 * with a dated note, see {@link CorrectionDialog}) and "Start new version" (a next version edited and reviewed while
 * the live text stays), or "Open new version" once one is in the works.
 */
class VersionActions {

    private final HorizontalLayout bar;
    private final ArticleCorrections corrections;
    private final ArticleNextVersions nextVersions;
    private final ArticleEditing editing;
    private final ZoneId zone;
    private final Clock clock;
    private final Supplier<ArticleDetails> current;
    private final Supplier<ArticleDraft> form;
    private final BooleanSupplier formChanged;
    private final Consumer<ArticleDetails> load;
    private final Consumer<ArticleConflictException> conflict;

    VersionActions(HorizontalLayout bar, ArticleCorrections corrections, ArticleNextVersions nextVersions,
                   ArticleEditing editing, ZoneId zone, Clock clock, Supplier<ArticleDetails> current,
                   Supplier<ArticleDraft> form, BooleanSupplier formChanged, Consumer<ArticleDetails> load,
                   Consumer<ArticleConflictException> conflict) {
        this.bar = bar;
        this.corrections = corrections;
        this.nextVersions = nextVersions;
        this.editing = editing;
        this.zone = zone;
        this.clock = clock;
        this.current = current;
        this.form = form;
        this.formChanged = formChanged;
        this.load = load;
        this.conflict = conflict;
        bar.addClassName("article-version-actions");
        bar.setSpacing(true);
        bar.setWrap(true);
    }

    void show(ArticleDetails article) {
        bar.removeAll();
        bar.setVisible(false);
        if (article == null || article.status() == ArticleStatus.TRASHED) {
            return;
        }
        bar.setVisible(true);
        Optional<NextVersion> next = nextVersions.of(article.id());
        if (next.isPresent()) {
            var open = new Button(bar.getTranslation("article.next.open",
                    bar.getTranslation("article.status." + next.get().status().name())), VaadinIcon.FILE_TEXT_O.create(),
                    e -> open(article.id()));
            open.setId("article-next-open");
            if (next.get().needsMerge()) {
                open.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            bar.add(open);
        }
        if (article.status() != ArticleStatus.PUBLISHED) {
            return;
        }
        var correct = new Button(bar.getTranslation("article.correction.action"), VaadinIcon.EDIT.create(),
                e -> correct());
        correct.setId("article-correction");
        bar.add(correct);
        if (next.isEmpty()) {
            var start = new Button(bar.getTranslation("article.next.start"), VaadinIcon.COPY_O.create(),
                    e -> start());
            start.setId("article-next-start");
            bar.addComponentAtIndex(0, start);
        }
    }

    private void correct() {
        ArticleDetails live = current.get();
        if (!formChanged.getAsBoolean()) {
            Notifications.error(bar.getTranslation("article.correction.unchanged")).setId("article-correction-unchanged");
            return;
        }
        ArticleDraft corrected = form.get();
        new CorrectionDialog(corrections, corrected, editing.diff(live.toDraft(), corrected), clock.instant(), zone,
                load, conflict).open();
    }

    private void start() {
        ArticleDetails live = current.get();
        if (formChanged.getAsBoolean()) {
            Notifications.error(bar.getTranslation("article.next.unsaved")).setId("article-next-unsaved");
            return;
        }
        try {
            nextVersions.start(live.id(), live.version());
            open(live.id());
        } catch (ArticleConflictException e) {
            conflict.accept(e);
        } catch (ArticleWorkflowException e) {
            Notifications.error(bar.getTranslation(e.messageKey(), e.args()));
        }
    }

    private static void open(Long articleId) {
        UI.getCurrent().navigate("articles/" + articleId + "/next");
    }
}
