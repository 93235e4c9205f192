package de.newsroom.console.comment.ui;

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

/** The queue's filters (status, article, category, text, flagged only, reported); any change re-runs the queue from the top. */
final class QueueFilterBar extends Div {

    final Select<CommentStatus> status = new Select<>();
    final ComboBox<ArticleOption> article = new ComboBox<>();
    final ComboBox<CategoryNode> category = new ComboBox<>();
    final TextField search = new TextField();
    final Checkbox flaggedOnly = new Checkbox();
    /** The "reported" tab: open reader reports in any status; the status select has no say then. */
    final Checkbox reportedOnly = new Checkbox();

    QueueFilterBar(CommentModerationService moderation, CategoryService categories, Runnable onChange) {
        addClassName("moderation-filters");
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
        article.addValueChangeListener(e -> onChange.run());
        category.addValueChangeListener(e -> onChange.run());
        search.addValueChangeListener(e -> onChange.run());
        flaggedOnly.addValueChangeListener(e -> onChange.run());
        reportedOnly.addValueChangeListener(e -> onChange.run());
        add(status, article, category, search, flaggedOnly, reportedOnly);
    }

    /** What the fields say now. */
    ModerationFilter filter() {
        return new ModerationFilter(status.getValue(), article.getValue() == null ? null : article.getValue().id(),
                category.getValue() == null ? null : category.getValue().id(), search.getValue(),
                flaggedOnly.getValue(), reportedOnly.getValue());
    }
}
