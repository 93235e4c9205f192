package de.newsroom.console.comment.ui;

import de.newsroom.console.base.ui.PhoneColumns;
import de.newsroom.console.base.domain.AppRoles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import de.newsroom.console.base.domain.NewsroomZone;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import de.newsroom.console.comment.ArticleOption;
import de.newsroom.console.comment.BulkDecision;
import de.newsroom.console.comment.live.CommentBroadcaster;
import de.newsroom.console.comment.CommentDetail;
import de.newsroom.console.comment.CommentModerationService;
import de.newsroom.console.comment.rules.CommentSettingsService;
import de.newsroom.console.comment.CommentStatus;
import de.newsroom.console.comment.CommentVersion;
import de.newsroom.console.comment.live.CommentsChanged;
import de.newsroom.console.comment.DecisionConflictException;
import de.newsroom.console.comment.ModerationFilter;
import de.newsroom.console.comment.QueueRow;
import de.newsroom.console.comment.RejectReason;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The moderation queue: pending comments oldest first (other statuses browsable), keyset-paged, with a detail panel,
 * single and bulk decisions, J/K/A/R/S/X shortcuts and live updates from new comments in any instance.
 */
@Route("moderation")
@Menu(order = 20, title = "menu.moderation", icon = "vaadin:comments")
@RolesAllowed(AppRoles.MODERATOR)
class ModerationView extends Main implements HasDynamicTitle {

    final transient CommentModerationService moderation;
    private final transient CommentBroadcaster broadcaster;
    private final transient Clock clock;
    private final NewsroomZone zone;
    final transient QueueLoader loader;

    final Select<CommentStatus> status = new Select<>();
    final ComboBox<ArticleOption> article = new ComboBox<>();
    final ComboBox<CategoryNode> category = new ComboBox<>();
    final TextField search = new TextField();
    final Checkbox flaggedOnly = new Checkbox();
    final Span badge = new Span();
    final Grid<QueueRow> grid = new Grid<>();
    final CommentDetailPanel detail;
    final Button approve = new Button();
    final Button reject = new Button();
    final Button spam = new Button();
    final Button approveSelected = new Button();
    final Button rejectSelected = new Button();
    final Button approveMatching = new Button();
    final Button rejectMatching = new Button();
    final Div queueArea = new Div();
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
    private Registration liveRegistration;

    ModerationView(CommentModerationService moderation, CommentBroadcaster broadcaster, CategoryService categories,
                   CommentSettingsService settings, AuthenticationContext authentication, Clock clock,
                   NewsroomZone zone) {
        this.moderation = moderation;
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.zone = zone;
        this.loader = new QueueLoader(moderation);
        this.detail = new CommentDetailPanel(zone.zoneId(),
                authentication.hasRole(AppRoles.ADMIN) ? settings : null);
        addClassNames("view", "moderation-view");

        badge.addClassName("pending-badge");
        badge.setId("pending-badge");
        var heading = new H1(getTranslation("comment.queue.title"));
        var header = new Div(heading, badge);
        header.addClassName("moderation-header");

        add(header, filters(categories), bulkBar(), legend());
        configureGrid();
        var actions = new Div(approve, reject, spam);
        actions.addClassName("moderation-actions");
        var side = new Div(actions, detail);
        side.addClassName("moderation-side");
        queueArea.addClassName("moderation-area");
        queueArea.add(grid, side);
        add(queueArea);
        configureActions();
        configureShortcuts();
        refreshBadge();
        applyFilter();
    }

