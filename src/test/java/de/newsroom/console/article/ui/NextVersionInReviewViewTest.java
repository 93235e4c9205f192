package de.newsroom.console.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.newsroom.console.article.ArticleTestData.complete;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.article.ArticleDetails;
import de.newsroom.console.article.ArticleEditing;
import de.newsroom.console.article.ArticleListItem;
import de.newsroom.console.article.ArticleNextVersions;
import de.newsroom.console.article.ArticleSearch;
import de.newsroom.console.article.ArticleStatus;
import de.newsroom.console.article.ArticleTestData;
import de.newsroom.console.article.ArticleWorkflow;
import de.newsroom.console.article.NextVersion;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** A next version in review is found where reviewers look: the list's review tab and the dashboard's review list. */
class NextVersionInReviewViewTest extends KaribuTest {

    @Autowired
    ArticleEditing editing;
    @Autowired
    ArticleWorkflow workflow;
    @Autowired
    ArticleNextVersions nextVersions;
    @Autowired
    ArticleSearch search;
    @Autowired
    CategoryService categories;
    @Autowired
    JdbcTemplate jdbc;

    CategoryNode category;

    @BeforeEach
    void setUp() {
        SecurityContextHolder.setContextHolderStrategy(ctx.getBean(SecurityContextHolderStrategy.class));
        category = ArticleTestData.category(categories, "Neue Fassungen");
    }

    @Test
    void the_review_tab_lists_a_published_article_with_its_next_version_in_review_marked_and_counted_and_opens_it() {
        login("editor", "EDITOR");
        ArticleDetails live = nextInReview("Live mit Fassung");
        ArticleDetails plain = published("Live ohne Fassung");

        UI.getCurrent().navigate("articles", QueryParameters.simple(Map.of("status", "IN_REVIEW",
                "category", String.valueOf(category.id()))));
        ArticleListView view = _get(ArticleListView.class);

        List<ArticleListItem> rows = rows(view);
        assertThat(rows).extracting(ArticleListItem::id).containsExactly(live.id()).doesNotContain(plain.id());
        assertThat(rows.getFirst().nextInReview()).isTrue();
        long expected = search.tabCounts().inReviewTab();
        assertThat(view.tabByKey.get("IN_REVIEW").getLabel()).isEqualTo("In review (" + expected + ")");
        assertThat(expected).isGreaterThan(search.tabCounts().of(ArticleStatus.IN_REVIEW));
        assertThat(view.rowHref(rows.getFirst())).isEqualTo("articles/" + live.id() + "/next");

        com.github.mvysny.kaributesting.v10.GridKt._clickItem(view.grid, 0);

        assertThat(_get(NextVersionView.class)).isNotNull();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("articles/" + live.id() + "/next");
    }

    @Test
    void elsewhere_the_row_keeps_opening_the_published_article() {
        login("editor", "EDITOR");
        ArticleDetails live = nextInReview("Live in allen");

        UI.getCurrent().navigate("articles", QueryParameters.simple(Map.of("category", String.valueOf(category.id()))));
        ArticleListView view = _get(ArticleListView.class);

        ArticleListItem row = rows(view).stream().filter(r -> r.id().equals(live.id())).findFirst().orElseThrow();
        assertThat(row.nextInReview()).isTrue();
        assertThat(view.rowHref(row)).isEqualTo("articles/" + live.id());
    }

