package de.newsroom.console.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.tag.keyword.KeywordSuggestion;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class KeywordSuggestionsPanelTest extends KaribuTest {

    private static final String TITLE = "Wohnungsnot: Hamburg baut neue Sozialwohnungen in Wilhelmsburg";
    private static final String BODY = """
            Der Senat will, dass in Wilhelmsburg mehr Sozialwohnungen entstehen. Senatorin Karen Pein sagte, die \
            Wohnungsnot in Hamburg lasse sich nur mit Neubau lösen. Pein kündigte eine Bürgerversammlung an.
            """;

    @Test
    void chips_appear_by_themselves_a_moment_after_the_editor_stops_writing() throws Exception {
        login("editor", "EDITOR");
        navigate("articles/new");
        ArticleForm form = _get(ArticleEditorView.class).form();

        long start = System.nanoTime();
        form.title.setValue(TITLE);
        form.body.setValue(BODY);
        assertThat(chips(form)).as("nothing before the pause").isEmpty();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (chips(form).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat((System.nanoTime() - start) / 1e9).as("debounced").isGreaterThanOrEqualTo(1.4);
        assertThat(chips(form)).contains("Wohnungsnot", "Hamburg", "Karen Pein")
                .doesNotContain("Karen", "Pein", "Senatorin Karen Pein");
    }

    @Test
    void a_later_change_replaces_the_chips_computed_off_the_request_thread() throws Exception {
        login("editor", "EDITOR");
        navigate("articles/new");
        ArticleForm form = _get(ArticleEditorView.class).form();
        form.title.setValue(TITLE);
        form.body.setValue(BODY);

        List<KeywordSuggestion> found = form.suggestions.refreshLater(Duration.ZERO).get(10, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip(false);
        assertThat(found).extracting(KeywordSuggestion::name).contains("Sozialwohnungen");
        assertThat(chips(form)).contains("Sozialwohnungen");

        form.title.setValue("Derbysieg: FC St. Pauli schlägt den Hamburger SV");
        form.body.setValue("Der FC St. Pauli gewinnt das Derby gegen den Hamburger SV. Das Derby war laut.");
        form.suggestions.refreshLater(Duration.ZERO).get(10, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip(false);
        assertThat(chips(form)).contains("FC St. Pauli", "Hamburger SV").doesNotContain("Sozialwohnungen", "FC",
                "Pauli");
    }

    private static List<String> chips(ArticleForm form) {
        return _find(form.suggestionChips, Button.class).stream().map(Button::getText).toList();
    }
}
