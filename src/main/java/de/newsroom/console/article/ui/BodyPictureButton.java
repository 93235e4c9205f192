package de.newsroom.console.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import de.newsroom.console.base.markdown.MediaLinks;
import de.newsroom.console.media.MediaImage;
import de.newsroom.console.media.MediaService;
import de.newsroom.console.media.ui.MediaPickerDialog;
import tools.jackson.databind.JsonNode;

/**
 * "Insert picture": opens the library picker and writes {@code ![alt](media:42)} into the body, as a paragraph of its
 * own, where the cursor was when the text area lost the focus (or at the end).
 */
class BodyPictureButton extends Button {

    private final TextArea body;
    private final transient MediaService media;
    private Integer selectionStart;
    private Integer selectionEnd;

    BodyPictureButton(TextArea body, MediaService media) {
        this.body = body;
        this.media = media;
        setText(getTranslation("article.body.picture"));
        setIcon(VaadinIcon.PICTURE.create());
        setId("article-body-picture");
        addClickListener(e -> new MediaPickerDialog(media, this::insert).open());
        // The cursor is not a property Vaadin keeps; leaving the text area (e.g. for this button) reports it, with
        // the value, so the position refers to the text the server has.
        body.getElement().addEventListener("focusout", e -> {
            var data = e.getEventData();
            selectionStart = number(data.get("element.inputElement.selectionStart"));
            selectionEnd = number(data.get("element.inputElement.selectionEnd"));
        }).addEventData("element.inputElement.selectionStart").addEventData("element.inputElement.selectionEnd")
                .synchronizeProperty("value");
    }

    void insert(MediaImage picture) {
        String label = picture.altText().isBlank() ? picture.caption() : picture.altText();
        Insertion done = insert(body.getValue(), selectionStart, selectionEnd, MediaLinks.markdown(picture.id(), label));
        body.setValue(done.text());
        selectionStart = done.caret();
        selectionEnd = done.caret();
        body.focus();
    }

    /** The cursor position as the browser reported it (for tests). */
    void cursorAt(Integer start, Integer end) {
        selectionStart = start;
        selectionEnd = end;
    }

    record Insertion(String text, int caret) {
    }

    /**
     * {@code snippet} in place of the selection (or at the end without one), separated from the text around it by
     * blank lines so that it is a paragraph of its own and becomes a figure.
     */
    static Insertion insert(String text, Integer start, Integer end, String snippet) {
        String value = text == null ? "" : text;
        int s = start == null || start < 0 || start > value.length() ? value.length() : start;
        int e = end == null || end < s || end > value.length() ? s : end;
        String before = value.substring(0, s);
        String after = value.substring(e);
        String prefix = before.isEmpty() || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
        String suffix = after.isEmpty() || after.startsWith("\n\n") ? "" : after.startsWith("\n") ? "\n" : "\n\n";
        String inserted = prefix + snippet + suffix;
        return new Insertion(before + inserted + after, before.length() + prefix.length() + snippet.length());
    }

    private static Integer number(JsonNode json) {
        return json != null && json.isNumber() ? json.intValue() : null;
    }
}
