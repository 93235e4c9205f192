package de.newsroom.console.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.RouteMatrix;
import de.newsroom.console.article.ArticleDetails;
import de.newsroom.console.article.ArticleEditing;
import de.newsroom.console.article.ArticleNextVersions;
import de.newsroom.console.article.ArticleStatus;
import de.newsroom.console.article.ArticleTestData;
import de.newsroom.console.article.ArticleWorkflow;
import de.newsroom.console.category.CategoryService;
import java.util.UUID;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Renders every view in English and in German and fails when a visible text is the same in both: that is a text that
 * did not go through the bundles (an English default of a Vaadin component, a raw code, a hard-coded label).
 */
class BothLanguagesTest extends KaribuTest {

    /**
     * Words that are the same in both languages on purpose, and names. Each entry is a whole visible text.
     */
    private static final Set<String> SAME_IN_BOTH = Set.of(
            "Newsroom Console", "Moderation", "Spam", "Status", "E-Mail", "Anna Admin", "Deutsch", "English",
            "Slug", "Markdown", "CSV", "ID", "Admin", "Name", "Text (Markdown)", "Administration",
            // The editor's preview shows the article as readers see it: the reader site's first crumb in the reader
            // site's language (newsroom.reader.home-label), whatever the editor's language.
            "Startseite");

    @Autowired JdbcTemplate jdbc;
    @Autowired ArticleEditing editing;
    @Autowired ArticleWorkflow workflow;
    @Autowired ArticleNextVersions nextVersions;
    @Autowired CategoryService categories;

    @BeforeEach
    void useThisContextsSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(ctx.getBean(SecurityContextHolderStrategy.class));
        // The layout applies a remembered language over the browser's; this test sets the language itself.
        jdbc.update("update app_user set locale = null where username = 'admin'");
    }

    @Test
    void no_view_shows_the_same_text_in_english_and_german() {
        List<String> offences = new ArrayList<>();
        for (RouteMatrix.Row row : RouteMatrix.ROWS) {
            if (row.roles().isEmpty()) {
                continue; // the login view has no session user; LoginViewTest covers its languages
            }
            String path = row.path().equals("articles/:id(\\d+)/next") ? nextVersionPath()
                    : row.path().replace(":id(\\d+)", "0").replace("articles/0", "articles/new");
            Set<String> english = textsOf(path, Locale.ENGLISH);
            Set<String> german = textsOf(path, Locale.GERMAN);
            for (String text : english) {
                if (german.contains(text) && !SAME_IN_BOTH.contains(text) && !isStoredData(text)) {
                    offences.add("/" + path + ": \"" + text + "\"");
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    /**
     * What other tests stored in the shared database (titles, slugs, leads, category paths, names, comments) is data and the
     * same in any language: a text that is or contains such a value is not a missed translation.
     */
    private boolean isStoredData(String text) {
        Boolean stored = jdbc.queryForObject("""
                with t as (select ?::text as v)
                select exists (select 1 from article, t where length(title) >= 3
                                   and (strpos(t.v, title) > 0 or strpos(t.v, slug) > 0))
                    or exists (select 1 from article, t where length(lead) >= 3 and strpos(t.v, lead) > 0)
                    or exists (select 1 from category, t where length(name) >= 3
                                   and (strpos(t.v, name) > 0 or strpos(t.v, slug) > 0 or strpos(t.v, path) > 0))
                    or exists (select 1 from tag, t where length(name) >= 3 and strpos(t.v, name) > 0)
                    or exists (select 1 from app_user, t where length(display_name) >= 3
                                   and (strpos(t.v, display_name) > 0 or strpos(t.v, username) > 0))
                    or exists (select 1 from comment, t where author_name = t.v or strpos(body, t.v) = 1)""",
                Boolean.class, text);
        return Boolean.TRUE.equals(stored);
    }

    @Test
    void the_check_sees_labels_texts_and_grid_headers() {
        Set<String> texts = textsOf("tags", Locale.GERMAN);
        assertThat(texts).contains("Schlagwörter");
        assertThat(isStoredData("Seite nicht gefunden")).isFalse();
    }

    /** The new version of a live article: the view exists only for one (an unknown id is "not found"). */
    private String nextVersionPath() {
        login("editor", "EDITOR");
        var category = ArticleTestData.category(categories, "Zweisprachig");
        ArticleDetails saved = editing.save(ArticleTestData.complete("Zweisprachig " + UUID.randomUUID(), category.id()));
        ArticleDetails review = workflow.transition(saved.id(), saved.version(), ArticleStatus.IN_REVIEW);
        ArticleDetails live = workflow.transition(review.id(), review.version(), ArticleStatus.PUBLISHED);
        nextVersions.start(live.id(), live.version());
        return "articles/" + live.id() + "/next";
    }

    /** A fresh UI per language: navigating to the same address again would keep the view rendered before. */
    private Set<String> textsOf(String path, Locale locale) {
        tearDownVaadin();
        setUpVaadin();
        UI.getCurrent().setLocale(locale);
        login("admin", "ADMIN");
        navigate(path);
        Set<String> texts = new TreeSet<>();
        for (Component c : _find(Component.class)) {
            Element e = c.getElement();
            add(texts, e.getText());
            for (String property : List.of("label", "placeholder", "helperText", "title", "accessibleName")) {
                add(texts, e.getProperty(property));
                add(texts, e.getAttribute(property));
            }
            add(texts, e.getAttribute("aria-label"));
            if (c instanceof Grid<?> grid) {
                grid.getColumns().forEach(col -> add(texts, col.getHeaderText()));
            }
        }
        return new LinkedHashSet<>(texts);
    }

    private static void add(Set<String> texts, String text) {
        // A single letter is a keyboard shortcut or the logo's initial, the same in every language.
        if (text != null && text.strip().codePointCount(0, text.strip().length()) > 1
                && text.strip().codePoints().anyMatch(Character::isLetter)) {
            texts.add(text.strip());
        }
    }
}
