package de.newsroom.console.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import de.newsroom.console.article.ArticleConflictException;
import de.newsroom.console.article.ArticleDetails;
import de.newsroom.console.article.ArticleIncompleteException;
import de.newsroom.console.article.ArticleListItem;
import de.newsroom.console.article.ArticleQuickEdit;
import de.newsroom.console.article.ArticleStatus;
import de.newsroom.console.article.ArticleWorkflowException;
import de.newsroom.console.base.ui.EscapeCloses;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.ui.CategoryChoice;
import de.newsroom.console.tag.TagRef;
import de.newsroom.console.tag.TagService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Quick edit of one row: status, category and keywords without the editor. It works on the version the row showed;
 * if the article changed since, it says so and the list reloads.
 */
class QuickEditDialog extends Dialog {

    final Select<ArticleStatus> status = new Select<>();
    final ComboBox<CategoryNode> category = new ComboBox<>();
    final MultiSelectComboBox<TagRef> tags = new MultiSelectComboBox<>();
    final Button save = new Button();

    private QuickEditDialog(ArticleQuickEdit quick, ArticleListItem row, ArticleDetails article,
                            List<CategoryNode> tree, TagService tagService, Runnable changed) {
        setId("article-quick-edit");
        setHeaderTitle(getTranslation("article.quick.title", article.title()));
        List<ArticleStatus> choices = new ArrayList<>();
        choices.add(article.status());
        article.next().stream().filter(s -> s != ArticleStatus.SCHEDULED && s != ArticleStatus.TRASHED)
                .sorted().forEach(choices::add);
        status.setLabel(getTranslation("article.list.status"));
        status.setId("article-quick-status");
        status.setItems(choices);
        status.setItemLabelGenerator(s -> getTranslation("article.status." + s.name()));
        status.setValue(article.status());
        // Focus on the first field, not on the dialog: the arrow keys change the status at once.
        status.setAutofocus(true);
        category.setLabel(getTranslation("article.field.category"));
        category.setId("article-quick-category");
        category.setItems(tree);
        category.setItemLabelGenerator(CategoryNode::displayPath);
        category.setClearButtonVisible(true);
        CategoryChoice.takeTyped(category, () -> tree);
        // Escape closes the dialog, as in the other fields, instead of leaving it open with the category cleared.
        EscapeCloses.apply(category, this::close);
        category.setValue(tree.stream().filter(n -> n.id().equals(article.categoryId())).findFirst().orElse(null));
        KeywordField.setUp(tags, tagService);
        tags.setId("article-quick-tags");
        tags.setValue(new LinkedHashSet<>(article.tags()));
        var form = new FormLayout(status, category, tags);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.setText(getTranslation("article.quick.save"));
        save.setId("article-quick-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                quick.save(row.id(), row.version(), category.getValue() == null ? null : category.getValue().id(),
                        tags.getValue().stream().map(TagRef::name).toList(), status.getValue());
                Notifications.success(getTranslation("article.quick.saved", article.title()));
                close();
            } catch (ArticleConflictException ex) {
                Notifications.error(getTranslation("article.quick.conflict", ex.savedBy()));
                close();
            } catch (ArticleIncompleteException ex) {
                Notifications.error(getTranslation("article.quick.incomplete"));
                return;
            } catch (ArticleWorkflowException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
                return;
            }
            changed.run();
        });
        var cancel = new Button(getTranslation("article.action.cancel"), e -> close());
        cancel.setId("article-quick-cancel");
        getFooter().add(cancel, save);
    }

    /** Opens the dialog for {@code row}, or says the article changed since the list showed it and reloads. */
    static void open(ArticleQuickEdit quick, ArticleListItem row, List<CategoryNode> tree, TagService tags,
                     Runnable changed) {
        ArticleDetails article;
        try {
            article = quick.load(row.id(), row.version());
        } catch (ArticleConflictException e) {
            Notifications.error(com.vaadin.flow.component.UI.getCurrent().getTranslation("article.quick.conflict",
                    e.savedBy()));
            changed.run();
            return;
        } catch (ArticleWorkflowException e) {
            Notifications.error(com.vaadin.flow.component.UI.getCurrent().getTranslation(e.messageKey(), e.args()));
            changed.run();
            return;
        }
        new QuickEditDialog(quick, row, article, tree, tags, changed).open();
    }
}
