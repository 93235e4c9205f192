package de.newsroom.console.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import de.newsroom.console.article.ArticleConflictException;
import de.newsroom.console.article.ArticleDetails;
import de.newsroom.console.article.ArticleDraft;
import de.newsroom.console.article.ArticleEditing;
import de.newsroom.console.article.ArticleIncompleteException;
import de.newsroom.console.article.ArticleNextVersions;
import de.newsroom.console.article.ArticleStatus;
import de.newsroom.console.article.ArticleWorkflowException;
import de.newsroom.console.article.NextVersion;
import de.newsroom.console.base.domain.AppRoles;
import de.newsroom.console.base.domain.NewsroomZone;
import de.newsroom.console.base.ui.CancelFirst;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.base.ui.SendTypedBeforeLeaving;
import de.newsroom.console.base.web.ReaderSite;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import de.newsroom.console.media.MediaService;
import de.newsroom.console.tag.TagRef;
import de.newsroom.console.tag.TagService;
import de.newsroom.console.tag.keyword.KeywordSuggestionService;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * The next version of a live article (decision 0018): the same form as the editor, its own save, review and publish
 * buttons and the same live preview beside it, while readers keep the live text. When a correction of the live text
 * could not be merged into it, the conflict panel shows the live text beside it until the editor has merged them and
 * saved. Leaving with unsaved changes asks first, like the editor, and text typed a moment before leaving counts
 * ({@link SendTypedBeforeLeaving}).
 */
@Route("articles/:id(\\d+)/next")
@RolesAllowed(AppRoles.EDITOR)
class NextVersionView extends Main implements HasDynamicTitle, BeforeEnterObserver, BeforeLeaveObserver {

    private final ArticleNextVersions nextVersions;
    private final ArticleEditing editing;
    private final TagService tags;
    private final List<CategoryNode> tree;
    private final ArticleForm form;
    private final ConflictPanel conflictPanel;
    private final ArticlePreview preview;
    private final H2 heading = new H2();
    private final Span status = new Span();
    private final Paragraph note = new Paragraph();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Anchor back = new Anchor();
    // Names the view when the cursor went straight into the title (OpeningFocus).
    private final com.vaadin.flow.component.html.Div opened = OpeningFocus.liveRegion("next-opened");

    private ArticleDetails live;
    private NextVersion next;
    // Set once the next version is discarded: its text is gone on purpose, so leaving asks nothing.
    private boolean discarded;

