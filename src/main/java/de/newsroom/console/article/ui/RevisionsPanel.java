package de.newsroom.console.article.ui;

import de.newsroom.console.base.ui.DateStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.Div;
import de.newsroom.console.article.ArticleRevisionSummary;
import de.newsroom.console.article.ArticleRevisions;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The article's revisions: who saved what when, a diff against the current text, and restore (with confirmation).
 * The list pages lazily and holds no texts, so a long history costs the session only the rows on screen.
 */
class RevisionsPanel extends Div {

    private final ArticleRevisions service;
    final Grid<ArticleRevisionSummary> grid = new Grid<>();
    private final Consumer<ArticleRevisionSummary> restorer;
    private Long articleId;

    RevisionsPanel(ArticleRevisions service, ZoneId zone, Consumer<ArticleRevisionSummary> restorer) {
        this.service = service;
        this.restorer = restorer;
        addClassName("article-revisions");
        setId("article-revisions");
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // A new article has none yet: say why rather than show a bare header.
        grid.setEmptyStateText(getTranslation("article.revisions.empty"));
        // Two columns that wrap: when and who on the first line, the changed fields below, and the two actions
        // stacked in a column of their own width. Before, five columns (when, who, changed, diff, restore) were
        // wider than the tab at 1440 px ("Wiederher…" cut off) and at 390 px the actions lay outside, reachable only
        // by scrolling the list sideways.
        grid.addColumn(LitRenderer.<ArticleRevisionSummary>of(
                        "<div class=\"article-revision-saved\">${item.saved}</div>"
                                + "<div class=\"article-revision-changed\">${item.changed}</div>")
                        .withProperty("saved", r -> DateStyle.dateTime(getLocale(), zone).format(r.createdAt())
                                + " · " + r.actorName())
                        .withProperty("changed", this::changedText))
                .setKey("saved").setHeader(getTranslation("article.revisions.saved")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setKey("actions").setWidth("10.5em").setFlexGrow(0);
        add(grid);
    }

    void show(Long id) {
        this.articleId = id;
        if (id == null) {
            grid.setItems(java.util.List.of());
        } else {
            grid.setItems(query -> service.history(id, query.getOffset(), query.getLimit()).stream(),
                    query -> service.historySize(id));
        }
    }

    /** "Geändert: Titel, Text (wiederhergestellt)", the second line of a row. */
    String changedText(ArticleRevisionSummary r) {
        return getTranslation("article.revisions.changed") + ": "
                + r.changed().stream().map(f -> getTranslation("article.field." + f.key()))
                        .collect(Collectors.joining(", "))
                + (r.restoredFrom() == null ? "" : " " + getTranslation("article.revisions.restored"));
    }

    private Div actions(ArticleRevisionSummary r) {
        var diff = new Button(getTranslation("article.revisions.diff"), e ->
                new DiffDialog(getTranslation("article.revisions.diff.title"), service.diffRevision(articleId, r.id())).open());
        diff.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var restore = new Button(getTranslation("article.revisions.restore"), e -> {
            var confirm = new ConfirmDialog(getTranslation("article.revisions.restore.title"),
                    getTranslation("article.revisions.restore.text"), getTranslation("article.revisions.restore"),
                    ok -> restorer.accept(r));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("article.action.cancel"));
            confirm.open();
        });
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        restore.addClassName("article-revision-restore");
        var actions = new Div(diff, restore);
        actions.addClassName("article-revision-actions");
        return actions;
    }
}