    @Test
    void the_dashboard_counts_a_next_version_in_review_and_links_to_it_in_german() {
        login("editor", "EDITOR");
        ArticleDetails live = nextInReview("Dashboard mit Fassung");
        // Oldest first: put this one at the head of the list whatever other tests left in review.
        jdbc.update("update article_next_version set updated_at = now() - interval '20 years' where article_id = ?",
                live.id());
        long reviews = jdbc.queryForObject("""
                select (select count(*) from article where status = 'IN_REVIEW')
                     + (select count(*) from article_next_version n join article a on a.id = n.article_id
                        where n.status = 'IN_REVIEW' and a.status = 'PUBLISHED')""", Long.class);
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("");

        var review = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("dashboard-editor-review"));
        Anchor link = _get(review, Anchor.class, spec -> spec.withText(live.title()));
        assertThat(link.getHref()).isEqualTo("articles/" + live.id() + "/next");
        assertThat(_get(Span.class, spec -> spec.withId("dashboard-editor-review-count")).getText())
                .isEqualTo(reviews > 999 ? "999+" : String.valueOf(reviews));
        Span meta = (Span) link.getParent().orElseThrow().getChildren().toList().get(1);
        assertThat(meta.getText()).endsWith("neue Fassung eines veröffentlichten Artikels");
    }

    @Test
    void the_next_version_shows_its_own_text_in_the_live_preview_and_follows_the_typing_in_both_languages() {
        login("editor", "EDITOR");
        ArticleDetails live = published("Live mit Vorschau");
        nextVersions.start(live.id(), live.version());

        navigate("articles/" + live.id() + "/next");
        NextVersionView view = _get(NextVersionView.class);
        ArticlePreview preview = view.preview();
        assertThat(_get(preview, com.vaadin.flow.component.html.H1.class).getText()).isEqualTo(live.title());
        assertThat(preview.bodyHtml()).contains("<h2>Zwischenzeile</h2>", "<p>Erster Absatz.</p>");
        assertThat(_get(view, com.vaadin.flow.component.tabs.TabSheet.class).getSelectedTab().getLabel())
                .isEqualTo("Preview");

        view.form().title.setValue("Die zweite Fassung");
        view.form().body.setValue("Neuer **fetter** Text.\n\n<script>alert(1)</script>");

        assertThat(_get(preview, com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("Die zweite Fassung");
        assertThat(preview.bodyHtml()).contains("<strong>fetter</strong>").doesNotContain("<script", "Zwischenzeile");
        // Readers still see the live text: nothing was saved.
        assertThat(editing.find(live.id()).orElseThrow().title()).isEqualTo(live.title());

        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("articles"); // navigating to the same address again would keep the English view
        // The typed text is not saved: leaving asks first (before, it was lost without a question), with the cursor
        // on "Bleiben"; "Verwerfen und verlassen" leaves.
        var leave = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class,
                spec -> spec.withId("next-leave-confirm"));
        assertThat(leave.getElement().hasAttribute(de.newsroom.console.base.ui.CancelFirst.ATTRIBUTE)).isTrue();
        assertThat(_get(NextVersionView.class).form().title.getValue()).isEqualTo("Die zweite Fassung");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(leave);
        assertThat(_find(NextVersionView.class)).isEmpty();
        navigate("articles/" + live.id() + "/next");
        NextVersionView german = _get(NextVersionView.class);
        assertThat(_get(german, com.vaadin.flow.component.tabs.TabSheet.class).getSelectedTab().getLabel())
                .isEqualTo("Vorschau");
        assertThat(_get(german.preview(), com.vaadin.flow.component.html.H1.class).getText()).isEqualTo(live.title());
        assertThat(_get(german.preview(), com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withClasses("article-preview-keywords")).getText()).isEqualTo("Schlagwörter: Test");
    }

    @Test
    void discarding_a_next_version_asks_with_the_cursor_on_cancel() {
        login("editor", "EDITOR");
        ArticleDetails live = published("Live mit Verwerfen");
        nextVersions.start(live.id(), live.version());
        navigate("articles/" + live.id() + "/next");

        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("next-discard")));
        var ask = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class,
                spec -> spec.withId("next-discard-confirm"));
        // The next version's text is gone once discarded: the cursor waits on Cancel, not on the red button.
        assertThat(ask.getElement().hasAttribute(de.newsroom.console.base.ui.CancelFirst.ATTRIBUTE)).isTrue();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(ask);
        assertThat(nextVersions.of(live.id())).isEmpty();
    }

    private ArticleDetails published(String title) {
        ArticleDetails a = editing.save(complete(title + " " + UUID.randomUUID().toString().substring(0, 6),
                category.id()));
        ArticleDetails review = workflow.transition(a.id(), a.version(), ArticleStatus.IN_REVIEW);
        return workflow.transition(a.id(), review.version(), ArticleStatus.PUBLISHED);
    }

    private ArticleDetails nextInReview(String title) {
        ArticleDetails live = published(title);
        NextVersion draft = nextVersions.start(live.id(), live.version());
        nextVersions.move(live.id(), draft.version(), ArticleStatus.IN_REVIEW);
        return live;
    }

    private static List<ArticleListItem> rows(ArticleListView view) {
        return view.grid.getDataProvider().fetch(new Query<>(0, 200, null, null, null)).toList();
    }
}
