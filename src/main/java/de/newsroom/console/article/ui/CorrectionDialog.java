package de.newsroom.console.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import de.newsroom.console.article.ArticleConflictException;
import de.newsroom.console.article.ArticleCorrections;
import de.newsroom.console.article.ArticleDetails;
import de.newsroom.console.article.ArticleDraft;
import de.newsroom.console.article.ArticleWorkflowException;
import de.newsroom.console.article.FieldDiff;
import de.newsroom.console.base.ui.Notifications;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/**
 * "Publish correction": shows what goes live (the changes against the live text) and asks for the correction note
 * readers will see, previewed as it appears on the site ("Korrektur, 2. Dezember 2026: …"). Nothing is stored until
 * the editor confirms; a refusal keeps the dialog and the note as typed.
 */
class CorrectionDialog extends Dialog {

    final TextArea note = new TextArea();
    final Button publish = new Button();
    private final Span preview = new Span();

    /**
     * @param corrected the form's text, based on the live version the editor loaded
     * @param changes   the changes against the live text, field by field
     * @param done      shows the article as it is live now
     * @param conflict  shows a newer live version (someone saved or corrected meanwhile)
     */
    CorrectionDialog(ArticleCorrections corrections, ArticleDraft corrected, List<FieldDiff> changes, Instant today,
                     ZoneId zone, Consumer<ArticleDetails> done, Consumer<ArticleConflictException> conflict) {
        setId("article-correction-dialog");
        addClassName("article-correction-dialog");
        setHeaderTitle(getTranslation("article.correction.title"));
        setWidth("min(95vw, 48rem)");

        var intro = new Paragraph(getTranslation("article.correction.intro"));
        var changed = new Div();
        changed.setId("article-correction-changes");
        changed.addClassName("article-correction-changes");
        for (FieldDiff diff : changes) {
            if (diff.changed()) {
                changed.add(new H4(getTranslation("article.field." + diff.field().key())));
                var lines = new Div();
                lines.addClassName("article-diff-lines");
                diff.lines().forEach(line -> lines.add(DiffDialog.row(line)));
                changed.add(lines);
            }
        }

        note.setId("article-correction-note");
        note.setLabel(getTranslation("article.correction.note"));
        note.setHelperText(getTranslation("article.correction.note.help", ArticleCorrections.MAX_NOTE));
        note.setPlaceholder(getTranslation("article.correction.note.placeholder"));
        note.setMaxLength(ArticleCorrections.MAX_NOTE);
        note.setRequiredIndicatorVisible(true);
        note.setWidthFull();
        note.setMinHeight("6rem");
        note.setValueChangeMode(ValueChangeMode.LAZY);

        String date = DateTimeFormatter.ofPattern(getTranslation("article.correction.date-pattern"), getLocale())
                .withZone(zone).format(today);
        preview.setId("article-correction-preview");
        var previewBox = new Div(new Span(getTranslation("article.correction.preview") + " "), preview);
        previewBox.addClassName("article-correction-preview");
        note.addValueChangeListener(e -> {
            preview.setText(getTranslation("article.correction.line", date, e.getValue().strip()));
            note.setInvalid(false);
        });
        preview.setText(getTranslation("article.correction.line", date, "…"));

        add(intro, changed, note, previewBox);

        publish.setText(getTranslation("article.correction.publish"));
        publish.setId("article-correction-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        publish.addClickListener(e -> {
            if (note.getValue().isBlank()) {
                note.setErrorMessage(getTranslation("article.correction.error.note.required"));
                note.setInvalid(true);
                return;
            }
            try {
                ArticleDetails live = corrections.publish(corrected, note.getValue());
                close();
                done.accept(live);
                Notifications.success(getTranslation("article.correction.done")).setId("article-correction-done");
            } catch (ArticleConflictException ex) {
                close();
                conflict.accept(ex);
            } catch (ArticleWorkflowException ex) {
                String message = getTranslation(ex.messageKey(), ex.args());
                if ("note".equals(ex.field())) {
                    note.setErrorMessage(message);
                    note.setInvalid(true);
                } else {
                    Notifications.error(message);
                }
            }
        });
        var cancel = new Button(getTranslation("article.action.cancel"), e -> close());
        cancel.setId("article-correction-cancel");
        getFooter().add(cancel, publish);
    }
}
