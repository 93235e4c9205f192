package de.newsroom.console.media.ui;

import com.vaadin.flow.component.Component;
import de.newsroom.console.media.MediaImage;

/** How a picture is named to editors: its caption, else its file name, else its number. */
final class MediaTexts {

    private MediaTexts() {
    }

    static String title(Component c, MediaImage image) {
        if (!image.caption().isBlank()) {
            return image.caption();
        }
        if (!image.fileName().isBlank()) {
            return image.fileName();
        }
        return c.getTranslation(MediaUploads.locale(c), "media.unnamed", image.id());
    }
}