    private Div filters(CategoryService categories) {
        status.setLabel(getTranslation("comment.filter.status"));
        status.setItems(CommentStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("comment.status." + s.name()));
        status.setValue(CommentStatus.PENDING);
        status.setId("filter-status");
        article.setLabel(getTranslation("comment.filter.article"));
        article.setItems(query -> moderation.articles(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        article.setItemLabelGenerator(ArticleOption::title);
        article.setClearButtonVisible(true);
        article.setId("filter-article");
        category.setLabel(getTranslation("comment.filter.category"));
        category.setItems(categories.tree());
        category.setItemLabelGenerator(CategoryNode::displayPath);
        category.setClearButtonVisible(true);
        category.setId("filter-category");
        search.setLabel(getTranslation("comment.filter.text"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("filter-text");
        flaggedOnly.setLabel(getTranslation("comment.filter.flagged"));
        flaggedOnly.setId("filter-flagged");
        status.addValueChangeListener(e -> applyFilter());
        article.addValueChangeListener(e -> applyFilter());
        category.addValueChangeListener(e -> applyFilter());
        search.addValueChangeListener(e -> applyFilter());
        flaggedOnly.addValueChangeListener(e -> applyFilter());
        var bar = new Div(status, article, category, search, flaggedOnly);
        bar.addClassName("moderation-filters");
        return bar;
    }

    private Div bulkBar() {
        approveSelected.setText(getTranslation("comment.bulk.approve"));
        approveSelected.setId("bulk-approve");
        approveSelected.addClickListener(e -> confirmBulk(selectedVersions(), true));
        rejectSelected.setText(getTranslation("comment.bulk.reject"));
        rejectSelected.setId("bulk-reject");
        rejectSelected.addClickListener(e -> confirmBulk(selectedVersions(), false));
        approveMatching.setText(getTranslation("comment.bulk.approve.matching"));
        approveMatching.setId("bulk-approve-matching");
        approveMatching.addClickListener(e -> confirmBulk(moderation.matching(loader.filter()), true));
        rejectMatching.setText(getTranslation("comment.bulk.reject.matching"));
        rejectMatching.setId("bulk-reject-matching");
        rejectMatching.addClickListener(e -> confirmBulk(moderation.matching(loader.filter()), false));
        var bar = new Div(approveSelected, rejectSelected, approveMatching, rejectMatching);
        bar.addClassName("moderation-bulk");
        return bar;
    }

    private Div legend() {
        var legend = new Div();
        legend.addClassName("shortcut-legend");
        legend.setId("shortcut-legend");
        for (String key : List.of("J", "K", "A", "R", "S", "X")) {
            var kbd = new Span(key);
            kbd.addClassName("kbd");
            var item = new Span(kbd, new Span(getTranslation("comment.shortcut." + key)));
            item.addClassName("shortcut");
            legend.add(item);
        }
        return legend;
    }

    private void configureGrid() {
        grid.setId("moderation-grid");
        grid.addClassName("moderation-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(QueueRow::authorName).setHeader(getTranslation("comment.col.author"))
                .setKey("author").setAutoWidth(true).setFlexGrow(0);
        // Three lines of the comment and two of the article title, wrapped in the browser (lit escapes the text);
        // the whole comment is one click away in the detail panel.
        grid.addColumn(LitRenderer.<QueueRow>of("<div class=\"queue-excerpt\">${item.text}</div>")
                        .withProperty("text", QueueRow::excerpt))
                .setHeader(getTranslation("comment.col.excerpt")).setKey("excerpt").setFlexGrow(3);
        grid.addColumn(LitRenderer.<QueueRow>of("<div class=\"queue-article\">${item.title}</div>")
                        .withProperty("title", QueueRow::articleTitle))
                .setHeader(getTranslation("comment.col.article")).setKey("article").setFlexGrow(2);
        grid.addColumn(row -> age(row)).setHeader(getTranslation("comment.col.age")).setKey("age")
                .setAutoWidth(true).setFlexGrow(0);
        PhoneColumns.hideOnPhones(this, List.of(grid.getColumnByKey("author"), grid.getColumnByKey("article")));
        // Rendered in the browser from plain data: a component per row would put 50 server-side components (and
        // their state nodes) into every range the grid asks for. Three string lists, because Vaadin serialises
        // renderer properties as beans (a Map would arrive as {"empty": false}).
        grid.addColumn(LitRenderer.<QueueRow>of("""
                        <div class="comment-flags">${item.flagCodes.map((code, i) => html`<span class="comment-flag \
                        comment-flag-${code}" title="${item.flagReasons[i]}">${item.flagLabels[i]}</span>`)}</div>""")
                        .withProperty("flagCodes", row -> row.flags().stream().map(ModerationView::flagCode).toList())
                        .withProperty("flagLabels", row -> row.flags().stream()
                                .map(flag -> getTranslation("comment.flag." + flagCode(flag))).toList())
                        .withProperty("flagReasons", row -> row.flags().stream()
                                .map(flag -> FlagTexts.describe(flag, this::getTranslation)).toList()))
                .setHeader(getTranslation("comment.col.flags")).setKey("flags").setAutoWidth(true);
        grid.setPartNameGenerator(row -> current != null && current.id() == row.id() ? "current-row" : null);
        grid.setItems(query -> loader.fetch(query.getOffset(), query.getLimit()));
        grid.addItemClickListener(e -> setCurrent(e.getItem()));
        grid.addSelectionListener(e -> updateBulkButtons());
    }

    private void configureActions() {
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
        updateActionButtons();
        updateBulkButtons();
    }

    private void configureShortcuts() {
        // Listening on the queue area only: typing an "a" in the search field must not approve anything.
        Shortcuts.addShortcutListener(queueArea, () -> move(1), Key.KEY_J).listenOn(queueArea);
        Shortcuts.addShortcutListener(queueArea, () -> move(-1), Key.KEY_K).listenOn(queueArea);
        Shortcuts.addShortcutListener(queueArea, this::approveCurrent, Key.KEY_A).listenOn(queueArea);
        Shortcuts.addShortcutListener(queueArea, this::rejectCurrent, Key.KEY_R).listenOn(queueArea);
        Shortcuts.addShortcutListener(queueArea, this::spamCurrent, Key.KEY_S).listenOn(queueArea);
        Shortcuts.addShortcutListener(queueArea, this::toggleSelection, Key.KEY_X).listenOn(queueArea);
    }

    void applyFilter() {
        loader.reset(new ModerationFilter(status.getValue(), article.getValue() == null ? null : article.getValue().id(),
                category.getValue() == null ? null : category.getValue().id(), search.getValue(),
                flaggedOnly.getValue()));
        grid.deselectAll();
        updateBulkButtons();
        setCurrent(loader.rowAt(0));
        grid.getDataProvider().refreshAll();
    }

    void setCurrent(QueueRow row) {
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
                    grid.scrollToIndex(index);
                }
            }
        }
        updateActionButtons();
        grid.getDataProvider().refreshAll();
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
        updateActionButtons();
        grid.getDataProvider().refreshAll();
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
            setCurrent(next);
        }
    }

    void toggleSelection() {
        if (current == null || settledMark != null) {
            return;
        }
        if (grid.getSelectedItems().stream().anyMatch(r -> r.id() == current.id())) {
            grid.getSelectedItems().stream().filter(r -> r.id() == current.id()).toList().forEach(grid::deselect);
        } else {
            grid.select(current);
        }
    }

    void approveCurrent() {
        QueueRow row = current;
        if (row != null && refusedAsSettled(row)) {
            return;
        }
        if (row != null && row.status() != CommentStatus.APPROVED) {
            decide(row, () -> moderation.approve(row.id(), row.status(), row.version()), "comment.done.approved");
        }
    }

    void rejectCurrent() {
        QueueRow row = current;
        if (row != null && refusedAsSettled(row)) {
            return;
        }
        if (row != null && row.status() != CommentStatus.REJECTED) {
            new RejectDialog(getTranslation("comment.reject.title", row.authorName()), (reason, note) ->
                    decide(row, () -> moderation.reject(row.id(), row.status(), row.version(), reason, note),
                            "comment.done.rejected")).open();
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
    private void decide(QueueRow row, Runnable decision, String doneKey) {
        boolean shown = current != null && current.id() == row.id();
        if (refusedAsSettled(row)) {
            return;
        }
        int index = loader.indexOf(row.id());
        try {
            decision.run();
        } catch (DecisionConflictException e) {
            Notifications.error(conflictMessage(e));
            grid.getSelectedItems().stream().filter(r -> r.id() == row.id()).toList().forEach(grid::deselect);
            if (shown) {
                settle(row, load(row.id()), index);
            } else {
                loader.remove(Set.of(row.id()));
            }
            refreshBadge();
            return;
        }
        Notifications.success(getTranslation(doneKey, row.authorName()));
        loader.remove(Set.of(row.id()));
        grid.getSelectedItems().stream().filter(r -> r.id() == row.id()).toList().forEach(grid::deselect);
        if (shown) {
            setCurrent(loader.rowAt(Math.max(0, index)));
        } else {
            grid.getDataProvider().refreshAll();
        }
        refreshBadge();
    }

    String conflictMessage(DecisionConflictException e) {
        if (e.currentStatus() == null) {
            return getTranslation("comment.conflict.gone");
        }
        return getTranslation("comment.conflict", texts().decided(e.currentStatus(), e.decidedByName(),
                e.decidedAt()));
    }

    private void confirmBulk(List<CommentVersion> seen, boolean approving) {
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
                    e -> runBulk(() -> moderation.bulkApprove(confirmed), true));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("comment.action.cancel"));
            dialog.setId("bulk-confirm");
            dialog.open();
        } else {
            new RejectDialog(getTranslation("comment.bulk.confirm.reject", confirmed.size()), (reason, note) ->
                    runBulk(() -> moderation.bulkReject(confirmed, reason, note), false)).open();
        }
    }

