package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import de.newsroom.console.comment.ArticleOption;
import de.newsroom.console.comment.CommentModerationService;
import de.newsroom.console.comment.CommentStatus;
import de.newsroom.console.comment.ModerationFilter;

/**
 * The queue's filters (status, article, category, text, flagged only, reported); any change re-runs the queue from the top.
 * <p>
 * On a phone the bar folds like the bulk bar (app.css 'folding-bar', decision 35): the status and a "Filter" button
 * that names how many of the other five are set stay on one line; the button opens the five (before: four fields two a
 * line and the two checkboxes, 196 px above the queue at 390 px). A desktop shows every filter and no button.
 */
final class QueueFilterBar extends Div {

    /** The class that shows a phone the five secondary filters (see {@link #more}). */
    static final String OPEN = "folding-bar-open";

    final Select<CommentStatus> status = new Select<>();
    final ComboBox<ArticleOption> article = new ComboBox<>();
    final ComboBox<CategoryNode> category = new ComboBox<>();
    final TextField search = new TextField();
    final Checkbox flaggedOnly = new Checkbox();
    /** The "reported" tab: open reader reports in any status; the status select has no say then. */
    final Checkbox reportedOnly = new Checkbox();
    /** Phones only (the stylesheet hides it from 700 px on): "Filter (2)" opens and folds the secondary filters. */
    final Button more = new Button();

    QueueFilterBar(CommentModerationService moderation, CategoryService categories, Runnable onChange) {
        addClassNames("moderation-filters", "folding-bar");
        status.addClassName("folding-bar-keep");
        more.setId("filter-more");
        more.addClassNames("moderation-filters-more", "folding-bar-more");
        more.getElement().setAttribute("aria-expanded", "false");
        more.addClickListener(e -> setOpen(!hasClassName(OPEN)));
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
        // "Nur gemeldete", like "Nur markierte" beside it: "Gemeldet (alle Status)" pushed the filters onto a second
        // line at 1440 px. That the status has no say shows on the status select, which greys out.
        reportedOnly.setLabel(getTranslation("comment.filter.reported"));
        reportedOnly.setTooltipText(getTranslation("comment.filter.reported.hint"));
        reportedOnly.setId("filter-reported");
        reportedOnly.addValueChangeListener(e -> status.setEnabled(!e.getValue()));
        status.addValueChangeListener(e -> onChange.run());
        article.addValueChangeListener(e -> changed(onChange));
        category.addValueChangeListener(e -> changed(onChange));
        search.addValueChangeListener(e -> changed(onChange));
        flaggedOnly.addValueChangeListener(e -> changed(onChange));
        reportedOnly.addValueChangeListener(e -> changed(onChange));
        // The button right after the status, so Tab goes from it into the filters it opened.
        add(status, more, article, category, search, flaggedOnly, reportedOnly);
        updateMore();
    }

    private void changed(Runnable onChange) {
        updateMore();
        onChange.run();
    }

    void setOpen(boolean open) {
        setClassName(OPEN, open);
        more.getElement().setAttribute("aria-expanded", Boolean.toString(open));
    }

    /** How many of the five filters behind {@link #more} are set: folded, the button says so. */
    int secondaryActive() {
        ModerationFilter f = filter();
        return (f.articleId() == null ? 0 : 1) + (f.categoryId() == null ? 0 : 1) + (f.text() == null ? 0 : 1)
                + (f.flaggedOnly() ? 1 : 0) + (f.reportedOnly() ? 1 : 0);
    }

    private void updateMore() {
        int active = secondaryActive();
        more.setText(active == 0 ? getTranslation("comment.filter.more")
                : getTranslation("comment.filter.more.count", active));
        // Set filters show folded too: the button stands out while any of them narrows the queue.
        more.setClassName("moderation-filters-more-active", active > 0);
    }

    /** What the fields say now. */
    ModerationFilter filter() {
        return new ModerationFilter(status.getValue(), article.getValue() == null ? null : article.getValue().id(),
                category.getValue() == null ? null : category.getValue().id(), search.getValue(),
                flaggedOnly.getValue(), reportedOnly.getValue());
    }
}
