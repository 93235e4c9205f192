package de.newsroom.console.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.article.ArticleFilter;
import de.newsroom.console.article.ArticleListItem;
import de.newsroom.console.article.ArticleSearch;
import de.newsroom.console.article.ArticleTestData;
import de.newsroom.console.base.db.DatabaseErrors;
import de.newsroom.console.base.db.DatabaseGuard;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An editor saving while PostgreSQL cannot be reached (the database circuit breaker forced open, so every connection
 * is refused the way it is during an outage): the save fails with a transient database error, the console's error
 * handler shows the localized "database cannot be reached, your text is kept" message instead of Vaadin's internal
 * error, the typed text stays in the form, and Save works once the database is back.
 */
class ArticleEditorOutageTest extends KaribuTest {

    @Autowired
    DatabaseGuard database;
    @Autowired
    CategoryService categories;
    @Autowired
    ArticleSearch search;

    @AfterEach
    void databaseBack() {
        database.breaker().transitionToClosedState();
    }

    @Test
    void a_save_during_an_outage_keeps_the_text_shows_the_database_message_and_works_after_recovery() {
        CategoryNode category = ArticleTestData.category(categories, "Ausfall " + UUID.randomUUID().toString()
                .substring(0, 6));
        login("editor", "EDITOR");
        com.vaadin.flow.component.UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("articles/new");
        ArticleEditorView editor = _get(ArticleEditorView.class);
        String title = "Stromausfall im Rechenzentrum " + UUID.randomUUID().toString().substring(0, 6);
        String body = "Längerer Text, der beim Speichern nicht verloren gehen darf: äöüß.";
        editor.form().title.setValue(title);
        editor.form().lead.setValue("Der Vorspann.");
        editor.form().category.setValue(category);
        editor.form().body.setValue(body);

        database.breaker().transitionToForcedOpenState();
        NotificationsKt.clearNotifications();
        Button save = _get(Button.class, spec -> spec.withId("article-save"));
        // Karibu calls the listener directly; Vaadin would hand what it throws to the session's error handler.
        assertThatThrownBy(() -> _click(save)).satisfies(e -> {
            assertThat(DatabaseErrors.isTransient(e)).as("a transient database error: %s", e).isTrue();
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
        });
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isNotInstanceOf(DefaultErrorHandler.class);
        NotificationsKt.expectNotifications("Die Datenbank ist gerade nicht erreichbar. Ihr Text bleibt erhalten – "
                + "bitte gleich noch einmal versuchen.");
        assertThat(editor.form().title.getValue()).isEqualTo(title);
        assertThat(editor.form().body.getValue()).isEqualTo(body);
        assertThat(editor.form().category.getValue()).isEqualTo(category);

        database.breaker().transitionToClosedState();
        _click(save);
        List<ArticleListItem> saved = search.list(new ArticleFilter(null, category.id(), null, null, null, null), 0, 10);
        assertThat(saved).extracting(ArticleListItem::title).containsExactly(title);
    }

    @Test
    void opening_a_view_during_an_outage_shows_the_database_page_instead_of_the_internal_error() {
        login("editor", "EDITOR");
        com.vaadin.flow.component.UI.getCurrent().setLocale(Locale.GERMAN);
        database.breaker().transitionToForcedOpenState();
        navigate("");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("database-error")).getElement()
                .getTextRecursively()).contains("Datenbank nicht erreichbar",
                "Die Datenbank ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.");

        database.breaker().transitionToClosedState();
        navigate("articles");
        _get(ArticleListView.class);
    }
}
