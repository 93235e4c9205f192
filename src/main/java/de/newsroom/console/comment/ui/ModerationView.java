package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.newsroom.console.base.domain.AppRoles;
import de.newsroom.console.base.domain.NewsroomZone;
import de.newsroom.console.category.CategoryService;
import de.newsroom.console.comment.BulkDecision;
import de.newsroom.console.comment.live.CommentBroadcaster;
import de.newsroom.console.comment.CommentModerationService;
import de.newsroom.console.comment.rules.CommentSettingsService;
import de.newsroom.console.comment.CommentStatus;
import de.newsroom.console.comment.CommentEditService;
import de.newsroom.console.comment.NewsroomReplyService;
import de.newsroom.console.comment.live.CommentsChanged;
import de.newsroom.console.comment.ModerationFilter;
import de.newsroom.console.comment.QueueRow;
import de.newsroom.console.comment.commenter.CommenterService;
import de.newsroom.console.comment.surge.SurgeGuard;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * The moderation queue: pending comments oldest first (other statuses browsable), keyset-paged, with a detail panel,
 * single and bulk decisions, J/K/A/R/S/X shortcuts and live updates from new comments in any instance. The view
 * lays out its parts ({@link QueueFilterBar}, {@link BulkBar}, {@link ShortcutLegend}, {@link QueueGrid},
 * {@link DecisionPanel}) and carries what one part's change means for the others.
 */
@Route("moderation")
@Menu(order = 20, title = "menu.moderation", icon = "vaadin:comments")
@RolesAllowed(AppRoles.MODERATOR)
class ModerationView extends Main implements HasDynamicTitle {

    private final transient CommentModerationService moderation;
    final transient QueueLoader loader;
    final Span badge = new Span();
    final QueueFilterBar filters;
    final BulkBar bulk;
    final QueueGrid grid;
    final DecisionPanel decisions;
    final Div queueArea = new Div();
    final SurgeBanner surgeBanner;

    ModerationView(CommentModerationService moderation, CommentEditService edits, CommentBroadcaster broadcaster,
                   CategoryService categories,
                   CommentSettingsService settings, AuthenticationContext authentication, Clock clock,
                   NewsroomZone zone, NewsroomReplyService replies, CommenterService commenters, SurgeGuard surge) {
        this.moderation = moderation;
        this.loader = new QueueLoader(moderation);
        addClassNames("view", "moderation-view");
        badge.addClassName("count-badge");
        badge.setId("pending-badge");
        var header = new Div(new H1(getTranslation("comment.queue.title")), badge);
        header.addClassName("moderation-header");

        filters = new QueueFilterBar(moderation, categories, this::applyFilter);
        grid = new QueueGrid(loader, clock, this::shown);
        decisions = new DecisionPanel(moderation, edits, authentication.hasRole(AppRoles.ADMIN) ? settings : null,
                replies, loader, grid, clock, zone, this::refreshBadge);
        bulk = new BulkBar(moderation, grid::selectedVersions, loader::filter, decisions::texts, this::afterBulk,
                decisions::undo, grid::deselectAll);
        grid.addItemClickListener(e -> {
            if (!grid.isDecidedHere(e.getItem())) {
                decisions.show(e.getItem());
            }
        });
        grid.addSelectionListener(e -> updateBulkButtons());
        queueArea.addClassName("moderation-area");
        queueArea.getElement().setAttribute("tabindex", "-1");
        queueArea.add(grid, decisions);
        surgeBanner = new SurgeBanner(surge, zone);
        surgeBanner.setId("surge-banner");
        // One box for the two bars: a phone puts the folded filters and the folded bulk bar on one line (decision 35);
        // a desktop lays them out as before (the box is "display: contents" there).
        var bars = new Div(filters, bulk);
        bars.addClassName("moderation-bars");
        add(header, surgeBanner, bars, new ShortcutLegend(), queueArea);
        decisions.allowCommenterActions(commenters);
        QueueShortcuts.install(queueArea, decisions);
        LiveQueueUpdates.follow(this, broadcaster, this::onChange);
        updateBulkButtons();
        refreshBadge();
        applyFilter();
    }

    void applyFilter() {
        loader.reset(filters.filter());
        // Shown by the browser when the grid has no row: an emptied queue says so, a filter that matches nothing too.
        // The reported tab on its own says that every report was dealt with, not that "these filters" match nothing.
        ModerationFilter filter = filters.filter();
        grid.setEmptyStateText(getTranslation(filter.equals(ModerationFilter.pending()) ? "comment.queue.empty"
                : filter.withStatus(CommentStatus.PENDING).equals(ModerationFilter.reported())
                ? "comment.queue.empty.reported" : "comment.queue.empty.filtered"));
        grid.deselectAll();
        updateBulkButtons();
        decisions.show(loader.rowAt(0));
        grid.refresh();
    }

    private QueueRow shown() {
        return decisions == null ? null : decisions.current;
    }

    private void afterBulk(BulkDecision result) {
        decisions.afterBulk(result);
        refreshBadge();
    }

    private void updateBulkButtons() {
        bulk.update(loader.filter().bulkDecidable(), grid.getSelectedItems().size());
    }

    void refreshBadge() {
        badge.setText(getTranslation("comment.badge", moderation.pendingCount().label()));
    }

    /**
     * Applies a change announced by this or another instance. It never moves the moderator's cursor: a comment on
     * screen that someone else decided stays on screen, marked, until the moderator moves on.
     */
    void onChange(CommentsChanged change) {
        boolean rowsChanged = true;
        // The echo of this moderator's own decisions: the badge was counted right after them, in the same answer.
        boolean ownEcho = change.kind() == CommentsChanged.Kind.DECIDED && !change.ids().isEmpty()
                && change.ids().stream().allMatch(grid::isDecidedHere);
        if (change.kind() == CommentsChanged.Kind.DECIDED) {
            // Nothing held for the screen changed (e.g. the echo of this moderator's own decision): no window resent.
            rowsChanged = decisions.decidedElsewhere(change.ids());
        } else {
            // New rows only: the cursor stays where it is, also on "nothing selected".
            loader.reopen();
        }
        if (rowsChanged) {
            grid.refresh();
        }
        if (!ownEcho) {
            refreshBadge();
        }
    }

    /**
     * Puts the keyboard focus on the row of the comment on screen, where J/K/A/R/S/X/C work (they listen on the queue
     * area), so the first key works without a click or Tab, and the focus ring stands on the comment a decision goes
     * to. Also when the moderator comes back through the navigation, whose entry kept the focus before. See
     * {@link QueueGrid#focusOnArrival}: the first response arrives before anything has a size and before the rows.
     */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        grid.focusOnArrival(decisions.current != null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.moderation") + " · " + getTranslation("app.title");
    }
}
