package de.newsroom.console.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import de.newsroom.console.article.ArticleDetails;
import de.newsroom.console.article.ArticleField;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.tag.TagRef;
import java.util.LinkedHashSet;
import java.util.List;

/** After a conflict, the other editor's version beside the form, each field with a button that copies it in. */
class TheirVersionPanel extends Div {

    private final ArticleForm form;
    private final List<CategoryNode> tree;

    TheirVersionPanel(ArticleForm form, List<CategoryNode> tree) {
        this.form = form;
        this.tree = tree;
        addClassName("article-theirs");
        setId("article-theirs");
    }

    void show(ArticleDetails theirs) {
        removeAll();
        add(new Paragraph(getTranslation("article.theirs.intro", theirs.updatedByName())));
        field(ArticleField.TITLE, theirs.title(), () -> form.title.setValue(theirs.title()));
        field(ArticleField.SLUG, theirs.slug(), () -> form.slug.setValue(theirs.slug()));
        field(ArticleField.LEAD, theirs.lead(), () -> form.lead.setValue(theirs.lead()));
        field(ArticleField.CATEGORY, String.join(" › ", theirs.categoryTrail()), () -> form.category.setValue(
                tree.stream().filter(n -> n.id().equals(theirs.categoryId())).findFirst().orElse(null)));
        field(ArticleField.TAGS, String.join(", ", theirs.tagNames()),
                () -> form.tags.setValue(new LinkedHashSet<TagRef>(theirs.tags())));
        field(ArticleField.BYLINES, String.join(", ", theirs.bylineNames()), () -> form.setBylines(theirs.bylines()));
        field(ArticleField.BODY, theirs.body(), () -> form.body.setValue(theirs.body()));
    }

    private void field(ArticleField field, String value, Runnable copy) {
        var take = new Button(getTranslation("article.theirs.take"), e -> copy.run());
        take.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        take.setId("article-theirs-take-" + field.key());
        var label = new Span(getTranslation("article.field." + field.key()));
        label.addClassName("article-theirs-label");
        var text = new Div(value);
        text.addClassName("article-theirs-value");
        var box = new Div(new HorizontalLayout(label, take), text);
        box.addClassName("article-theirs-field");
        add(box);
    }
}
