package de.newsroom.console.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.TaxonomyTestSecurity;
import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.media.MediaDetails;
import de.newsroom.console.media.MediaImage;
import de.newsroom.console.media.MediaService;
import de.newsroom.console.media.TestImages;
import de.newsroom.console.media.ui.MediaPickerDialog;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Bild einfügen": the library picker in the editor writes the picture into the body and the preview shows it. */
class BodyPictureViewTest extends KaribuTest {

    @Autowired MediaService media;

    String u;

    @BeforeEach
    void unique() {
        TaxonomyTestSecurity.useStrategyOf(ctx);
        u = Long.toString(System.nanoTime(), 36);
    }

    /** A search in the picker without hits says so (before: a bare header over white space). */
    @Test
    void the_picker_says_when_its_search_finds_nothing() {
        login("editor", "EDITOR");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("articles/new");
        _click(_get(Button.class, spec -> spec.withId("article-body-picture")));
        MediaPickerDialog picker = _get(MediaPickerDialog.class);
        _get(picker, TextField.class, spec -> spec.withId("media-picker-search")).setValue("nichts-" + u);
        @SuppressWarnings("unchecked")
        Grid<MediaImage> grid = _get(picker, Grid.class, spec -> spec.withId("media-picker-grid"));

        assertThat(GridKt._size(grid)).isZero();
        assertThat(grid.getEmptyStateText()).isEqualTo(
                "Keine Bilder gefunden. Ändern Sie die Suche oder laden Sie unter „Bilder“ neue hoch.");
    }

    @Test
    void the_picker_searches_the_library_and_inserts_the_picture_at_the_cursor_and_the_preview_shows_it() {
        MediaImage picture = SystemAuthentication.call(() -> {
            MediaImage m = media.upload("kran-" + u + ".jpg", TestImages.jpeg(900, 600)).image();
            return media.updateDetails(m.id(), m.version(),
                    new MediaDetails("Ein Kran am Hafen", "Kran " + u, "Foto: dpa", 0.5, 0.5));
        });
        login("editor", "EDITOR");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("articles/new");
        ArticleEditorView editor = _get(ArticleEditorView.class);
        editor.form().body.setValue("Erster Absatz.\nZweiter Satz.");
        Button insert = _get(Button.class, spec -> spec.withId("article-body-picture"));
        assertThat(insert.getText()).isEqualTo("Bild einfügen …");
        // The browser reported the cursor after "Erster Absatz." when the text area lost the focus.
        ((BodyPictureButton) insert).cursorAt(14, 14);

        _click(insert);
        MediaPickerDialog picker = _get(MediaPickerDialog.class);
        _get(picker, TextField.class, spec -> spec.withId("media-picker-search")).setValue("kran " + u);
        @SuppressWarnings("unchecked")
        Grid<MediaImage> grid = _get(picker, Grid.class, spec -> spec.withId("media-picker-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        GridKt._clickItem(grid, 0);

        assertThat(picker.isOpened()).isFalse();
        assertThat(editor.form().body.getValue()).isEqualTo("Erster Absatz.\n\n![Ein Kran am Hafen](media:"
                + picture.id() + ")\n\nZweiter Satz.");
        assertThat(editor.preview().bodyHtml())
                .contains("<p>Erster Absatz.</p>", "<p>Zweiter Satz.</p>", "<figure class=\"body-image\">",
                        "alt=\"Ein Kran am Hafen\"", "loading=\"lazy\"",
                        "<figcaption>Kran " + u + " <span class=\"credit\">Foto: dpa</span></figcaption>")
                .containsPattern("src=\"/media/[0-9a-f]{16}-640\\.jpg\"")
                .containsPattern("srcset=\"/media/[0-9a-f]{16}-320\\.jpg 320w");
        assertThat(editor.form().binder.hasChanges()).isTrue();
    }

    @Test
    void without_a_cursor_the_picture_goes_to_the_end_and_an_unknown_picture_shows_nothing() {
        MediaImage picture = SystemAuthentication.call(() -> media.upload("ende-" + u + ".jpg",
                TestImages.jpeg(400, 300)).image());
        login("editor", "EDITOR");
        navigate("articles/new");
        ArticleEditorView editor = _get(ArticleEditorView.class);
        editor.form().body.setValue("Text.\n\n![Gelöscht](media:999999999)");
        assertThat(editor.preview().bodyHtml()).isEqualTo("<p>Text.</p>\n");

        ((BodyPictureButton) _get(Button.class, spec -> spec.withId("article-body-picture"))).insert(picture);

        assertThat(editor.form().body.getValue()).endsWith("(media:999999999)\n\n![](media:" + picture.id() + ")");
        assertThat(editor.preview().bodyHtml()).contains("<figure class=\"body-image\">").doesNotContain("999999999");
    }

    @Test
    void insertion_makes_the_picture_a_paragraph_of_its_own() {
        assertThat(BodyPictureButton.insert("", null, null, "P").text()).isEqualTo("P");
        assertThat(BodyPictureButton.insert("Ab", 1, 1, "P")).isEqualTo(new BodyPictureButton.Insertion("A\n\nP\n\nb", 4));
        assertThat(BodyPictureButton.insert("A\n\nB", 3, 3, "P").text()).isEqualTo("A\n\nP\n\nB");
        assertThat(BodyPictureButton.insert("A\nB", 2, 2, "P").text()).isEqualTo("A\n\nP\n\nB");
        assertThat(BodyPictureButton.insert("Alt Neu", 0, 3, "P").text()).isEqualTo("P\n\n Neu");
        assertThat(BodyPictureButton.insert("A", 99, 120, "P").text()).isEqualTo("A\n\nP");
    }
}
