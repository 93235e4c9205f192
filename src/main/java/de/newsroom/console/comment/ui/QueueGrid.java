package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableSupplier;
import de.newsroom.console.base.ui.PhoneColumns;
import de.newsroom.console.comment.CommentVersion;
import de.newsroom.console.comment.QueueRow;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The queue's rows from {@link QueueLoader}: author, excerpt, article, age and flag badges, multi-select for bulk
 * decisions, the comment on screen highlighted. Author and article give way on phones ({@link PhoneColumns}).
 */
final class QueueGrid extends Grid<QueueRow> {

    private final transient Clock clock;

    QueueGrid(QueueLoader loader, Clock clock, SerializableSupplier<QueueRow> current) {
        this.clock = clock;
        setId("moderation-grid");
        addClassName("moderation-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setSelectionMode(Grid.SelectionMode.MULTI);
        addColumn(QueueRow::authorName).setHeader(getTranslation("comment.col.author"))
                .setKey("author").setAutoWidth(true).setFlexGrow(0);
        // Three lines of the comment and two of the article title, wrapped in the browser (lit escapes the text);
        // the whole comment is one click away in the detail panel.
        addColumn(LitRenderer.<QueueRow>of("<div class=\"queue-excerpt\">${item.text}</div>")
                        .withProperty("text", QueueRow::excerpt))
                .setHeader(getTranslation("comment.col.excerpt")).setKey("excerpt").setFlexGrow(3);
        addColumn(LitRenderer.<QueueRow>of("<div class=\"queue-article\">${item.title}</div>")
                        .withProperty("title", QueueRow::articleTitle))
                .setHeader(getTranslation("comment.col.article")).setKey("article").setFlexGrow(2);
        addColumn(this::age).setHeader(getTranslation("comment.col.age")).setKey("age")
                .setAutoWidth(true).setFlexGrow(0);
        PhoneColumns.hideOnPhones(this, List.of(getColumnByKey("author"), getColumnByKey("article")));
        // Rendered in the browser from plain data: a component per row would put 50 server-side components (and
        // their state nodes) into every range the grid asks for. Three string lists, because Vaadin serialises
        // renderer properties as beans (a Map would arrive as {"empty": false}).
        addColumn(LitRenderer.<QueueRow>of("""
                        <div class="comment-flags">${item.flagCodes.map((code, i) => html`<span class="comment-flag \
                        comment-flag-${code}" title="${item.flagReasons[i]}">${item.flagLabels[i]}</span>`)}</div>""")
                        .withProperty("flagCodes", row -> row.flags().stream().map(FlagTexts::code).toList())
                        .withProperty("flagLabels", row -> row.flags().stream()
                                .map(flag -> getTranslation("comment.flag." + FlagTexts.code(flag))).toList())
                        .withProperty("flagReasons", row -> row.flags().stream()
                                .map(flag -> FlagTexts.describe(flag, this::getTranslation)).toList()))
                .setHeader(getTranslation("comment.col.flags")).setKey("flags").setAutoWidth(true);
        addColumn(this::reports).setHeader(getTranslation("comment.col.reports")).setKey("reports")
                .setAutoWidth(true).setFlexGrow(0);
        setPartNameGenerator(row -> current.get() != null && current.get().id() == row.id() ? "current-row" : null);
        setItems(query -> loader.fetch(query.getOffset(), query.getLimit()));
    }

    /** The ticked rows at the versions they were read with: what a bulk decision on "selected" decides. */
    List<CommentVersion> selectedVersions() {
        return getSelectedItems().stream().map(CommentVersion::of).toList();
    }

    Set<Long> selectedIds() {
        return getSelectedItems().stream().map(QueueRow::id).collect(Collectors.toSet());
    }

    /** Unticks comment {@code id}: the ticked row may hold another version of it than the caller's. */
    void deselectComment(long id) {
        getSelectedItems().stream().filter(r -> r.id() == id).toList().forEach(this::deselect);
    }

    boolean isSelected(long id) {
        return getSelectedItems().stream().anyMatch(r -> r.id() == id);
    }

    void refresh() {
        getDataProvider().refreshAll();
    }

    // "3 · Insult, Spam": open reports and every reason readers gave; empty for unreported comments.
    private String reports(QueueRow row) {
        if (row.openReports() <= 0) {
            return "";
        }
        return getTranslation("comment.reports.summary", row.openReports(), row.reportReasons().stream()
                .map(r -> getTranslation("comment.report.reason." + r.name())).collect(Collectors.joining(", ")));
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
}
