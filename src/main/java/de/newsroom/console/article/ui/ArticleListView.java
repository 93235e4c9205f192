package de.newsroom.console.article.ui;

import de.newsroom.console.base.domain.AppRoles;
import de.newsroom.console.base.ui.DateStyle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import de.newsroom.console.article.ArticleFilter;
import de.newsroom.console.article.ArticleListItem;
import de.newsroom.console.article.ArticleSearch;
import de.newsroom.console.article.ArticleSort;
import de.newsroom.console.article.ArticleStatus;
import de.newsroom.console.article.AuthorRef;
import de.newsroom.console.base.domain.NewsroomZone;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import de.newsroom.console.tag.TagRef;
import de.newsroom.console.tag.TagService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * All articles, paged lazily from the database (no count): filters for status, category (with sub-categories), tag
 * and author, German full-text search and sort. Filters and search live in the URL, so a view can be bookmarked.
 */
@Route("articles")
@Menu(order = 10, title = "menu.articles", icon = "vaadin:newspaper")
@RolesAllowed(AppRoles.EDITOR)
class ArticleListView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final ArticleSearch search;
    private final TagService tagService;
    private final NewsroomZone zone;
    private final List<CategoryNode> tree;
    private final List<AuthorRef> authors;

    final TextField text = new TextField();
    final ComboBox<ArticleStatus> status = new ComboBox<>();
    final ComboBox<CategoryNode> category = new ComboBox<>();
    final ComboBox<TagRef> tag = new ComboBox<>();
    final ComboBox<AuthorRef> author = new ComboBox<>();
    final Select<ArticleSort> sort = new Select<>();
    final Grid<ArticleListItem> grid = new Grid<>();
    private boolean restoring;

    ArticleListView(ArticleSearch search, CategoryService categories, TagService tagService, NewsroomZone zone) {
        this.search = search;
        this.tagService = tagService;
        this.zone = zone;
        this.tree = categories.tree();
        this.authors = search.authors();
        addClassNames("view", "article-list");
        setSizeFull();

        var heading = new H2(getTranslation("article.list.title"));
        var create = new Button(getTranslation("article.list.new"), VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate(ArticleEditorView.class));
        create.setId("article-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(heading, create);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        create.getStyle().set("margin-left", "auto");

        text.setPlaceholder(getTranslation("article.list.search"));
        text.setId("article-search");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        status.setPlaceholder(getTranslation("article.list.status"));
        status.setId("article-filter-status");
        status.setItems(ArticleStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("article.status." + s.name()));
        status.setClearButtonVisible(true);
        category.setPlaceholder(getTranslation("article.list.category"));
        category.setId("article-filter-category");
        category.setItems(tree);
        category.setItemLabelGenerator(CategoryNode::displayPath);
        category.setClearButtonVisible(true);
        tag.setPlaceholder(getTranslation("article.list.tag"));
        tag.setId("article-filter-tag");
        tag.setItems(query -> query.getOffset() > 0 ? Stream.empty()
                : tagService.search(query.getFilter().orElse(""), query.getLimit()).stream());
        tag.setItemLabelGenerator(TagRef::name);
        tag.setClearButtonVisible(true);
        author.setPlaceholder(getTranslation("article.list.author"));
        author.setId("article-filter-author");
        author.setItems(authors);
        author.setItemLabelGenerator(AuthorRef::name);
        author.setClearButtonVisible(true);
        sort.setLabel(getTranslation("article.list.sort"));
        sort.setId("article-sort");
        sort.setItems(ArticleSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("article.sort." + s.name()));
        sort.setValue(ArticleSort.UPDATED);
        var filters = new HorizontalLayout(text, status, category, tag, author, sort);
        filters.addClassName("article-filters");
        filters.setAlignItems(FlexComponent.Alignment.END);
        filters.setWrap(true);

        var format = DateStyle.dateTime(getLocale(), zone.zoneId());
        grid.setId("article-grid");
        grid.addColumn(ArticleListItem::title).setHeader(getTranslation("article.field.title")).setFlexGrow(3);
        grid.addColumn(ArticleListItem::categoryPath).setHeader(getTranslation("article.field.category")).setFlexGrow(2);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("article.list.status")).setAutoWidth(true);
        grid.addColumn(ArticleListItem::authorName).setHeader(getTranslation("article.list.author")).setAutoWidth(true);
        grid.addColumn(a -> when(format, a.updatedAt())).setHeader(getTranslation("article.list.updated")).setAutoWidth(true);
        grid.addColumn(a -> when(format, a.publishedAt())).setHeader(getTranslation("article.list.published")).setAutoWidth(true);
        grid.setPageSize(50);
        // Fetch callback only: the grid pages on with OFFSET/LIMIT and never asks the database for a count.
        grid.setItems(query -> search.list(filter(), query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(e -> UI.getCurrent().navigate("articles/" + e.getItem().id()));
        grid.setSizeFull();

        add(header, filters, grid);
        text.addValueChangeListener(e -> filtersChanged());
        status.addValueChangeListener(e -> filtersChanged());
        category.addValueChangeListener(e -> filtersChanged());
        tag.addValueChangeListener(e -> filtersChanged());
        author.addValueChangeListener(e -> filtersChanged());
        sort.addValueChangeListener(e -> filtersChanged());
    }

    private Span statusBadge(ArticleListItem a) {
        String text = getTranslation("article.status." + a.status().name());
        if (a.publishedLate() && a.status() == ArticleStatus.PUBLISHED) {
            text += " · " + getTranslation("article.late");
        }
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        badge.addClassNames("article-status", "article-status-" + a.status().name().toLowerCase());
        return badge;
    }

    private String when(DateTimeFormatter format, Instant instant) {
        return instant == null ? "" : format.withLocale(getLocale()).format(instant);
    }

    ArticleFilter filter() {
        ArticleSort chosen = sort.getValue() == null ? ArticleSort.UPDATED : sort.getValue();
        return new ArticleFilter(status.getValue(), category.getValue() == null ? null : category.getValue().id(),
                tag.getValue() == null ? null : tag.getValue().id(), author.getValue() == null ? null : author.getValue().id(),
                text.getValue(), chosen);
    }

    private void filtersChanged() {
        if (restoring) {
            return;
        }
        UI.getCurrent().getPage().getHistory().replaceState(null, "articles" + queryString());
        grid.getDataProvider().refreshAll();
    }

    private String queryString() {
        Map<String, String> params = new LinkedHashMap<>();
        if (!text.getValue().isBlank()) {
            params.put("q", text.getValue().strip());
        }
        Optional.ofNullable(status.getValue()).ifPresent(s -> params.put("status", s.name()));
        Optional.ofNullable(category.getValue()).ifPresent(c -> params.put("category", String.valueOf(c.id())));
        Optional.ofNullable(tag.getValue()).ifPresent(t -> params.put("tag", t.name()));
        Optional.ofNullable(author.getValue()).ifPresent(a -> params.put("author", String.valueOf(a.id())));
        if (sort.getValue() != null && sort.getValue() != ArticleSort.UPDATED) {
            params.put("sort", sort.getValue().name().toLowerCase());
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
            status.setValue(first(params, "status").flatMap(s -> parse(ArticleStatus.class, s)).orElse(null));
            category.setValue(first(params, "category").flatMap(ArticleListView::parseLong)
                    .flatMap(id -> tree.stream().filter(n -> n.id().equals(id)).findFirst()).orElse(null));
            tag.setValue(first(params, "tag").flatMap(tagService::findExisting).orElse(null));
            author.setValue(first(params, "author").flatMap(ArticleListView::parseLong)
                    .flatMap(id -> authors.stream().filter(a -> a.id().equals(id)).findFirst()).orElse(null));
            sort.setValue(first(params, "sort").flatMap(s -> parse(ArticleSort.class, s))
                    .orElse(text.getValue().isBlank() ? ArticleSort.UPDATED : ArticleSort.RELEVANCE));
        } finally {
            restoring = false;
        }
        grid.getDataProvider().refreshAll();
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
