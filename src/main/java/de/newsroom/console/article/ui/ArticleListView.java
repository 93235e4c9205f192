package de.newsroom.console.article.ui;

import de.newsroom.console.base.domain.AppRoles;
import de.newsroom.console.base.ui.DateStyle;
import de.newsroom.console.base.ui.PhoneColumns;
import de.newsroom.console.base.ui.SelectedTabInView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import org.springframework.web.util.UriUtils;
import de.newsroom.console.article.ArticleBulk;
import de.newsroom.console.article.ArticleQuickEdit;
import de.newsroom.console.article.ArticleFilter;
import de.newsroom.console.article.ArticleHits;
import de.newsroom.console.article.ArticleListItem;
import de.newsroom.console.article.ArticleSearch;
import de.newsroom.console.article.ArticleSort;
import de.newsroom.console.article.ArticleStatus;
import de.newsroom.console.article.ArticleTabCounts;
import de.newsroom.console.article.ArticleTrash;
import de.newsroom.console.article.AuthorRef;
import de.newsroom.console.base.domain.NewsroomZone;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.ui.CategoryChoice;
import de.newsroom.console.category.CategoryService;
import de.newsroom.console.tag.TagRef;
import de.newsroom.console.tag.TagService;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * All articles, paged lazily from the database (a count capped at 1,000 for the hit line): filters for status,
 * category (with sub-categories), tag and author, German full-text search and sort (also by column header). Filters
 * and search live in the URL, so a view can be bookmarked. A title is a link; a click anywhere on a row, or Enter on
 * it, opens the article.
 */
