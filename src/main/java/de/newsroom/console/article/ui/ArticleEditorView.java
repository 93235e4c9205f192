package de.newsroom.console.article.ui;

import de.newsroom.console.base.ui.DateStyle;
import de.newsroom.console.base.domain.AppRoles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.shared.Registration;
import de.newsroom.console.article.ArticleConflictException;
import de.newsroom.console.article.ArticleDetails;
import de.newsroom.console.article.ArticleDraft;
import de.newsroom.console.article.ArticlePresence;
import de.newsroom.console.article.ArticleRevisionSummary;
import de.newsroom.console.article.ArticleEditing;
import de.newsroom.console.article.ArticleImages;
import de.newsroom.console.article.ArticleRevisions;
import de.newsroom.console.article.ArticleTrash;
import de.newsroom.console.article.ArticleWorkflow;
import de.newsroom.console.media.MediaService;
import de.newsroom.console.article.ArticleStatus;
import de.newsroom.console.article.ArticleWorkflowException;
import de.newsroom.console.article.ArticleWorkingCopies;
import de.newsroom.console.article.ArticleWorkingCopy;
import de.newsroom.console.base.domain.NewsroomZone;
import de.newsroom.console.base.ui.CancelFirst;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.base.ui.SendTypedBeforeLeaving;
import de.newsroom.console.base.web.ReaderSite;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import de.newsroom.console.tag.TagService;
import de.newsroom.console.tag.keyword.KeywordSuggestionService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes and edits one article: the form on the left, the live reader preview, revisions and (after a conflict)
 * the other editor's version on the right; workflow buttons for the moves allowed now. Ctrl+S (Cmd+S) saves, and
 * the cursor starts in the title. A refused
 * save keeps everything typed in the form. The parts are components of their own ({@link ConflictPanel},
 * {@link TheirVersionPanel}, {@link PresenceNote}, {@link WorkflowActions}, ...); this view wires them together.
 */
@Route("articles/new")
@RouteAlias("articles/:id(\\d+)")
@RolesAllowed(AppRoles.EDITOR)
class ArticleEditorView extends Main implements HasDynamicTitle, BeforeEnterObserver, BeforeLeaveObserver {

    private static final int PRESENCE_POLL_MILLIS = 30_000;

    // Asks the browser before a reload or a closed tab while the server says the form has unsaved changes, or as soon
    // as the user typed (before a lazy value change has reached the server). One listener per window, replaced when
    // another editor opens; it ignores an editor no longer in the page, and stays quiet once Vaadin shows its
    // session-ended notice (.v-system-error), whose click must reach the login page without a second question.
    // Leaving inside the console (a click, back/forward) is asked in beforeLeave; SendTypedBeforeLeaving gets the
    // typed text there first.
    static final String UNLOAD_GUARD = """
            const view = this;
            if (window.__newsroomUnloadGuard) {
                window.removeEventListener('beforeunload', window.__newsroomUnloadGuard);
            }
            window.__newsroomUnloadGuard = e => {
                if (document.querySelector('.v-system-error')) {
                    return;
                }
                if (view.isConnected && (view.getAttribute('data-unsaved') === 'true' || view.__newsroomTyped)) {
                    e.preventDefault();
                    e.returnValue = '';
                }
            };
            window.addEventListener('beforeunload', window.__newsroomUnloadGuard);
            if (!view.__newsroomInputListener) {
                view.__newsroomInputListener = () => { view.__newsroomTyped = true; };
                view.addEventListener('input', view.__newsroomInputListener);
            }
            view.__newsroomTyped = false;""";

    private final ArticleEditing editing;
    private final ArticleWorkingCopies workingCopies;
    private final NewsroomZone zone;
    private final List<CategoryNode> tree;

