package de.newsroom.console.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import de.newsroom.console.article.ArticleConflictException;
import de.newsroom.console.article.ArticleDetails;
import de.newsroom.console.article.ArticleDraft;
import de.newsroom.console.article.ArticleEditing;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The banner after a refused save: who saved in between and which fields both changed, with the diff between their
 * version and the form, "save mine over theirs" and "discard mine, load theirs". The form itself stays as typed.
 */
class ConflictPanel extends Div {

    private final ArticleEditing editing;
    private final ZoneId zone;
    private final Supplier<ArticleDraft> mine;
    private final Consumer<ArticleConflictException> keepMine;
    private final Consumer<ArticleDetails> takeTheirs;

    /**
     * @param mine       what the form holds now
     * @param keepMine   saves the form based on their version
     * @param takeTheirs loads their version into the form
     */
    ConflictPanel(ArticleEditing editing, ZoneId zone, Supplier<ArticleDraft> mine,
                  Consumer<ArticleConflictException> keepMine, Consumer<ArticleDetails> takeTheirs) {
        this.editing = editing;
        this.zone = zone;
        this.mine = mine;
        this.keepMine = keepMine;
        this.takeTheirs = takeTheirs;
        addClassName("article-conflict");
        setId("article-conflict");
        setVisible(false);
    }

    /** Shows the conflict and returns its message, for the notification. */
    String show(ArticleConflictException e) {
        var format = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        String fields = e.conflictingFields().stream().map(f -> getTranslation("article.field." + f.key()))
                .collect(Collectors.joining(", "));
        String message = getTranslation("article.conflict.message", e.savedBy(), format.format(e.savedAt()), fields);
        removeAll();
        var text = new Paragraph(message);
        text.setId("article-conflict-message");
        ArticleDraft typed = mine.get();
        var diff = new Button(getTranslation("article.conflict.diff"),
                ev -> new DiffDialog(getTranslation("article.conflict.diff.title"),
                        editing.diff(e.theirs().toDraft(), typed)).open());
        diff.setId("article-conflict-diff");
        var overwrite = new Button(getTranslation("article.conflict.keepMine"), ev -> {
            setVisible(false);
            keepMine.accept(e);
        });
        overwrite.setId("article-conflict-keep-mine");
        var discard = new Button(getTranslation("article.conflict.takeTheirs"), ev -> takeTheirs.accept(e.theirs()));
        discard.setId("article-conflict-take-theirs");
        add(text, new HorizontalLayout(diff, overwrite, discard));
        setVisible(true);
        return message;
    }

    void hide() {
        setVisible(false);
    }
}
