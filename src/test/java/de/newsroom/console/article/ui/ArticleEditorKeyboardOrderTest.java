package de.newsroom.console.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.newsroom.console.article.ArticleTestData.complete;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.article.ArticleDetails;
import de.newsroom.console.article.ArticleEditing;
import de.newsroom.console.article.ArticleTestData;
import de.newsroom.console.category.CategoryService;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The editor's document order is the order of the work (and so of Tab and of a screen reader): title, lead, text,
 * the other fields, then the actions. Before, the workflow buttons and Save came before the form, and the text after
 * seven other fields.
 */
class ArticleEditorKeyboardOrderTest extends KaribuTest {

    @Autowired
    ArticleEditing editing;
    @Autowired
    CategoryService categories;
    @Autowired
    de.newsroom.console.article.ArticleWorkflow workflow;
    @Autowired
    de.newsroom.console.article.ArticleNextVersions nextVersions;

    @Test
    void the_form_runs_title_lead_text_then_the_other_fields() {
        login("editor", "EDITOR");
        navigate("articles/new");
        ArticleForm form = _get(ArticleEditorView.class).form();

        List<Component> order = form.getChildren().toList();
        Button picture = _get(Button.class, spec -> spec.withId("article-body-picture"));
        // "Insert picture" is the text's own tool, right before it.
        assertThat(order).containsExactly(form.title, form.lead, picture, form.body, form.slug, form.bylines,
                form.category, form.tags, form.suggestions, form.commentsOpen);
    }

    @Test
    void the_actions_and_save_follow_the_form_and_the_view_is_named_by_its_heading() {
        var category = ArticleTestData.category(categories, "Tastatur");
        login("editor", "EDITOR");
        ArticleDetails article = editing.save(complete("Reihenfolge " + UUID.randomUUID(), category.id()));
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("articles/" + article.id());
        ArticleEditorView view = _get(ArticleEditorView.class);
        Button save = _get(Button.class, spec -> spec.withId("article-save"));
        Button review = _get(Button.class, spec -> spec.withId("article-move-in_review"));
        SplitLayout split = _get(view, SplitLayout.class);

        List<Component> parts = view.getChildren().toList();
        Component actions = ancestorIn(save, view);
        assertThat(ancestorIn(review, view)).isSameAs(actions);
        assertThat(parts.indexOf(actions)).as("the actions after the form").isGreaterThan(parts.indexOf(split));
        assertThat(parts.indexOf(ancestorIn(view.form(), view))).isEqualTo(parts.indexOf(split));
        assertThat(view.getElement().getAttribute("aria-labelledby")).isEqualTo("article-heading");
        assertThat(save.getElement().getAttribute("aria-keyshortcuts")).isEqualTo("Control+S Meta+S");
        assertThat(save.getTooltip().getText()).isEqualTo("Strg+S");
    }

    @Test
    void the_next_versions_actions_and_save_follow_its_form_too() {
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(
                ctx.getBean(org.springframework.security.core.context.SecurityContextHolderStrategy.class));
        var category = ArticleTestData.category(categories, "Tastatur");
        login("editor", "EDITOR");
        ArticleDetails a = editing.save(complete("Neue Fassung " + UUID.randomUUID(), category.id()));
        a = workflow.transition(a.id(), a.version(), de.newsroom.console.article.ArticleStatus.IN_REVIEW);
        ArticleDetails live = workflow.transition(a.id(), a.version(), de.newsroom.console.article.ArticleStatus.PUBLISHED);
        nextVersions.start(live.id(), live.version());
        navigate("articles/" + live.id() + "/next");
        NextVersionView view = _get(NextVersionView.class);
        Button save = _get(Button.class, spec -> spec.withId("next-save"));

        List<Component> parts = view.getChildren().toList();
        assertThat(parts.indexOf(ancestorIn(save, view))).as("the actions after the form")
                .isGreaterThan(parts.indexOf(_get(view, SplitLayout.class)));
        assertThat(view.form().getChildren().toList()).startsWith(view.form().title, view.form().lead,
                view.form().body);
        assertThat(view.getElement().getAttribute("aria-labelledby")).isEqualTo("next-heading");
        assertThat(save.getElement().getAttribute("aria-keyshortcuts")).isEqualTo("Control+S Meta+S");
    }

    private static Component ancestorIn(Component c, Component root) {
        Component at = c;
        while (at.getParent().orElseThrow() != root) {
            at = at.getParent().orElseThrow();
        }
        return at;
    }
}