    private final ArticleForm form;
    private final ArticlePreview preview;
    private final RevisionsPanel revisions;
    private final FeaturedImagePanel featured;
    private final TabSheet side = new TabSheet();
    private final TheirVersionPanel theirsPanel;
    private com.vaadin.flow.component.tabs.Tab theirsTab;
    private final H2 heading = new H2();
    private final Span status = new Span();
    // Names the view when the cursor went straight into the title (OpeningFocus).
    private final Div opened = OpeningFocus.liveRegion("article-opened");
    private final PresenceNote presenceNote;
    private final ConflictPanel conflictPanel;
    private final WorkingCopyBanner workingCopyBanner;
    private final BodyPictureButton bodyPicture;
    private final Div saveBar;
    private final WorkingCopyKeeper keeper;
    private final HorizontalLayout workflow = new HorizontalLayout();
    private final Button save = new Button();
    private final WorkflowActions workflowActions;
    private final HorizontalLayout versionBar = new HorizontalLayout();
    private final VersionActions versionActions;

    private ArticleFormData data = new ArticleFormData();
    private ArticleDetails current;
    private long baseVersion;
    private Registration pollRegistration;
    private Boolean shownUnsaved;
    // The last save's refusal, closed when a save goes through, so "Saved." never stands beside "Please check...".
    private com.vaadin.flow.component.notification.Notification saveRefusal;

    ArticleEditorView(ArticleEditing editing, ArticleWorkflow workflowService, ArticleTrash trash,
                      ArticleRevisions history,
                      ArticlePresence presence, ArticleWorkingCopies workingCopies, CategoryService categories,
                      TagService tags, KeywordSuggestionService suggestions, NewsroomZone zone, Clock clock,
                      ReaderSite readerSite, ArticleImages articleImages, MediaService media,
                      de.newsroom.console.article.ArticleCorrections corrections,
                      de.newsroom.console.article.ArticleNextVersions nextVersions) {
        this.editing = editing;
        this.workingCopies = workingCopies;
        this.zone = zone;
        this.tree = categories.tree();
        this.form = new ArticleForm(tree, tags, suggestions, editing.bylineAccounts());
        this.preview = new ArticlePreview(readerSite, media);
        this.revisions = new RevisionsPanel(history, zone.zoneId(), this::restore);
        this.featured = new FeaturedImagePanel(articleImages, media);
        form.addComponentAtIndex(form.indexOf(form.body), bodyPicture = new BodyPictureButton(form.body, media));
        this.workflowActions = new WorkflowActions(workflow, workflowService, trash, form, zone.zoneId(), clock, () -> current,
                () -> !form.binder.hasChanges() || save(), this::load, this::showConflict);
        this.versionActions = new VersionActions(versionBar, corrections, nextVersions, editing, zone.zoneId(), clock,
                () -> current, this::currentDraft, () -> form.binder.hasChanges(), this::load, this::showConflict);
        this.presenceNote = new PresenceNote(presence, zone.zoneId());
        this.conflictPanel = new ConflictPanel(editing, zone.zoneId(), this::currentDraft, this::saveOverTheirs,
                this::load);
        this.theirsPanel = new TheirVersionPanel(form, tree);
        this.workingCopyBanner = new WorkingCopyBanner(zone.zoneId());
        this.keeper = new WorkingCopyKeeper(workingCopies, this::currentDraft, this::storedDraft);
        addClassNames("view", "article-editor");

        save.setText(getTranslation("article.action.save"));
        save.setId("article-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        // Ctrl+S, and Cmd+S on a Mac: saving stays one keystroke away wherever the cursor is (the browser's own
        // "save page" is prevented). The button names it for a first day and for screen readers.
        Shortcuts.addShortcutListener(this, this::save, Key.KEY_S, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, this::save, Key.KEY_S, KeyModifier.META);
        save.getElement().setAttribute("aria-keyshortcuts", "Control+S Meta+S");
        save.setTooltipText(getTranslation(isMac() ? "article.action.save.shortcut.mac" : "article.action.save.shortcut"));

        status.addClassName("article-status");
        status.setId("article-status");
        workflow.addClassName("article-workflow");
        // On a phone Save stands in a bar of its own along the bottom edge (decision 35), so nothing of the form shows
        // beside it half covered; on a desktop the box is "display: contents" and Save ends the actions at the top right.
        saveBar = new Div(save);
        saveBar.addClassName("article-save-bar");
        saveBar.setId("article-save-bar");
        Notifications.bottomBar(saveBar);
        heading.setId("article-heading");
        var toolbar = new HorizontalLayout(heading, status, presenceNote);
        toolbar.addClassName("article-toolbar");
        toolbar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        var actions = new HorizontalLayout(workflow, saveBar);
        actions.addClassName("article-actions");
        actions.setId("article-actions");
        actions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);

        side.add(getTranslation("article.tab.preview"), preview);
        side.add(getTranslation("article.tab.revisions"), revisions);
        side.add(getTranslation("article.featured"), featured);
        side.setSizeFull();

        var split = new SplitLayout(form, side);
        split.setSizeFull();
        split.setSplitterPosition(50);
        // The document order is the order of the work, which is the order of Tab and of a screen reader: heading,
        // the form, then the actions (workflow moves, Save) and the corrections bar. The stylesheet still shows the
        // actions at the top right and the corrections below the heading (a grid in articles.css, "article-actions-
        // last"); before, Tab reached six buttons before the title.
        add(toolbar, workingCopyBanner, conflictPanel, split, actions, versionBar);
        addClassName("article-actions-last");
        getElement().setAttribute("aria-labelledby", "article-heading");
        add(opened);
        setSizeFull();

        form.binder.addValueChangeListener(e -> {
            refreshPreview();
            keeper.changed();
            showUnsaved();
        });
        // A DOM listener that synchronises "value", not addBlurListener: for an event without synchronised
        // properties Vaadin's client first flushes every pending lazy value change, and that flush dropped the text
        // area's last value (Chromium: the preview never got the body). The value arrives by its own lazy event.
        form.textFields().forEach(f -> f.getElement().addEventListener("blur", e -> {
                    SendTypedBeforeLeaving.take(f, e.getEventData().get("element.value"));
                    keeper.flush();
                }).addEventData("element.value"));
        // Leaving must not outrun the lazy sync (a side-navigation click, a link, the browser's back button): the
        // typed text goes to the server first, so beforeLeave sees the change and asks.
        SendTypedBeforeLeaving.fields(form.textFields());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            current = null;
            baseVersion = 0;
            data = new ArticleFormData();
            data.setBylines(new java.util.LinkedHashSet<>(editing.defaultBylines()));
            form.setBylines(data.getBylines());
            form.binder.readBean(data);
            keeper.reset();
            showMeta();
            showUnsaved();
            offerWorkingCopy();
            focusTitleOnOpen(true);
            return;
        }
        var found = editing.find(id.get());
        if (found.isEmpty()) {
            // The console's own "not found" page (404) with a way back, like any other address that leads nowhere.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        load(found.get());
        offerWorkingCopy();
        focusTitleOnOpen(false);
    }

