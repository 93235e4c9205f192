package de.newsroom.console.media.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import de.newsroom.console.media.MediaException;
import de.newsroom.console.media.MediaLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * The Upload component as the library uses it: the server reads at most {@link MediaLimits#MAX_FILE_BYTES} + 1 bytes
 * of each file whatever the browser claims, the service decides, and a refusal is shown on the file in the user's
 * language. The file arrives on a request thread of its own, where no UI is current: texts are translated with the
 * owner's UI's locale explicitly ({@link #locale}), or they would come out in the server's default language.
 */
final class MediaUploads {

    /** What the view does with one received file; returns a refusal text, or null when it was accepted. */
    @FunctionalInterface
    interface Receiver {
        String receive(String fileName, byte[] bytes);
    }

    private MediaUploads() {
    }

    static Upload create(Component owner, boolean multiple, Receiver receiver) {
        UploadHandler handler = event -> handle(owner, event, receiver);
        Upload upload = new Upload(handler);
        upload.setMaxFileSize(MediaLimits.MAX_FILE_BYTES);
        upload.setMaxFiles(multiple ? 50 : 1);
        // Dropping stays the web component's choice: on a desktop it takes files dropped on it and says so ("Bilder
        // hierher ziehen"); on a touch device, which cannot drag files, it shows only its button. An explicit
        // setDropAllowed(true) set nodrop=false for every device, so a phone promised dragging at 390 px.
        upload.setI18n(i18n(owner));
        showRefusalOnTheFile(upload);
        return upload;
    }

    private static void handle(Component owner, UploadEvent event, Receiver receiver) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(MediaLimits.MAX_FILE_BYTES + 1);
        }
        String refusal = bytes.length > MediaLimits.MAX_FILE_BYTES
                ? owner.getTranslation(locale(owner), "media.error." + MediaException.Reason.TOO_LARGE_FILE.name())
                : receiver.receive(event.getFileName(), bytes);
        if (refusal != null) {
            event.reject(refusal);
        }
    }

    /**
     * The refused file's line says why: the server answers a refusal with 422 and the reason in JSON, which the
     * component would show as its generic "forbidden" text (written for a lost session: "sign in again").
     */
    private static void showRefusalOnTheFile(Upload upload) {
        upload.getElement().executeJs("""
                this.addEventListener('upload-error', e => {
                  const xhr = e.detail.xhr;
                  if (!xhr || xhr.status !== 422) return;
                  try {
                    const rejected = JSON.parse(xhr.responseText).rejected || [];
                    const mine = rejected.find(r => r.fileName === e.detail.file.name) || rejected[0];
                    if (mine && mine.reason) e.detail.file.error = mine.reason;
                  } catch (ignored) { /* not our JSON: keep the component's text */ }
                });""");
    }

    /** The user's language, also on the upload's request thread, where {@code UI.getCurrent()} is null. */
    static Locale locale(Component c) {
        return c.getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).map(UI::getLocale)
                .orElseGet(Locale::getDefault);
    }

    static UploadI18N i18n(Component c) {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(c.getTranslation("media.upload.one"))
                .setMany(c.getTranslation("media.upload.button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation("media.upload.dropOne"))
                .setMany(c.getTranslation("media.upload.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(c.getTranslation("media.upload.tooMany"))
                .setFileIsTooBig(c.getTranslation("media.error.TOO_LARGE_FILE"))
                .setIncorrectFileType(c.getTranslation("media.error.UNSUPPORTED_TYPE")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(c.getTranslation("media.upload.connecting"))
                        .setStalled(c.getTranslation("media.upload.stalled"))
                        .setProcessing(c.getTranslation("media.upload.processing"))
                        .setHeld(c.getTranslation("media.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(c.getTranslation("media.upload.remaining"))
                        .setUnknown(c.getTranslation("media.upload.unknownTime")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(c.getTranslation("media.upload.serverUnavailable"))
                        .setUnexpectedServerError(c.getTranslation("media.upload.unexpected"))
                        .setForbidden(c.getTranslation("media.upload.forbidden"))
                        .setFileTooLarge(c.getTranslation("media.error.TOO_LARGE_FILE"))));
        i18n.setFile(new UploadI18N.File().setRetry(c.getTranslation("media.upload.retry"))
                .setStart(c.getTranslation("media.upload.start"))
                .setRemove(c.getTranslation("media.upload.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return i18n;
    }

    /** The refusal text for a service exception, in the user's language. */
    static String message(Component c, MediaException e) {
        Locale locale = locale(c);
        return switch (e.reason()) {
            case IN_USE -> c.getTranslation(locale, "media.error.IN_USE", e.image() == null ? 1 : e.image().usage());
            case SAME_AS_OTHER -> c.getTranslation(locale, "media.error.SAME_AS_OTHER",
                    e.image() == null ? "" : MediaTexts.title(c, e.image()));
            default -> c.getTranslation(locale, "media.error." + e.reason().name());
        };
    }
}