@Route("articles")
@Menu(order = 10, title = "menu.articles", icon = "vaadin:newspaper")
@RolesAllowed(AppRoles.EDITOR)
class ArticleListView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** The column headers that sort the list, by column key. */
    private static final Map<String, ArticleSort> HEADER_SORTS = Map.of(
            "title", ArticleSort.TITLE, "updated", ArticleSort.UPDATED, "published", ArticleSort.PUBLISHED);

    /**
     * How long the search waits after the last key before it asks the server. People type with gaps of 120-250 ms
     * between keys, so even the 80 ms used before merged only a fast typist's rolled-over keys, and every editor
     * waited them after the last key. 40 ms still merges keys pressed together; a word typed key by key asks once
     * per key, which costs little: the browser sends a UI's requests one at a time (keys typed meanwhile go in the
     * next one), the server answers them in order with the rows for the value the field has when the answer is
     * written (an older term never wins), and a half-typed word matches few articles or none (decision 0029).
     */
    static final int SEARCH_PAUSE_MILLIS = 40;

    /**
     * Rows per page the grid asks for: a 900 px window shows about 15, so 30 fill it with some to scroll while the
     * next page comes, and a frequent term's first answer carries 30 rows instead of 50.
     */
    static final int PAGE_SIZE = 30;

    private final ArticleSearch search;
    private final TagService tagService;
    private final NewsroomZone zone;
    private final List<CategoryNode> tree;
    private final List<AuthorRef> authors;

    final TextField text = new TextField();
    /** Status tabs with counts, as in WordPress: all at work, mine, each status, the trash. */
    final Tabs tabs = new Tabs();
    final Map<String, Tab> tabByKey = new LinkedHashMap<>();
    private ArticleTabCounts counts;
    final ArticleTrashActions trashActions;
    /** The actions column's width in the trash tab: the wider of its stacked buttons in either language. */
    static final String TRASH_ACTIONS_WIDTH = "12.5rem";
    private boolean trashWidth;
    private final transient ArticleTrash trash;
    final ComboBox<CategoryNode> category = new ComboBox<>();
    final ComboBox<TagRef> tag = new ComboBox<>();
    final ComboBox<AuthorRef> author = new ComboBox<>();
    final Select<ArticleSort> sort = new Select<>();
    final Grid<ArticleListItem> grid = new Grid<>();
    final Span hits = new Span();
    final Div empty = new Div();
    final Span emptyText = new Span();
    final Paragraph emptyHint = new Paragraph();
    final Button clearFilters = new Button();
    /** The chosen sort turned round, set by a second click on a column header. */
    boolean reversed;
    private boolean restoring;

    final BulkActionsBar bulkBar;
    private final ArticleQuickEdit quick;

    ArticleListView(ArticleSearch search, ArticleTrash trash, ArticleBulk bulk, ArticleQuickEdit quick,
                    CategoryService categories,
                    TagService tagService, NewsroomZone zone,
                    com.vaadin.flow.spring.security.AuthenticationContext auth) {
        this.search = search;
        this.quick = quick;
        this.trash = trash;
        this.trashActions = new ArticleTrashActions(trash, auth.hasRole(AppRoles.ADMIN), this::refresh);
        this.tagService = tagService;
        this.zone = zone;
        this.tree = categories.tree();
        this.authors = search.authors();
        addClassNames("view", "article-list");
        setSizeFull();

        var heading = new H1(getTranslation("article.list.title"));
        var create = new Button(getTranslation("article.list.new"), VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate(ArticleEditorView.class));
        create.setId("article-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(heading, create);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        create.getStyle().set("margin-left", "auto");

        // Every filter has its name as a label above it, like "Sortieren nach" (before: only Sort had one, the others a
        // placeholder, which left a gap above the author filter in the phone's second row and lost the name once a
        // value was chosen). The label is the field's accessible name.
        text.setLabel(getTranslation("article.list.search"));
        text.setId("article-search");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        // Vaadin's default pause of 400 ms alone exceeded the 300 ms the first rows may take after the last key
        // (browser benchmark: the pause was the largest part of every search).
        text.setValueChangeTimeout(SEARCH_PAUSE_MILLIS);
        tabs.setId("article-tabs");
        tabs.addClassName("article-tabs");
        for (String key : tabKeys()) {
            var tab = new Tab();
            tab.setId("article-tab-" + key.toLowerCase());
            tabByKey.put(key, tab);
            tabs.add(tab);
        }
        SelectedTabInView.keep(tabs);
        category.setLabel(getTranslation("article.list.category"));
        category.setId("article-filter-category");
        category.setItems(tree);
        category.setItemLabelGenerator(CategoryNode::displayPath);
        category.setClearButtonVisible(true);
        CategoryChoice.takeTyped(category, () -> tree);
        tag.setLabel(getTranslation("article.list.tag"));
        tag.setId("article-filter-tag");
        tag.setItems(query -> query.getOffset() > 0 ? Stream.empty()
                : tagService.search(query.getFilter().orElse(""), query.getLimit()).stream());
        tag.setItemLabelGenerator(TagRef::name);
        tag.setClearButtonVisible(true);
        author.setLabel(getTranslation("article.list.author"));
        author.setId("article-filter-author");
        author.setItems(authors);
        author.setItemLabelGenerator(AuthorRef::name);
        author.setClearButtonVisible(true);
        sort.setLabel(getTranslation("article.list.sort"));
        sort.setId("article-sort");
        sort.setItems(ArticleSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("article.sort." + s.name()));
        sort.setValue(ArticleSort.UPDATED);
        var filters = new HorizontalLayout(text, category, tag, author, sort);
        filters.addClassName("article-filters");
        filters.setAlignItems(FlexComponent.Alignment.END);
        filters.setWrap(true);

        hits.setId("article-hits");
        hits.addClassName("article-hits");
        emptyText.setId("article-empty-text");
        emptyHint.setText(getTranslation("article.list.empty.hint"));
        clearFilters.setText(getTranslation("article.list.clear"));
        clearFilters.addClickListener(e -> clearFilters());
        clearFilters.setId("article-clear-filters");
        empty.add(emptyText, emptyHint, clearFilters);
        empty.setId("article-empty");
        empty.addClassName("article-empty");
        empty.setVisible(false);

        // Every column fits a 1440 px window with the side navigation open, in both languages: the title takes the
        // rest of the width and wraps, the other columns have fixed widths, dates are short ("03.12.26, 14:05"), and
        // the status cell stacks its badges. Narrower windows drop columns (watchWidth) instead of scrolling sideways.
        var format = DateStyle.shortDateTime(getLocale(), zone.zoneId());
        grid.setId("article-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // A real link: the router opens it, Ctrl/middle click opens a new tab, and Lit escapes the title (never HTML).
        // The grid sends no item click for a click on a link, so the article opens once however the row is clicked.
        grid.addColumn(LitRenderer.<ArticleListItem>of(
                        "<a class=\"article-title-link\" href=\"${item.href}\">${item.title}</a>")
                        .withProperty("href", this::rowHref).withProperty("title", ArticleListItem::title))
                .setHeader(getTranslation("article.field.title")).setKey("title").setFlexGrow(1).setWidth("10rem")
                .setSortable(true);
        grid.addColumn(ArticleListItem::categoryPath).setHeader(getTranslation("article.field.category"))
                .setKey("category").setFlexGrow(0).setWidth("9rem");
        // Status and actions are rendered in the browser from plain data: component columns put a server-side
        // component tree into every row of every page (a search's frequent term sent 41 KB for 50 rows).
        grid.addColumn(LitRenderer.<ArticleListItem>of("<div class=\"article-status-cell\"><span theme=\"badge\" "
                                + "class=\"article-status article-status-${item.statusKey}\">${item.statusText}</span>"
                                + "${item.next ? html`<span theme=\"badge contrast\" class=\"article-next-in-review\" "
                                + "id=\"article-next-${item.id}\">"
                                + LitTexts.escape(getTranslation("article.list.next.review")) + "</span>` : ''}"
                                + phoneActions() + "</div>")
                        .withProperty("id", ArticleListItem::id)
                        .withProperty("next", ArticleListItem::nextInReview)
                        .withProperty("trashed", item -> item.status() == ArticleStatus.TRASHED)
                        .withProperty("site", ArticleListView::siteHref)
                        .withFunction("quickEdit", this::quickEdit)
                        .withFunction("restore", item -> trashActions.restore(this, item))
                        .withFunction("remove", item -> trashActions.confirmDelete(this, item))
                        .withProperty("statusKey", a -> a.status().name().toLowerCase())
                        .withProperty("statusText", this::statusText))
                .setHeader(getTranslation("article.list.status")).setKey("status")
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(ArticleListItem::authorName).setHeader(getTranslation("article.list.author")).setKey("author")
                .setFlexGrow(0).setWidth("8rem");
        grid.addColumn(a -> when(format, a.updatedAt())).setHeader(getTranslation("article.list.updated"))
                .setKey("updated").setFlexGrow(0).setWidth("9.5rem").setSortable(true);
        grid.addColumn(a -> when(format, a.publishedAt())).setHeader(getTranslation("article.list.published"))
                .setKey("published").setFlexGrow(0).setWidth("9.5rem").setSortable(true);
        grid.addColumn(rowActions()).setHeader(getTranslation("article.list.actions"))
                .setKey("actions").setAutoWidth(true).setFlexGrow(0);
        var menu = grid.addContextMenu();
        menu.setId("article-row-menu");
        menu.addItem(getTranslation("article.row.edit"), e -> e.getItem().ifPresent(this::open));
        var quickItem = menu.addItem(getTranslation("article.row.quick"), e -> e.getItem().ifPresent(this::quickEdit));
        var viewItem = menu.addItem(getTranslation("article.row.view"), e -> e.getItem().ifPresent(
                item -> UI.getCurrent().getPage().executeJs("window.open($0, '_blank', 'noopener')", readHref(item))));
        menu.setDynamicContentHandler(item -> {
            if (item == null) {
                return false;
            }
            quickItem.setVisible(item.status() != ArticleStatus.TRASHED);
            viewItem.setVisible(item.status() == ArticleStatus.PUBLISHED);
            return true;
        });
        grid.setPageSize(PAGE_SIZE);
        // Fetch callback only: the grid pages on with OFFSET/LIMIT and never asks the database for a count; the
        // hit line above it asks for a count capped at ArticleHits.CAP.
        grid.setItems(query -> search.list(filter(), query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(e -> {
            if (!e.isCtrlKey() && !e.isMetaKey() && !e.isShiftKey()) {
                open(e.getItem());
            }
        });
        // Enter on a focused row opens it; on the focused link or a row's button (quick edit, restore, delete) the
        // browser's own click does that one's work, so those are left out. Before the editor's first-hour sweep
        // Enter on the quick edit opened the article instead, and on "Wiederherstellen" restored it and opened it.
        grid.getElement().addEventListener("keydown", e -> {
                    String key = e.getEventData().get("element.getEventContext(event).item?.key").asString();
                    Optional.ofNullable(grid.getDataCommunicator().getKeyMapper().get(key)).ifPresent(this::open);
                }).setFilter("event.key === 'Enter' && !event.target.closest('a, button, vaadin-button') "
                        + "&& element.getEventContext(event).section === 'body' && !!element.getEventContext(event).item")
                .addEventData("element.getEventContext(event).item?.key");
        grid.addSortListener(e -> {
            if (e.isFromClient()) {
                headerSorted(e.getSortOrder());
            }
        });
        grid.setSizeFull();
        // Checkboxes select rows for the bulk bar; a click elsewhere in a row still opens the article.
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        this.bulkBar = new BulkActionsBar(grid, bulk, tree, tagService, this::refresh);

        add(header, tabs, filters, hits, empty, bulkBar, grid);
        watchWidth();
        // The tab counts do not depend on the search text: a typed term reads the hits and the rows, not the counts.
        text.addValueChangeListener(e -> filtersChanged(false));
        tabs.addSelectedChangeListener(e -> filtersChanged());
        category.addValueChangeListener(e -> filtersChanged());
        tag.addValueChangeListener(e -> filtersChanged());
        author.addValueChangeListener(e -> filtersChanged());
        sort.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                reversed = false;
            }
            filtersChanged();
        });
    }

    private String statusText(ArticleListItem a) {
        String text = getTranslation("article.status." + a.status().name());
        if (a.publishedLate() && a.status() == ArticleStatus.PUBLISHED) {
            text += " · " + getTranslation("article.late");
        }
        return text;
    }

    private String when(DateTimeFormatter format, Instant instant) {
        return instant == null ? "" : format.withLocale(getLocale()).format(instant);
    }

    ArticleFilter filter() {
        ArticleSort chosen = sort.getValue() == null ? ArticleSort.UPDATED : sort.getValue();
        String key = selectedTab();
        ArticleStatus status = key.equals("ALL") || key.equals("MINE") ? null : ArticleStatus.valueOf(key);
        Long authorId = author.getValue() == null ? null : author.getValue().id();
        if (key.equals("MINE")) {
            authorId = counts == null || counts.me() == null ? -1L : counts.me();
        }
        return new ArticleFilter(status, category.getValue() == null ? null : category.getValue().id(),
                tag.getValue() == null ? null : tag.getValue().id(), authorId, text.getValue(), chosen, reversed);
    }

    static String readHref(ArticleListItem item) {
        return "/read/" + UriUtils.encodePathSegment(item.slug(), StandardCharsets.UTF_8);
    }

    /** The row's site link: the reader page of a published article, empty (the link hidden) for any other. */
    static String siteHref(ArticleListItem item) {
        return item.status() == ArticleStatus.PUBLISHED ? readHref(item) : "";
    }

    /**
     * Quick edit and the site link for a published article (the context menu offers the same); Restore and, for
     * admins, Delete for a trashed one. One template for all rows: the labels are this view's texts, written into the
     * template once (escaped), so a row carries only its id, whether it is trashed and its site link.
     * <p>
     * Quick edit is a plain {@code <button>} with the browser's own tooltip ({@code title}, as the site link beside
     * it), not a {@code vaadin-button} with a {@code vaadin-tooltip}: those put three shadow roots (button, tooltip
     * and its overlay) into every row, and the browser styled them again for every row a search rendered (decision
     * 0029). The site link stays in every live row, hidden unless the article is published, so a search that brings
     * other rows changes attributes instead of creating links and icons.
     */
    private LitRenderer<ArticleListItem> rowActions() {
        String quick = LitTexts.escape(getTranslation("article.row.quick"));
        String live = "<button type=\"button\" class=\"article-row-action\" id=\"article-quick-${item.id}\" "
                + "aria-label=\"" + quick + "\" title=\"" + quick + "\" @click=\"${quickEdit}\">"
                + "<vaadin-icon icon=\"vaadin:edit\"></vaadin-icon></button>" + siteLink("article-");
        return LitRenderer.<ArticleListItem>of("${item.trashed ? html`<div class=\"article-row-actions "
                        + "article-trash-actions\">" + trashActions.template(this, "article-") + "</div>` "
                        + ": html`<div class=\"article-row-actions\">" + live + "</div>`}")
                .withProperty("id", ArticleListItem::id)
                .withProperty("trashed", item -> item.status() == ArticleStatus.TRASHED)
                .withProperty("site", ArticleListView::siteHref)
                .withFunction("quickEdit", this::quickEdit)
                .withFunction("restore", item -> trashActions.restore(this, item))
                .withFunction("remove", item -> trashActions.confirmDelete(this, item));
    }

    /**
     * The reader page of a published article in a new tab ({@code item.site}, empty and hidden otherwise). One
     * template for the actions column ("article-view-…") and the phone's copy under the status
     * ("article-phone-view-…").
     */
    private String siteLink(String idPrefix) {
        String view = LitTexts.escape(getTranslation("article.row.view"));
        return "<a class=\"article-row-action\" href=\"${item.site}\" target=\"_blank\" ?hidden=\"${!item.site}\" "
                + "id=\"" + idPrefix + "view-${item.id}\" aria-label=\"" + view + "\" title=\"" + view + "\">"
                + "<vaadin-icon icon=\"vaadin:external-link\"></vaadin-icon></a>";
    }

    /**
     * Quick edit and the site link again, under the status badge, shown by the stylesheet on phones only: there the
     * actions column gives way (it pushed the grid past a 390 px screen) and the row menu needs a long press nobody
     * guesses. The site link costs one more URL per published row on the wire (the two columns' renderers carry
     * their properties apart), so a phone reaches the reader page as a desktop does. A trashed row carries Restore
     * (and Delete for admins) there instead, the same template as the actions column's with ids of their own.
     */
    private String phoneActions() {
        String quick = LitTexts.escape(getTranslation("article.row.quick"));
        return "${item.trashed ? html`<div class=\"article-row-actions article-row-actions-phone\">"
                + trashActions.template(this, "article-phone-", true) + "</div>` "
                + ": html`<div class=\"article-row-actions article-row-actions-phone\">"
                + "<button type=\"button\" class=\"article-row-action\" id=\"article-phone-quick-${item.id}\" "
                + "aria-label=\"" + quick + "\" title=\"" + quick + "\" @click=\"${quickEdit}\">"
                + "<vaadin-icon icon=\"vaadin:edit\"></vaadin-icon></button>" + siteLink("article-phone-")
                + "</div>`}";
    }

    void quickEdit(ArticleListItem item) {
        QuickEditDialog.open(quick, item, tree, tagService, this::refresh);
    }

    static String href(ArticleListItem item) {
        return "articles/" + item.id();
    }

    /** In the review tab a published article stands for its next version in review, so the row opens that. */
    String rowHref(ArticleListItem item) {
        return item.nextInReview() && "IN_REVIEW".equals(selectedTab()) ? href(item) + "/next" : href(item);
    }

    private void open(ArticleListItem item) {
        UI.getCurrent().navigate(rowHref(item));
    }

    /** Title, Updated and Published headers sort with the list's own orders; "no sort" falls back to the default. */
    void headerSorted(List<GridSortOrder<ArticleListItem>> orders) {
        if (orders.isEmpty()) {
            reversed = false;
            sort.setValue(text.getValue().isBlank() ? ArticleSort.UPDATED : ArticleSort.RELEVANCE);
        } else {
            GridSortOrder<ArticleListItem> order = orders.get(0);
            ArticleSort chosen = HEADER_SORTS.get(order.getSorted().getKey());
            // Titles read A to Z naturally, dates newest first: an arrow pointing the other way turns the order round.
            boolean ascending = order.getDirection() == SortDirection.ASCENDING;
            reversed = chosen == ArticleSort.TITLE ? !ascending : ascending;
            if (sort.getValue() == chosen) {
                filtersChanged();
            } else {
                sort.setValue(chosen);
            }
        }
    }

    /** Shows the list's order as the arrow on its column header (none for relevance). */
    private void showSortInHeader() {
        ArticleSort chosen = sort.getValue();
        var column = HEADER_SORTS.entrySet().stream().filter(e -> e.getValue() == chosen).findFirst()
                .map(e -> grid.getColumnByKey(e.getKey()));
        boolean ascending = chosen == ArticleSort.TITLE ? !reversed : reversed;
        List<GridSortOrder<ArticleListItem>> wanted = column.map(c -> List.of(new GridSortOrder<>(c,
                ascending ? SortDirection.ASCENDING : SortDirection.DESCENDING))).orElse(List.of());
        if (!sameSort(wanted, grid.getSortOrder())) {
            grid.sort(wanted);
        }
    }

    private static boolean sameSort(List<GridSortOrder<ArticleListItem>> a, List<GridSortOrder<ArticleListItem>> b) {
        return a.size() == b.size() && (a.isEmpty() || a.get(0).getSorted() == b.get(0).getSorted()
                && a.get(0).getDirection() == b.get(0).getDirection());
    }

    private void clearFilters() {
        restoring = true;
        try {
            text.clear();
            tabs.setSelectedTab(tabByKey.get("ALL"));
            category.clear();
            tag.clear();
            author.clear();
            reversed = false;
            sort.setValue(ArticleSort.UPDATED);
        } finally {
            restoring = false;
        }
        filtersChanged();
    }

    /** Reloads the grid, the hit line and the tab counts; an empty result says so instead of showing an empty grid. */
    private void refresh() {
        refresh(true);
    }

    private void refresh(boolean withCounts) {
        showSortInHeader();
        fitActionsToTab();
        if (withCounts || counts == null) {
            showCounts();
        }
        ArticleFilter current = filter();
        ArticleHits found = search.count(current);
        hits.setText(found.capped() ? getTranslation("article.list.hits.capped", found.count())
                : getTranslation("article.list.hits", found.count()));
        boolean none = found.count() == 0;
        emptyText.setText(emptyMessage(current));
        // An empty tab with nothing else chosen is no filter problem: the tabs beside it are the way on.
        boolean filtered = filtered(current);
        emptyHint.setVisible(filtered);
        clearFilters.setVisible(filtered);
        empty.setVisible(none);
        hits.setVisible(!none);
        grid.setVisible(!none);
        grid.getDataProvider().refreshAll();
    }

    /**
     * The trash's row actions are worded buttons (Restore, and Delete for admins, stacked), the other tabs' two small
     * icons. The column took its automatic width from the rows it first showed, so coming from another tab the
     * trash's buttons were cut ("Wiede…") and Delete could only be reached by scrolling the grid sideways; a fixed
     * width for the trash, and the automatic one measured again for the other tabs.
     */
    private void fitActionsToTab() {
        var actions = grid.getColumnByKey("actions");
        boolean inTrash = "TRASHED".equals(selectedTab());
        if (inTrash == trashWidth) {
            return;
        }
        trashWidth = inTrash;
        if (inTrash) {
            actions.setAutoWidth(false);
            actions.setWidth(TRASH_ACTIONS_WIDTH);
        } else {
            actions.setAutoWidth(true);
            grid.recalculateColumnWidths();
        }
    }

    /** Says why the list is empty: the search term, the filters, or simply nothing in this tab ("the trash is empty"). */
    String emptyMessage(ArticleFilter current) {
        if (current.hasText()) {
            return getTranslation("article.list.empty.search", current.text().strip());
        }
        return filtered(current) ? getTranslation("article.list.empty") : getTranslation("article.list.empty.tab." + selectedTab(),
                trash.retentionDays());
    }

    private boolean filtered(ArticleFilter current) {
        return current.hasText() || category.getValue() != null || tag.getValue() != null || author.getValue() != null;
    }

    private static List<String> tabKeys() {
        List<String> keys = new java.util.ArrayList<>(List.of("ALL", "MINE"));
        for (ArticleStatus s : ArticleStatus.values()) {
            keys.add(s.name());
        }
        return keys;
    }

    private String selectedTab() {
        Tab selected = tabs.getSelectedTab();
        return tabByKey.entrySet().stream().filter(e -> e.getValue() == selected).map(Map.Entry::getKey)
                .findFirst().orElse("ALL");
    }

    /** Tab labels with their counts ("Entwürfe (12)"), read in one statement with each refresh. */
    private void showCounts() {
        counts = search.tabCounts();
        tabByKey.forEach((key, tab) -> {
            long n = switch (key) {
                case "ALL" -> counts.all();
                case "MINE" -> counts.mine();
                case "IN_REVIEW" -> counts.inReviewTab();
                default -> counts.of(ArticleStatus.valueOf(key));
            };
            tab.setLabel(getTranslation("article.list.tab.counted", getTranslation("article.list.tab." + key), n));
        });
    }

    /**
     * The window width (CSS px) from which each column is shown. At 1440 px with the side navigation open (about
     * 256 px) all fit; below 1360 category and author give way, below 1100 the publication date, below 960 the
     * update date, and phones keep title and status only (the row menu, a long press, has the actions).
     */
    private Map<Grid.Column<ArticleListItem>, Integer> columnsByWidth() {
        Map<Grid.Column<ArticleListItem>, Integer> widths = new LinkedHashMap<>();
        widths.put(grid.getColumnByKey("category"), 1360);
        widths.put(grid.getColumnByKey("author"), 1360);
        widths.put(grid.getColumnByKey("published"), 1100);
        widths.put(grid.getColumnByKey("updated"), 960);
        // The row actions too on phones: beside the selection box they pushed the grid 70 px past a 390 px screen.
        widths.put(grid.getColumnByKey("actions"), PhoneColumns.NARROW_PX);
        return widths;
    }

    private void watchWidth() {
        PhoneColumns.hideBelow(this, columnsByWidth());
    }

    void fitColumns(int windowWidth) {
        PhoneColumns.fit(columnsByWidth(), windowWidth);
    }

    private void filtersChanged() {
        filtersChanged(true);
    }

    private void filtersChanged(boolean withCounts) {
        if (restoring) {
            return;
        }
        UI.getCurrent().getPage().getHistory().replaceState(null, "articles" + queryString());
        refresh(withCounts);
    }

    private String queryString() {
        Map<String, String> params = new LinkedHashMap<>();
        if (!text.getValue().isBlank()) {
            params.put("q", text.getValue().strip());
        }
        if (!selectedTab().equals("ALL")) {
            params.put(selectedTab().equals("MINE") ? "mine" : "status", selectedTab().equals("MINE") ? "true" : selectedTab());
        }
        Optional.ofNullable(category.getValue()).ifPresent(c -> params.put("category", String.valueOf(c.id())));
        Optional.ofNullable(tag.getValue()).ifPresent(t -> params.put("tag", t.name()));
        Optional.ofNullable(author.getValue()).ifPresent(a -> params.put("author", String.valueOf(a.id())));
        if (sort.getValue() != null && sort.getValue() != ArticleSort.UPDATED) {
            params.put("sort", sort.getValue().name().toLowerCase());
        }
        if (reversed) {
            params.put("reverse", "true");
        }
        String query = QueryParameters.simple(params).getQueryString();
        return query.isEmpty() ? "" : "?" + query;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        try {
            text.setValue(first(params, "q").orElse(""));
            String key = first(params, "mine").filter(Boolean::parseBoolean).map(m -> "MINE")
                    .or(() -> first(params, "status").flatMap(s -> parse(ArticleStatus.class, s)).map(Enum::name))
                    .orElse("ALL");
            counts = search.tabCounts();
            tabs.setSelectedTab(tabByKey.get(key));
            category.setValue(first(params, "category").flatMap(ArticleListView::parseLong)
                    .flatMap(id -> tree.stream().filter(n -> n.id().equals(id)).findFirst()).orElse(null));
            tag.setValue(first(params, "tag").flatMap(tagService::findExisting).orElse(null));
            author.setValue(first(params, "author").flatMap(ArticleListView::parseLong)
                    .flatMap(id -> authors.stream().filter(a -> a.id().equals(id)).findFirst()).orElse(null));
            sort.setValue(first(params, "sort").flatMap(s -> parse(ArticleSort.class, s))
                    .orElse(text.getValue().isBlank() ? ArticleSort.UPDATED : ArticleSort.RELEVANCE));
            reversed = first(params, "reverse").map(Boolean::parseBoolean).orElse(false);
        } finally {
            restoring = false;
        }
        refresh();
    }

    private static Optional<String> first(Map<String, List<String>> params, String key) {
        return Optional.ofNullable(params.get(key)).flatMap(l -> l.stream().findFirst()).filter(s -> !s.isBlank());
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> parseLong(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.articles") + " · " + getTranslation("app.title");
    }
}