    private void runBulk(Supplier<BulkDecision> action, boolean approving) {
        BulkDecision result = action.get();
        String report = texts().bulkReport(approving, result);
        if (result.skipped().isEmpty()) {
            Notifications.success(report);
        } else {
            Notifications.error(report);
        }
        Set<Long> gone = new HashSet<>(result.decided());
        result.skipped().stream().filter(s -> s.reason() != BulkDecision.Reason.CHANGED)
                .forEach(s -> gone.add(s.id()));
        QueueRow shown = current;
        int index = shown == null ? -1 : loader.indexOf(shown.id());
        grid.deselectAll();
        if (shown != null && settledMark == null && result.decided().contains(shown.id())) {
            // Decided by this moderator's own bulk decision: on to the row that takes its place.
            loader.remove(gone);
            setCurrent(loader.rowAt(Math.max(0, index)));
        } else if (shown != null && settledMark == null && gone.contains(shown.id())) {
            loader.remove(gone);
            settle(shown, load(shown.id()), index);
        } else {
            loader.remove(gone);
            grid.getDataProvider().refreshAll();
        }
        refreshBadge();
    }

    List<CommentVersion> selectedVersions() {
        return grid.getSelectedItems().stream().map(CommentVersion::of).toList();
    }

    Set<Long> selectedIds() {
        return grid.getSelectedItems().stream().map(QueueRow::id).collect(java.util.stream.Collectors.toSet());
    }

