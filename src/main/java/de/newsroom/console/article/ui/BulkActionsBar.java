package de.newsroom.console.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import de.newsroom.console.article.ArticleBulk;
import de.newsroom.console.article.ArticleBulkOutcome;
import de.newsroom.console.article.ArticleListItem;
import de.newsroom.console.article.ArticleWorkflowException;
import de.newsroom.console.base.domain.Texts;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.ui.CategoryChoice;
import de.newsroom.console.tag.TagRef;
import de.newsroom.console.tag.TagService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The bar above the article list while rows are selected: the count and the bulk actions. Each action is one service
 * call pinned to the versions the rows showed; the outcome names what was left alone, then the list reloads.
 */
class BulkActionsBar extends HorizontalLayout {

    final Span count = new Span();
    final ComboBox<CategoryNode> category = new ComboBox<>();
    final Button move = new Button();
    final ComboBox<TagRef> tag = new ComboBox<>();
    final Button addTag = new Button();
    final Button removeTag = new Button();
    final Button archive = new Button();
    final Button trash = new Button();
    final Button clear = new Button();
    /**
     * Phones only (the stylesheet hides it from 700 px on): the bar shows the count, this and "clear selection" on one
     * line, and the category, keyword, archive and trash actions once this opens them (before: six lines, 344 px of a
     * 390 px phone's list, for one selected row).
     */
    final Button more = new Button();

    private final Grid<ArticleListItem> grid;
    private final ArticleBulk bulk;
    private final Runnable changed;

    BulkActionsBar(Grid<ArticleListItem> grid, ArticleBulk bulk, List<CategoryNode> tree, TagService tags,
                   Runnable changed) {
        this.grid = grid;
        this.bulk = bulk;
        this.changed = changed;
        setId("article-bulk");
        addClassNames("article-bulk", "folding-bar");
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        count.setId("article-bulk-count");
        count.addClassName("folding-bar-keep");
        category.setId("article-bulk-category");
        category.setPlaceholder(getTranslation("article.bulk.category"));
        category.setAriaLabel(getTranslation("article.bulk.category"));
        category.setItems(tree);
        category.setItemLabelGenerator(CategoryNode::displayPath);
        CategoryChoice.takeTyped(category, () -> tree);
        text(move, "article-bulk-move", "article.bulk.move");
        move.addClickListener(e -> {
            if (category.getValue() != null) {
                run(seen -> bulk.moveToCategory(seen, category.getValue().id()));
            }
        });
        tag.setId("article-bulk-tag");
        tag.setPlaceholder(getTranslation("article.bulk.tag"));
        tag.setAriaLabel(getTranslation("article.bulk.tag"));
        tag.setItemLabelGenerator(TagRef::name);
        tag.setItems(query -> query.getOffset() > 0 ? java.util.stream.Stream.empty()
                : tags.search(query.getFilter().orElse(""), query.getLimit()).stream());
        tag.setAllowCustomValue(true);
        tag.addCustomValueSetListener(e -> {
            String name = Texts.normalize(e.getDetail());
            if (name != null && !name.isEmpty()) {
                tag.setValue(tags.findExisting(name).orElse(new TagRef(null, name)));
            }
        });
        text(addTag, "article-bulk-tag-add", "article.bulk.tag.add");
        addTag.addClickListener(e -> {
            if (tag.getValue() != null) {
                run(seen -> bulk.addTag(seen, tag.getValue().name()));
            }
        });
        text(removeTag, "article-bulk-tag-remove", "article.bulk.tag.remove");
        removeTag.addClickListener(e -> {
            if (tag.getValue() != null && tag.getValue().id() != null) {
                run(seen -> bulk.removeTag(seen, tag.getValue()));
            }
        });
        text(archive, "article-bulk-archive", "article.bulk.archive");
        archive.addClickListener(e -> confirm("article.bulk.archive.confirm", "article.bulk.archive",
                seen -> bulk.archive(seen)));
        text(trash, "article-bulk-trash", "article.bulk.trash");
        trash.addThemeVariants(ButtonVariant.LUMO_ERROR);
        trash.addClickListener(e -> confirm("article.bulk.trash.confirm", "article.bulk.trash",
                seen -> bulk.moveToTrash(seen)));
        text(clear, "article-bulk-clear", "article.bulk.clear");
        clear.addClassName("folding-bar-keep");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> grid.deselectAll());
        text(more, "article-bulk-more", "article.bulk.more");
        more.addClassName("folding-bar-more");
        more.getElement().setAttribute("aria-expanded", "false");
        more.addClickListener(e -> setOpen(!hasClassName(OPEN)));
        add(count, more, category, move, tag, addTag, removeTag, archive, trash, clear);
        setVisible(false);
        grid.asMultiSelect().addSelectionListener(e -> selectionChanged());
    }

    private void text(Button button, String id, String key) {
        button.setText(getTranslation(key));
        button.setId(id);
    }

    void selectionChanged() {
        int n = grid.getSelectedItems().size();
        count.setText(getTranslation("article.bulk.count", n));
        setVisible(n > 0);
        if (n == 0) {
            setOpen(false);
        }
    }

    /** The class that shows a phone all the bulk actions (see {@link #more}). */
    static final String OPEN = "folding-bar-open";

    void setOpen(boolean open) {
        setClassName(OPEN, open);
        more.getElement().setAttribute("aria-expanded", Boolean.toString(open));
    }

    private void confirm(String textKey, String actionKey, Function<Map<Long, Long>, ArticleBulkOutcome> action) {
        var dialog = new ConfirmDialog();
        dialog.setId("article-bulk-confirm");
        dialog.setHeader(getTranslation(actionKey));
        dialog.setText(getTranslation(textKey, grid.getSelectedItems().size()));
        dialog.setConfirmText(getTranslation(actionKey));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("article.action.cancel"));
        dialog.addConfirmListener(e -> run(action));
        dialog.open();
    }

    /** Runs {@code action} on the selection as shown, reports the outcome, and reloads the list. */
    void run(Function<Map<Long, Long>, ArticleBulkOutcome> action) {
        Map<Long, Long> seen = new LinkedHashMap<>();
        grid.getSelectedItems().forEach(item -> seen.put(item.id(), item.version()));
        try {
            report(action.apply(seen));
        } catch (ArticleWorkflowException e) {
            Notifications.error(getTranslation(e.messageKey(), e.args()));
        }
        grid.deselectAll();
        changed.run();
    }

    private void report(ArticleBulkOutcome outcome) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("article.bulk.done", outcome.done()));
        if (!outcome.changedMeanwhile().isEmpty()) {
            parts.add(getTranslation("article.bulk.changed", String.join(", ", outcome.changedMeanwhile())));
        }
        if (!outcome.notApplicable().isEmpty()) {
            parts.add(getTranslation("article.bulk.skipped", String.join(", ", outcome.notApplicable())));
        }
        String text = String.join(" ", parts);
        if (parts.size() == 1) {
            Notifications.success(text);
        } else {
            Notifications.info(text);
        }
    }
}