    NextVersionView(ArticleNextVersions nextVersions, ArticleEditing editing, CategoryService categories,
                    TagService tags, KeywordSuggestionService suggestions, NewsroomZone zone, ReaderSite readerSite,
                    MediaService media) {
        this.nextVersions = nextVersions;
        this.editing = editing;
        this.tags = tags;
        this.tree = categories.tree();
        this.form = new ArticleForm(tree, tags, suggestions, editing.bylineAccounts());
        this.preview = new ArticlePreview(readerSite, media);
        this.conflictPanel = new ConflictPanel(editing, zone.zoneId(), this::formDraft,
                e -> save(true), theirs -> form.fill(theirs.toDraft()));
        addClassNames("view", "article-editor", "article-next-version");
        heading.setText(getTranslation("article.next.title"));
        status.addClassName("article-status");
        status.setId("next-status");
        back.setText(getTranslation("article.next.back"));
        back.setId("next-back");
        heading.setId("next-heading");
        var toolbar = new HorizontalLayout(heading, status, back);
        toolbar.addClassName("article-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        actions.setWrap(true);
        actions.addClassName("article-next-actions");
        actions.setId("next-actions");
        note.addClassName("article-next-note");
        note.setId("next-note");
        // Laid out like the editor: the form on the left, the reader preview on the right (stacked on phones).
        var side = new TabSheet();
        side.add(getTranslation("article.tab.preview"), preview);
        side.setSizeFull();
        var split = new SplitLayout(form, side);
        split.setSizeFull();
        split.setSplitterPosition(50);
        // As in the editor: the actions follow the form in the document (Tab, screen readers) and the stylesheet shows
        // them where they stood, right-aligned below the heading (articles.css, "next-actions-last").
        add(toolbar, note, conflictPanel, split, actions, opened);
        addClassName("next-actions-last");
        getElement().setAttribute("aria-labelledby", "next-heading");
        setSizeFull();
        // Ctrl+S, and Cmd+S on a Mac, save as the button does.
        for (var modifier : List.of(com.vaadin.flow.component.KeyModifier.CONTROL,
                com.vaadin.flow.component.KeyModifier.META)) {
            com.vaadin.flow.component.Shortcuts.addShortcutListener(this, () -> save(next != null && next.needsMerge()),
                    com.vaadin.flow.component.Key.KEY_S, modifier);
        }
        form.binder.addValueChangeListener(e -> preview.show(form));
        SendTypedBeforeLeaving.fields(form.textFields());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("id").orElse(null);
        var article = id == null ? null : editing.find(id).orElse(null);
        var found = article == null ? null : nextVersions.of(id).orElse(null);
        if (found == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        live = article;
        show(found);
        OpeningFocus.title(form, "next-opened", heading.getText(), false);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (discarded || !form.binder.hasChanges()) {
            return;
        }
        var action = event.postpone();
        var confirm = new ConfirmDialog(getTranslation("article.leave.title"), getTranslation("article.leave.text"),
                getTranslation("article.leave.discard"), e -> action.proceed());
        confirm.setId("next-leave-confirm");
        confirm.setCancelText(getTranslation("article.leave.stay"));
        // What was typed is gone once discarded: the cursor waits on "Stay", so an Enter out of habit keeps it.
        CancelFirst.apply(confirm);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void show(NextVersion version) {
        next = version;
        back.setHref("articles/" + live.id());
        status.setText(getTranslation("article.status." + version.status().name()));
        note.setText(getTranslation("article.next.intro", live.title()));
        var data = new ArticleFormData();
        ArticleDraft d = version.draft();
        data.setTitle(d.title());
        data.setSlug(d.slug());
        data.setLead(d.lead());
        data.setBody(d.body());
        data.setCategory(tree.stream().filter(n -> n.id().equals(d.categoryId())).findFirst().orElse(null));
        var refs = new LinkedHashSet<TagRef>();
        d.tagNames().forEach(name -> refs.add(tags.findExisting(name).orElse(new TagRef(null, name))));
        data.setTags(refs);
        data.setCommentsOpen(d.commentsOpen());
        data.setBylines(d.bylines() == null ? null : new LinkedHashSet<>(d.bylines()));
        if (d.bylines() != null) {
            form.setBylines(d.bylines());
        }
        form.binder.readBean(data);
        preview.show(form);
        if (version.needsMerge()) {
            conflictPanel.show(new ArticleConflictException(live.updatedByName(), live.updatedAt(), live,
                    version.conflicts()));
            conflictPanel.addComponentAsFirst(new Paragraph(getTranslation("article.next.merge")));
        } else {
            conflictPanel.hide();
        }
        showActions();
    }

    private void showActions() {
        actions.removeAll();
        var save = new Button(getTranslation("article.action.save"), e -> save(next.needsMerge()));
        save.setId("next-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.getElement().setAttribute("aria-keyshortcuts", "Control+S Meta+S");
        if (next.status() == ArticleStatus.DRAFT) {
            actions.add(button(ArticleStatus.IN_REVIEW, () -> nextVersions.move(live.id(), next.version(),
                    ArticleStatus.IN_REVIEW)));
        } else {
            actions.add(button(ArticleStatus.DRAFT, () -> nextVersions.move(live.id(), next.version(),
                    ArticleStatus.DRAFT)));
            var publish = new Button(getTranslation("article.action.PUBLISHED"), e -> publish());
            publish.setId("next-publish");
            actions.add(publish);
        }
        var discard = new Button(getTranslation("article.next.discard"), e -> confirmDiscard());
        discard.setId("next-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        actions.add(discard, save);
    }

    private Button button(ArticleStatus target, Supplier<NextVersion> move) {
        var button = new Button(getTranslation("article.action." + target.name()), e -> {
            if (save(false)) {
                attempt(move, getTranslation("article.moved." + target.name()));
            }
        });
        button.setId("next-move-" + target.name().toLowerCase());
        return button;
    }

    /**
     * Saves unsaved changes; true when there were none or they are stored. {@code force} saves even an unchanged
     * form: while a merge is due, that save is the editor's decision that the form holds the merged text.
     */
    private boolean save(boolean force) {
        if (!force && !form.binder.hasChanges()) {
            return true;
        }
        var data = new ArticleFormData();
        if (!form.binder.writeBeanIfValid(data)) {
            Notifications.error(getTranslation("article.save.invalid"));
            return false;
        }
        return attempt(() -> nextVersions.save(data.toDraft(live.id(), next.version()), live.version()),
                getTranslation("article.saved"));
    }

    private boolean attempt(Supplier<NextVersion> action, String done) {
        try {
            NextVersion after = action.get();
            live = editing.find(live.id()).orElse(live);
            show(after);
            Notifications.success(done).setId("next-done");
            return true;
        } catch (ArticleIncompleteException e) {
            form.showMissing(e);
            Notifications.error(getTranslation(e.messageKey(), String.join(", ", e.missingFields().stream()
                    .map(f -> getTranslation("article.missing." + f)).toList())));
        } catch (ArticleWorkflowException e) {
            if (!form.showOnField(e)) {
                Notifications.error(getTranslation(e.messageKey(), e.args()));
            }
        }
        return false;
    }

    private void publish() {
        if (!save(false)) {
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.setId("next-publish-confirm");
        dialog.setHeader(getTranslation("article.next.publish.title"));
        dialog.setText(getTranslation("article.next.publish.text", live.title()));
        dialog.setConfirmText(getTranslation("article.action.PUBLISHED"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("article.action.cancel"));
        dialog.addConfirmListener(e -> {
            try {
                nextVersions.publish(live.id(), next.version());
                Notifications.success(getTranslation("article.next.published")).setId("next-done");
                getUI().ifPresent(ui -> ui.navigate("articles/" + live.id()));
            } catch (ArticleConflictException ex) {
                Notifications.error(getTranslation("article.next.error.merge"));
                reload();
            } catch (ArticleIncompleteException ex) {
                form.showMissing(ex);
                Notifications.error(getTranslation("article.next.error.incomplete"));
            } catch (ArticleWorkflowException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
                if ("article.next.error.merge".equals(ex.messageKey())) {
                    // The live text changed under it and could not be merged: show both sides now.
                    reload();
                }
            }
        });
        dialog.open();
    }

    private void confirmDiscard() {
        var dialog = new ConfirmDialog();
        dialog.setId("next-discard-confirm");
        dialog.setHeader(getTranslation("article.next.discard.title"));
        dialog.setText(getTranslation("article.next.discard.text"));
        dialog.setConfirmText(getTranslation("article.next.discard"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelText(getTranslation("article.action.cancel"));
        // The next version's text is gone once discarded: the cursor waits on Cancel.
        CancelFirst.apply(dialog);
        dialog.addConfirmListener(e -> {
            try {
                nextVersions.discard(live.id(), next.version());
                discarded = true;
                getUI().ifPresent(ui -> ui.navigate("articles/" + live.id()));
            } catch (ArticleWorkflowException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        dialog.open();
    }

    private void reload() {
        live = editing.find(live.id()).orElse(live);
        nextVersions.of(live.id()).ifPresent(this::show);
    }

    private ArticleDraft formDraft() {
        var now = new ArticleFormData();
        form.binder.writeBeanAsDraft(now, true);
        return now.toDraft(live.id(), next.version());
    }

    ArticleForm form() {
        return form;
    }

    ArticlePreview preview() {
        return preview;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("article.next.title") + " · " + getTranslation("app.title");
    }
}
