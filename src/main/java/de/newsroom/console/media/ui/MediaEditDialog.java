package de.newsroom.console.media.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import de.newsroom.console.base.ui.CancelFirst;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.media.MediaDetails;
import de.newsroom.console.media.MediaException;
import de.newsroom.console.media.MediaImage;
import de.newsroom.console.media.MediaLimits;
import de.newsroom.console.media.MediaService;
import java.text.NumberFormat;

/** Edits one picture: alt text, caption, credit, focal point; replaces its file; deletes it when nothing uses it. */
class MediaEditDialog extends Dialog {

    final TextArea alt = new TextArea();
    final TextArea caption = new TextArea();
    final TextField credit = new TextField();
    final IntegerField focalX = new IntegerField();
    final IntegerField focalY = new IntegerField();
    final Button save = new Button();
    final Button delete = new Button();
    /** Why Delete is grey: a disabled button shows no tooltip, and a phone has no hover. */
    final Paragraph inUse = new Paragraph();
    final FocalPointPicker focal = new FocalPointPicker(focalX, focalY);
    private final transient MediaService media;
    private final Runnable afterChange;
    private MediaImage image;

    MediaEditDialog(MediaService media, MediaImage image, Runnable afterChange) {
        this.media = media;
        this.image = image;
        this.afterChange = afterChange;
        setHeaderTitle(getTranslation("media.edit.title"));
        setId("media-edit-dialog");
        addClassName("media-edit-dialog");
        setWidth("min(40rem, 100vw)");

        // Kilobytes below one megabyte: a small picture said "0 MB".
        String bytes = image.byteSize() < 1024 * 1024
                ? getTranslation("media.size.kb", Math.max(1, Math.round(image.byteSize() / 1024.0)))
                : getTranslation("media.size.mb", NumberFormat.getNumberInstance(getLocale())
                        .format(Math.round(image.byteSize() / 104857.6) / 10.0));
        var size = new Paragraph(getTranslation("media.size", image.width(), image.height(), bytes));
        size.addClassName("media-size");
        inUse.setId("media-in-use");
        inUse.addClassName("media-in-use");

        alt.setLabel(getTranslation("media.alt"));
        alt.setHelperText(getTranslation("media.alt.help"));
        alt.setMaxLength(MediaLimits.ALT_TEXT);
        alt.setId("media-alt");
        // The field a picture most often lacks, and the first one: the cursor waits there, not on the dialog.
        alt.setAutofocus(true);
        caption.setLabel(getTranslation("media.caption"));
        caption.setMaxLength(MediaLimits.CAPTION);
        caption.setId("media-caption");
        credit.setLabel(getTranslation("media.credit"));
        credit.setHelperText(getTranslation("media.credit.help"));
        credit.setMaxLength(MediaLimits.CREDIT);
        credit.setId("media-credit");
        for (IntegerField f : new IntegerField[] {focalX, focalY}) {
            f.setMin(0);
            f.setMax(100);
            f.setStepButtonsVisible(true);
            f.setHelperText(getTranslation("media.focal.help"));
        }
        focalX.setLabel(getTranslation("media.focalX"));
        focalX.setId("media-focal-x");
        focalY.setLabel(getTranslation("media.focalY"));
        focalY.setId("media-focal-y");
        for (var field : new com.vaadin.flow.component.HasSize[] {alt, caption, credit, focalX, focalY}) {
            field.setWidthFull();
        }
        show(image);

        Upload replace = MediaUploads.create(this, false, this::replace);
        replace.setId("media-replace");
        replace.setI18n(MediaUploads.i18n(this).setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles()
                .setOne(getTranslation("media.replace")).setMany(getTranslation("media.replace"))));
        add(focal, size, inUse, alt, caption, credit, focalX, focalY, replace);