    /**
     * The cursor waits in the title once the field is laid out, new article or existing (before, an existing one left
     * it on the page, some 15 Tabs away), and the live region then names the view, since a screen reader announces
     * only the field that took the focus. It never takes the focus from something the editor has clicked meanwhile,
     * and on a touch-only device it leaves an existing article alone: there the focus would open the on-screen
     * keyboard over the text the editor came to read.
     */
    private void focusTitleOnOpen(boolean isNew) {
        OpeningFocus.title(form, opened.getId().orElseThrow(), heading.getText(), isNew);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!form.binder.hasChanges()) {
            return;
        }
        var action = event.postpone();
        var confirm = new ConfirmDialog(getTranslation("article.leave.title"), getTranslation("article.leave.text"),
                getTranslation("article.leave.discard"), e -> {
                    keeper.discard(current == null ? null : current.id());
                    action.proceed();
                });
        confirm.setId("article-leave-confirm");
        confirm.setCancelText(getTranslation("article.leave.stay"));
        // What was typed is gone once discarded: the cursor waits on "Stay", so an Enter out of habit keeps it.
        CancelFirst.apply(confirm);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Saves the form; true when stored. On refusal the form keeps exactly what was typed. */
    boolean save() {
        closeSaveRefusal();
        if (form.binder.validate().hasErrors()) {
            saveRefusal = Notifications.error(getTranslation("article.save.invalid"));
            saveRefusal.setId("article-save-refused");
            form.focusFirstInvalid();
            return false;
        }
        var draftData = new ArticleFormData();
        form.binder.writeBeanIfValid(draftData);
        try {
            ArticleDetails saved = editing.save(draftData.toDraft(current == null ? null : current.id(), baseVersion));
            keeper.reset();
            boolean created = current == null;
            load(saved);
            if (created) {
                UI.getCurrent().getPage().getHistory().replaceState(null, "articles/" + saved.id());
            }
            Notifications.success(getTranslation("article.saved"));
            return true;
        } catch (ArticleConflictException e) {
            showConflict(e);
            return false;
        } catch (ArticleWorkflowException e) {
            if (!form.showOnField(e)) {
                saveRefusal = Notifications.error(getTranslation(e.messageKey(), e.args()));
            } else {
                saveRefusal = Notifications.error(getTranslation("article.save.invalid"));
                form.focusFirstInvalid();
            }
            saveRefusal.setId("article-save-refused");
            return false;
        }
    }

