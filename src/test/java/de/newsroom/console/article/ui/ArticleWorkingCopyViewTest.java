package de.newsroom.console.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.newsroom.console.article.ArticleTestData.as;
import static de.newsroom.console.article.ArticleTestData.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.article.ArticleDetails;
import de.newsroom.console.article.ArticlePresence;
import de.newsroom.console.article.ArticleEditing;
import de.newsroom.console.article.ArticleTestData;
import de.newsroom.console.article.ArticleWorkingCopies;
import de.newsroom.console.article.ArticleWorkingCopy;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

class ArticleWorkingCopyViewTest extends KaribuTest {

    @Autowired
    ArticleEditing editing;
    @Autowired
    ArticleWorkingCopies workingCopies;
    @Autowired
    ArticlePresence presence;
    @Autowired
    CategoryService categories;

    CategoryNode category;

    @BeforeEach
    void setUp() {
        category = ArticleTestData.category(categories, "Arbeitskopie Ansicht");
    }

    @Test
    void typed_text_is_kept_when_a_field_loses_focus_and_restored_in_a_fresh_ui() {
        login("editor", "EDITOR");
        ArticleDetails a = editing.save(complete("Gespeichert " + UUID.randomUUID(), category.id()));
        navigate("articles/" + a.id());
        ArticleEditorView editor = _get(ArticleEditorView.class);
        editor.form().title.setValue("Ungespeicherter Titel über Öl");
        editor.form().lead.setValue("Ein Vorspann, der nur im Browser stand.");
        assertThat(workingCopies.mine(a.id())).as("a change alone writes nothing yet").isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).as("polls faster until kept")
                .isEqualTo(WorkingCopyKeeper.FAST_POLL_MILLIS);
        assertThat(editor.getElement().getAttribute("data-unsaved")).isEqualTo("true");

        blur(editor.form().lead);
        assertThat(workingCopies.mine(a.id())).get().satisfies(c -> {
            assertThat(c.draft().title()).isEqualTo("Ungespeicherter Titel über Öl");
            assertThat(c.draft().lead()).isEqualTo("Ein Vorspann, der nur im Browser stand.");
            assertThat(c.draft().baseVersion()).isEqualTo(a.version());
        });