        save.setText(getTranslation("media.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("media-save");
        save.addClickListener(e -> save());
        delete.setText(getTranslation("media.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("media-delete");
        delete.addClickListener(e -> confirmDelete());
        var cancel = new Button(getTranslation("media.cancel"), e -> closeAsked());
        cancel.setId("media-cancel");
        getFooter().add(delete, cancel, save);
        // Escape, a click outside and Cancel ask before typed texts are thrown away (with a listener here, the
        // dialog no longer closes by itself).
        addDialogCloseActionListener(e -> closeAsked());
    }

    /** Whether the fields differ from the picture as last saved. */
    boolean changed() {
        return !alt.getValue().equals(image.altText()) || !caption.getValue().equals(image.caption())
                || !credit.getValue().equals(image.credit())
                || !java.util.Objects.equals(focalX.getValue(), (int) Math.round(image.focalX() * 100))
                || !java.util.Objects.equals(focalY.getValue(), (int) Math.round(image.focalY() * 100));
    }

    /** Closes at once when nothing was changed; otherwise asks whether to discard the changes, keeping them by default. */
    void closeAsked() {
        if (!changed()) {
            close();
            return;
        }
        var confirm = new ConfirmDialog(getTranslation("media.discard.title"), getTranslation("media.discard.text"),
                getTranslation("media.discard.confirm"), e -> close(), getTranslation("media.discard.keep"), e -> { });
        confirm.setConfirmButtonTheme("error primary");
        CancelFirst.apply(confirm);
        confirm.setId("media-discard-dialog");
        confirm.open();
    }

    private void show(MediaImage current) {
        this.image = current;
        alt.setValue(current.altText());
        caption.setValue(current.caption());
        credit.setValue(current.credit());
        focalX.setValue((int) Math.round(current.focalX() * 100));
        focalY.setValue((int) Math.round(current.focalY() * 100));
        // The full frame (the thumbnail is the square crop): the focal point is chosen on the whole picture.
        var full = media.published(java.util.List.of(current.id())).get(current.id());
        focal.show(full == null ? current.thumbnailUrl() : full.url(), full == null ? null : full.srcset(),
                current.altText());
        delete.setEnabled(current.usage() == 0);
        inUse.setText(current.usage() == 0 ? "" : getTranslation("media.error.IN_USE", current.usage()));
        inUse.setVisible(current.usage() > 0);
    }

    void save() {
        Integer x = focalX.getValue();
        Integer y = focalY.getValue();
        try {
            MediaImage saved = media.updateDetails(image.id(), image.version(), new MediaDetails(alt.getValue(),
                    caption.getValue(), credit.getValue(), x == null ? 50 / 100d : x / 100d,
                    y == null ? 50 / 100d : y / 100d));
            show(saved);
            Notifications.success(getTranslation("media.saved"));
            close();
            afterChange.run();
        } catch (MediaException e) {
            Notifications.error(MediaUploads.message(this, e));
            if (e.reason() == MediaException.Reason.STALE || e.reason() == MediaException.Reason.NOT_FOUND) {
                close();
                afterChange.run();
            }
        }
    }

    private String replace(String fileName, byte[] bytes) {
        try {
            MediaImage replaced = media.replace(image.id(), image.version(), fileName, bytes);
            getUI().ifPresent(ui -> ui.access(() -> {
                show(replaced);
                Notifications.success(getTranslation("media.replaced"));
                afterChange.run();
            }));
            return null;
        } catch (MediaException e) {
            return MediaUploads.message(this, e);
        }
    }

    private void confirmDelete() {
        var confirm = new ConfirmDialog(getTranslation("media.delete.title", MediaTexts.title(this, image)),
                getTranslation("media.delete.text"), getTranslation("media.delete"), e -> delete(),
                getTranslation("media.cancel"), e -> { });
        confirm.setConfirmButtonTheme("error primary");
        CancelFirst.apply(confirm);
        confirm.setId("media-delete-dialog");
        confirm.open();
    }

    void delete() {
        try {
            media.delete(image.id(), image.version());
            Notifications.success(getTranslation("media.deleted"));
        } catch (MediaException e) {
            Notifications.error(MediaUploads.message(this, e));
        }
        close();
        afterChange.run();
    }
}