    private void closeSaveRefusal() {
        if (saveRefusal != null) {
            saveRefusal.close();
            saveRefusal = null;
        }
    }

    private void load(ArticleDetails details) {
        current = details;
        baseVersion = details.version();
        data = ArticleFormData.of(details, tree);
        form.setBylines(details.bylines());
        form.binder.readBean(data);
        keeper.settle();
        workingCopyBanner.hide();
        conflictPanel.hide();
        if (theirsTab != null) {
            side.remove(theirsTab);
            theirsTab = null;
        }
        showMeta();
        refreshPreview();
        featured.show(details.id());
        showUnsaved();
        if (isAttached()) {
            refreshPresence();
        }
    }

    /** Offers the user's working copy of this article (from any node: it is in the database) if it holds other text. */
    private void offerWorkingCopy() {
        Long id = current == null ? null : current.id();
        var copy = workingCopies.mine(id);
        if (copy.isEmpty()) {
            return;
        }
        if (copy.get().differsFrom(storedDraft())) {
            workingCopyBanner.offer(copy.get(), this::restoreWorkingCopy, c -> {
                keeper.discard(id);
                workingCopyBanner.hide();
            });
        } else {
            keeper.discard(id);
        }
    }

    // The copy's text goes into the form unsaved; edited from an older version, it is saved against that version, so
    // the usual merge applies and a real conflict shows the conflict panel.
    private void restoreWorkingCopy(ArticleWorkingCopy copy) {
        boolean changedSince = current != null && copy.draft().baseVersion() < current.version();
        if (current != null) {
            baseVersion = Math.min(copy.draft().baseVersion(), current.version());
        }
        form.fill(copy.draft());
        workingCopyBanner.restored(changedSince);
        keeper.flush();
        showUnsaved();
    }

    private ArticleDraft storedDraft() {
        return data.toDraft(current == null ? null : current.id(), current == null ? 0 : current.version());
    }

    // Tells the browser's unload guard whether leaving would lose something, and polls faster until it is kept.
    private void showUnsaved() {
        boolean unsaved = form.binder.hasChanges();
        if (shownUnsaved == null || shownUnsaved != unsaved) {
            shownUnsaved = unsaved;
            getElement().setAttribute("data-unsaved", String.valueOf(unsaved));
            if (!unsaved) {
                getElement().executeJs("this.__newsroomTyped = false");
            }
        }
        getUI().ifPresent(ui -> ui.setPollInterval(keeper.pending()
                ? WorkingCopyKeeper.FAST_POLL_MILLIS : PRESENCE_POLL_MILLIS));
    }

