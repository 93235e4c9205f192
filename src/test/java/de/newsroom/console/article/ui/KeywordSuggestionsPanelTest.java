package de.newsroom.console.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import de.newsroom.console.KaribuTest;
import com.vaadin.flow.internal.StateNode;
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

    /**
     * A chip added by keyboard (Enter on the focused chip) passes the focus on: to the chip that takes its place,
     * at the end to the one before, and after the last chip to the tag field. Before, the removed chip took the
     * focus with it to the page (seen in Chromium: the active element was the body after Enter on a chip).
     */
    @Test
    void adding_a_chip_passes_the_focus_to_the_next_chip_then_the_tag_field() {
        login("editor", "EDITOR");
        navigate("articles/new");
        ArticleForm form = _get(ArticleEditorView.class).form();
        form.title.setValue(TITLE);
        form.body.setValue(BODY);
        form.suggestions.refreshNow();
        List<Button> offered = _find(form.suggestionChips, Button.class);
        assertThat(offered).hasSizeGreaterThanOrEqualTo(2);

        // Button.click, not _click: Karibu's round trip after _click throws the pending JavaScript calls away.
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        offered.get(0).click();
        assertThat(lastFocused()).isSameAs(offered.get(1).getElement().getNode());

        Button last = offered.get(offered.size() - 1);
        last.click();
        assertThat(lastFocused()).isSameAs(offered.get(offered.size() - 2).getElement().getNode());

        StateNode focused = null;
        for (Button chip : _find(form.suggestionChips, Button.class)) {
            chip.click();
            focused = lastFocused();
        }
        assertThat(_find(form.suggestionChips, Button.class)).isEmpty();
        assertThat(focused).isSameAs(form.tags.getElement().getNode());
        assertThat(form.tags.getValue()).hasSize(offered.size());
    }

    /** The node of the last component that asked the browser for a focus() since the last dump, or null. */
    private static StateNode lastFocused() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(i -> i.getInvocation().getExpression().contains(".focus("))
                .reduce((first, second) -> second).map(i -> i.getOwner()).orElse(null);
    }

    private static List<String> chips(ArticleForm form) {
        return _find(form.suggestionChips, Button.class).stream().map(Button::getText).toList();
    }
}
