package de.newsroom.console.article.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.newsroom.console.tag.TagKeys;
import de.newsroom.console.tag.TagRef;
import de.newsroom.console.tag.TagService;
import de.newsroom.console.tag.keyword.KeywordSuggestion;
import de.newsroom.console.tag.keyword.KeywordSuggestionService;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The keyword chips under the tag field. They refresh by themselves while the editor writes: 1.5 s after the last
 * change of headline, lead or body the suggestions are computed off the request thread and pushed to the browser
 * (the app has {@code @Push}); the button refreshes at once. One click on a chip (or Enter/Space) adds its keyword to the
 * tags; the focus moves on to the next chip.
 */
class KeywordSuggestionsPanel extends Div {

    static final Duration DEBOUNCE = Duration.ofMillis(1500);

    // Two daemon threads for all editors: a suggestion takes a few milliseconds, and a slow one only delays chips.
    private static final ScheduledExecutorService EXECUTOR = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "keyword-suggestions");
        t.setDaemon(true);
        return t;
    });

    record Text(String title, String lead, String body) {
    }

    final Div chips = new Div();
    private final Button suggest = new Button();
    private final KeywordSuggestionService suggestions;
    private final TagService tagService;
    private final MultiSelectComboBox<TagRef> tags;
    private final Supplier<Text> text;
    private CompletableFuture<List<KeywordSuggestion>> pending;

    KeywordSuggestionsPanel(KeywordSuggestionService suggestions, TagService tagService,
            MultiSelectComboBox<TagRef> tags, Supplier<Text> text) {
        this.suggestions = suggestions;
        this.tagService = tagService;
        this.tags = tags;
        this.text = text;
        addClassName("keyword-suggestion-row");
        suggest.setText(getTranslation("article.suggest.action"));
        suggest.setId("article-suggest");
        suggest.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        suggest.addClickListener(e -> refreshNow());
        chips.addClassName("keyword-suggestions");
        chips.setId("article-suggestions");
        add(suggest, chips);
    }

    /** Computes the suggestions on the request thread and shows them. */
    void refreshNow() {
        cancelPending();
        Text t = text.get();
        show(suggestions.suggest(t.title(), t.lead(), t.body(), KeywordSuggestionService.MAX_SUGGESTIONS));
    }

    /** Called on every change of the text: the latest change wins, earlier pending refreshes are dropped. */
    void textChanged() {
        refreshLater(DEBOUNCE);
    }

    /**
     * Recomputes the suggestions after {@code delay} on a background thread, as the signed-in editor, and pushes
     * them to this UI; the returned future completes with what was computed (for tests).
     */
    CompletableFuture<List<KeywordSuggestion>> refreshLater(Duration delay) {
        cancelPending();
        UI ui = UI.getCurrent();
        if (ui == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        Text t = text.get();
        SecurityContext security = SecurityContextHolder.getContext();
        Executor later = CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS, EXECUTOR);
        CompletableFuture<List<KeywordSuggestion>> future = CompletableFuture.supplyAsync(() -> {
            SecurityContext before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            try {
                return suggestions.suggest(t.title(), t.lead(), t.body(), KeywordSuggestionService.MAX_SUGGESTIONS);
            } finally {
                SecurityContextHolder.setContext(before);
            }
        }, later);
        pending = future;
        // The returned future completes once the chips are handed to the UI, so a caller waiting on it (a test)
        // finds the update queued for the next round trip.
        return future.thenApply(found -> {
            try {
                ui.access(() -> {
                    if (pending == future) {
                        show(found);
                    }
                });
            } catch (UIDetachedException gone) {
                // The editor left; nobody is waiting for these chips.
            }
            return found;
        });
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        cancelPending();
        super.onDetach(event);
    }

    /** Shows the suggestions not yet among the article's tags as chips. */
    void show(List<KeywordSuggestion> found) {
        chips.removeAll();
        var chosen = tags.getValue().stream().map(t -> TagKeys.key(t.name())).collect(Collectors.toSet());
        var offered = found.stream().filter(k -> !chosen.contains(TagKeys.key(k.name()))).toList();
        if (offered.isEmpty()) {
            chips.add(new Span(getTranslation("article.suggest.none")));
            return;
        }
        for (KeywordSuggestion keyword : offered) {
            var chip = new Button(keyword.name(), VaadinIcon.PLUS.create());
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            chip.addClassName(keyword.existingTagId() == null ? "suggestion-new" : "suggestion-existing");
            chip.getElement().setAttribute("title", getTranslation(keyword.existingTagId() == null
                    ? "article.suggest.new" : "article.suggest.existing"));
            chip.addClickListener(e -> {
                var value = new LinkedHashSet<>(tags.getValue());
                value.add(keyword.existingTagId() != null ? new TagRef(keyword.existingTagId(), keyword.name())
                        : tagService.findExisting(keyword.name()).orElse(new TagRef(null, keyword.name())));
                tags.setValue(value);
                keepFocusAfter(chip);
            });
            chips.add(chip);
        }
    }

    /**
     * Removes an added chip and gives the keyboard focus to the chip that takes its place, else the one before it,
     * else the tag field: the chip had the focus (Enter or Space on it), and removing it left the focus on the page,
     * so the next Enter added nothing and a screen reader lost its place.
     */
    private void keepFocusAfter(Button added) {
        List<Button> left = chips.getChildren().filter(Button.class::isInstance).map(Button.class::cast).toList();
        int at = left.indexOf(added);
        chips.remove(added);
        if (at + 1 < left.size()) {
            left.get(at + 1).focus();
        } else if (at > 0) {
            left.get(at - 1).focus();
        } else {
            tags.focus();
        }
    }
}