    private void updateActionButtons() {
        boolean decidable = current != null && settledMark == null;
        approve.setEnabled(decidable && current.status() != CommentStatus.APPROVED);
        reject.setEnabled(decidable && current.status() != CommentStatus.REJECTED);
        spam.setEnabled(decidable && current.status() != CommentStatus.SPAM);
    }

    private void updateBulkButtons() {
        // Bulk decisions take pending comments only (the service skips any other): no buttons for other statuses.
        boolean pendingQueue = loader.filter().status() == CommentStatus.PENDING;
        boolean any = pendingQueue && !grid.getSelectedItems().isEmpty();
        approveSelected.setEnabled(any);
        rejectSelected.setEnabled(any);
        approveMatching.setEnabled(pendingQueue);
        rejectMatching.setEnabled(pendingQueue);
        approveSelected.setText(getTranslation("comment.bulk.approve") + (any ? " (" + grid.getSelectedItems().size()
                + ")" : ""));
        rejectSelected.setText(getTranslation("comment.bulk.reject") + (any ? " (" + grid.getSelectedItems().size()
                + ")" : ""));
    }

    void refreshBadge() {
        var count = moderation.pendingCount();
        badge.setText(getTranslation("comment.badge", count.label()));
    }

    private String age(QueueRow row) {
        Duration age = Duration.between(row.createdAt(), clock.instant());
        if (age.toMinutes() < 60) {
            return getTranslation("comment.age.minutes", Math.max(0, age.toMinutes()));
        }
        if (age.toHours() < 48) {
            return getTranslation("comment.age.hours", age.toHours());
        }
        return getTranslation("comment.age.days", age.toDays());
    }

    /**
     * Applies a change announced by this or another instance. It never moves the moderator's cursor: a comment on
     * screen that someone else decided stays on screen, marked, until the moderator moves on.
     */
    void onChange(CommentsChanged change) {
        if (change.kind() == CommentsChanged.Kind.DECIDED) {
            Set<Long> ids = new HashSet<>(change.ids());
            if (current != null && ids.contains(current.id())) {
                CommentDetail now = load(current.id());
                if (settledMark == null && now != null && !changed(current, now)) {
                    ids.remove(current.id()); // not changed after all: stays in the list, still decidable
                } else {
                    settle(current, now, loader.indexOf(current.id()));
                }
            }
            if (settledMark != null && formerIndex > 0) {
                // Rows above the settled one leave the list too: its neighbour moves up with them.
                formerIndex -= (int) ids.stream().filter(id -> id != current.id()).mapToInt(loader::indexOf)
                        .filter(i -> i >= 0 && i < formerIndex).count();
            }
            loader.remove(ids);
        } else {
            // New rows only: the cursor stays where it is, also on "nothing selected".
            loader.reopen();
        }
        grid.getDataProvider().refreshAll();
        refreshBadge();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        Consumer<CommentsChanged> listener = change -> ui.access(() -> onChange(change));
        liveRegistration = broadcaster.register(listener);
        grid.focus();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveRegistration != null) {
            liveRegistration.remove();
            liveRegistration = null;
        }
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.moderation") + " · " + getTranslation("app.title");
    }

    /** A flag's code ({@code links} of {@code links:2 Links}), which names its badge style and label. */
    static String flagCode(String flag) {
        int colon = flag.indexOf(':');
        return colon > 0 ? flag.substring(0, colon) : flag;
    }
}