        // The node dies: a new UI in a new session opens the article from the database.
        freshUi();
        login("editor", "EDITOR");
        navigate("articles/" + a.id());
        editor = _get(ArticleEditorView.class);
        assertThat(editor.form().title.getValue()).isEqualTo(a.title());
        assertThat(_get(Div.class, spec -> spec.withId("article-working-copy")).isVisible()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("article-working-copy-message")).getText())
                .startsWith("Restore your unsaved changes from ").contains("2026").endsWith("?");

        _click(_get(Button.class, spec -> spec.withId("article-working-copy-restore")));
        assertThat(editor.form().title.getValue()).isEqualTo("Ungespeicherter Titel über Öl");
        assertThat(editor.form().lead.getValue()).isEqualTo("Ein Vorspann, der nur im Browser stand.");
        assertThat(editor.form().body.getValue()).isEqualTo(a.body());
        assertThat(editor.form().binder.hasChanges()).as("restored, not saved").isTrue();
        assertThat(editing.find(a.id()).orElseThrow().title()).isEqualTo(a.title());
        assertThat(_find(Div.class, spec -> spec.withId("article-working-copy"))).as("banner gone").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("article-save")));
        assertThat(editing.find(a.id()).orElseThrow().title()).isEqualTo("Ungespeicherter Titel über Öl");
        assertThat(workingCopies.mine(a.id())).as("a saved article needs no copy").isEmpty();
        assertThat(editor.getElement().getAttribute("data-unsaved")).isEqualTo("false");
    }

    @Test
    void changed_bylines_alone_are_kept_and_come_back_with_the_restored_copy() {
        login("editor", "EDITOR");
        ArticleDetails a = editing.save(complete("Autoren " + UUID.randomUUID(), category.id()));
        navigate("articles/" + a.id());
        ArticleEditorView editor = _get(ArticleEditorView.class);
        var chosen = new java.util.LinkedHashSet<>(editor.form().bylines.getValue());
        chosen.add(de.newsroom.console.article.Byline.free("dpa"));
        editor.form().setBylines(chosen);
        blur(editor.form().lead);
        assertThat(workingCopies.mine(a.id())).get()
                .satisfies(c -> assertThat(c.draft().bylines()).containsExactlyElementsOf(chosen));

        freshUi();
        login("editor", "EDITOR");
        navigate("articles/" + a.id());
        editor = _get(ArticleEditorView.class);
        assertThat(editor.form().bylines.getValue()).hasSize(chosen.size() - 1);
        _click(_get(Button.class, spec -> spec.withId("article-working-copy-restore")));

        assertThat(editor.form().bylines.getValue()).containsExactlyElementsOf(chosen);
        _click(_get(Button.class, spec -> spec.withId("article-save")));
        assertThat(editing.find(a.id()).orElseThrow().bylines()).containsExactlyElementsOf(chosen);
    }

    @Test
    void the_poll_keeps_a_new_article_only_when_it_changed_and_discard_removes_it() {
        login("editor", "EDITOR");
        workingCopies.discard(null);
        navigate("articles/new");
        ArticleEditorView editor = _get(ArticleEditorView.class);
        editor.form().title.setValue("Neuer Artikel, nie gespeichert");
        poll();
        Instant first = workingCopies.mine(null).orElseThrow().savedAt();
        assertThat(workingCopies.mine(null).orElseThrow().draft().title()).isEqualTo("Neuer Artikel, nie gespeichert");
        assertThat(UI.getCurrent().getPollInterval()).as("back to the slow poll once kept").isEqualTo(30_000);

        poll();
        assertThat(workingCopies.mine(null).orElseThrow().savedAt()).as("nothing changed, nothing written")
                .isEqualTo(first);

        freshUi();
        login("editor", "EDITOR");
        navigate("articles/new");
        editor = _get(ArticleEditorView.class);
        assertThat(_get(Div.class, spec -> spec.withId("article-working-copy")).isVisible()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("article-working-copy-discard")));
        assertThat(workingCopies.mine(null)).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("article-working-copy"))).as("banner gone").isEmpty();
        assertThat(editor.form().title.getValue()).isEmpty();
    }

    @Test
    void a_copy_of_an_older_version_is_restored_with_a_note_and_merged_on_save() {
        login("editor", "EDITOR");
        ArticleDetails a = editing.save(complete("Zusammenführen " + UUID.randomUUID(), category.id()));
        workingCopies.keep(ArticleTestData.withLead(a.toDraft(), "Mein neuer Vorspann"));
        as("chefredaktion", () -> editing.save(ArticleTestData.withBody(a.toDraft(), "Ihr neuer Text")));

        navigate("articles/" + a.id());
        ArticleEditorView editor = _get(ArticleEditorView.class);
        _click(_get(Button.class, spec -> spec.withId("article-working-copy-restore")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("article-working-copy-message")).getText())
                .contains("saved by someone else");
        assertThat(editor.form().lead.getValue()).isEqualTo("Mein neuer Vorspann");

        _click(_get(Button.class, spec -> spec.withId("article-save")));
        ArticleDetails merged = editing.find(a.id()).orElseThrow();
        assertThat(merged.lead()).isEqualTo("Mein neuer Vorspann");
        assertThat(merged.body()).as("their change survives the merge").isEqualTo("Ihr neuer Text");
    }

    @Test
    void the_banner_speaks_german_to_german_users() {
        login("editor", "EDITOR");
        ArticleDetails a = editing.save(complete("Deutsch " + UUID.randomUUID(), category.id()));
        workingCopies.keep(ArticleTestData.withTitle(a.toDraft(), "Anders"));
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("articles/" + a.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("article-working-copy-message")).getText())
                .matches("Ungespeicherte Änderungen vom \\d{1,2}\\. \\p{L}+ \\d{4}, \\d{2}:\\d{2} wiederherstellen\\?");
    }

    @Test
    void the_editor_registers_the_unload_warning() {
        login("editor", "EDITOR");
        navigate("articles/new");
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        var expressions = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(i -> i.getInvocation().getExpression()).toList();
        assertThat(expressions).anySatisfy(e -> assertThat(e).contains("beforeunload", "data-unsaved"));
    }

    @Test
    void closing_the_editor_without_a_security_context_throws_and_logs_nothing() {
        login("editor", "EDITOR");
        ArticleDetails a = editing.save(complete("Sitzungsende " + UUID.randomUUID(), category.id()));
        navigate("articles/" + a.id());
        assertThat(as("chefredaktion", () -> presence.others(a.id()))).hasSize(1);

        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try {
            // As when the session expires or the server stops: the UI is detached with nobody signed in.
            logout();
            assertThatCode(MockVaadin::tearDown).doesNotThrowAnyException();
        } finally {
            root.detachAppender(log);
        }
        assertThat(log.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)).isEmpty();
        assertThat(as("chefredaktion", () -> presence.others(a.id()))).as("the mark is gone").isEmpty();
        freshUi();
    }

    private static void blur(com.vaadin.flow.component.Component field) {
        var element = field.getElement();
        element.getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(element, "blur",
                        com.vaadin.flow.internal.JacksonUtils.createObjectNode()));
    }

    private void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    private void freshUi() {
        MockVaadin.tearDown();
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(KaribuTest.discoverRoutes(), ctx, uiFactory));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }
}