    private void showMeta() {
        heading.setText(getTranslation(current == null ? "article.new" : "article.edit"));
        status.setText(current == null ? getTranslation("article.status.DRAFT") : statusText(current));
        revisions.show(current == null ? null : current.id());
        workflowActions.show(current);
        versionActions.show(current);
        // A trashed article is restored before it is edited (the service refuses its save): the fields are read-only
        // and Save is gone, "Wiederherstellen" is the way on. Before the editor's first-hour sweep the form took
        // typing and Save stood beside the note "Zum Bearbeiten bitte wiederherstellen", to be refused on saving.
        boolean trashed = current != null && current.status() == ArticleStatus.TRASHED;
        form.binder.setReadOnly(trashed);
        bodyPicture.setEnabled(!trashed);
        form.suggestions.setVisible(!trashed);
        saveBar.setVisible(!trashed);
    }

    private String statusText(ArticleDetails d) {
        var format = DateStyle.dateTime(getLocale(), zone.zoneId());
        String text = getTranslation("article.status." + d.status().name());
        if (d.status() == ArticleStatus.SCHEDULED && d.scheduledAt() != null) {
            text += " · " + format.format(d.scheduledAt());
        }
        if (d.status() == ArticleStatus.PUBLISHED && d.publishedLate()) {
            text += " · " + getTranslation("article.late");
        }
        return text;
    }

    private void restore(ArticleRevisionSummary revision) {
        attempt(() -> editing.restore(current.id(), revision.id(), current.version()));
    }

    private void attempt(Supplier<ArticleDetails> action) {
        try {
            load(action.get());
            Notifications.success(getTranslation("article.saved"));
        } catch (ArticleConflictException e) {
            showConflict(e);
        } catch (ArticleWorkflowException e) {
            Notifications.error(getTranslation(e.messageKey(), translatedArgs(e)));
        }
    }

    private Object[] translatedArgs(ArticleWorkflowException e) {
        if (!"article.error.transition".equals(e.messageKey())) {
            return e.args();
        }
        return java.util.Arrays.stream(e.args()).map(a -> getTranslation("article.status." + a)).toArray();
    }

    /** Explains who saved in between, keeps the form as typed, and offers the diff and their version for merging. */
    private void showConflict(ArticleConflictException e) {
        String message = conflictPanel.show(e);
        theirsPanel.show(e.theirs());
        if (theirsTab == null) {
            theirsTab = side.add(getTranslation("article.tab.theirs"), theirsPanel);
        }
        side.setSelectedTab(theirsTab);
        Notifications.error(message);
    }

    // Their version becomes the base: the form's text is saved over it as it stands.
    private void saveOverTheirs(ArticleConflictException e) {
        baseVersion = e.theirVersion();
        current = e.theirs();
        save();
    }

    private ArticleDraft currentDraft() {
        var now = new ArticleFormData();
        form.binder.writeBeanAsDraft(now, true);
        return now.toDraft(current == null ? null : current.id(), baseVersion);
    }

    private void refreshPreview() {
        preview.show(form);
    }

    private void refreshPresence() {
        presenceNote.refresh(current == null ? null : current.id());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        ui.setPollInterval(PRESENCE_POLL_MILLIS);
        pollRegistration = ui.addPollListener(e -> {
            if (keeper.pending()) {
                keeper.flush();
            }
            refreshPresence();
            showUnsaved();
        });
        refreshPresence();
        getElement().executeJs(UNLOAD_GUARD);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pollRegistration != null) {
            pollRegistration.remove();
        }
        event.getUI().setPollInterval(-1);
        presenceNote.leave(current == null ? null : current.id());
        super.onDetach(event);
    }

    /** What is in the form right now, for tests and the conflict panel. */
    ArticleForm form() {
        return form;
    }

    ArticlePreview preview() {
        return preview;
    }

    RevisionsPanel revisions() {
        return revisions;
    }

    private boolean isMac() {
        var browser = com.vaadin.flow.server.VaadinSession.getCurrent() == null ? null
                : com.vaadin.flow.server.VaadinSession.getCurrent().getBrowser();
        return browser != null && (browser.isMacOSX() || browser.isIPhone());
    }

    @Override
    public String getPageTitle() {
        return getTranslation(current == null ? "article.new" : "article.edit") + " · " + getTranslation("app.title");
    }
}
