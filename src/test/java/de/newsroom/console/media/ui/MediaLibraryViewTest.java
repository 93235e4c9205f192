package de.newsroom.console.media.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.TaxonomyTestSecurity;
import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.media.MediaDetails;
import de.newsroom.console.media.MediaImage;
import de.newsroom.console.media.MediaService;
import de.newsroom.console.media.TestImages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

class MediaLibraryViewTest extends KaribuTest {

    @Autowired MediaService media;

    String u;

    @BeforeEach
    void unique() {
        TaxonomyTestSecurity.useStrategyOf(ctx);
        u = Long.toString(System.nanoTime(), 36);
    }

    @Test
    void a_moderator_cannot_open_the_library() {
        login("moderator", "MODERATOR");
        assertThatThrownBy(() -> navigate("media")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void uploads_show_one_line_per_file_with_refusals_in_german() {
        login("editor", "EDITOR");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("media");
        MediaLibraryView view = _get(MediaLibraryView.class);
        byte[] jpeg = TestImages.jpeg(640, 480);

        String accepted = view.receive("hafen.jpg", jpeg);
        String again = view.receive("hafen-kopie.jpg", jpeg);
        String svg = view.receive("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
                .getBytes(StandardCharsets.UTF_8));
        String bomb = view.receive("bombe.png", TestImages.pngHeaderClaiming(30_000, 30_000));

        assertThat(accepted).isNull();
        assertThat(again).isNull();
        assertThat(svg).isEqualTo("SVG-Grafiken werden nicht angenommen, weil sie Skripte enthalten können. "
                + "Bitte stattdessen als PNG hochladen.");
        assertThat(bomb).contains("40 Megapixel");
        List<String> lines = view.results.getChildren().map(c -> ((Paragraph) c).getText()).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).isEqualTo("hafen.jpg: hochgeladen.");
        assertThat(lines.get(2)).startsWith("hafen-kopie.jpg: schon in der Bibliothek als „hafen.jpg“");
        assertThat(lines.get(1)).startsWith("logo.svg: SVG-Grafiken");
    }

    /**
     * A real upload arrives on a request thread of its own, where no UI is current and the session is not locked:
     * the lines and refusals still come in the user's language (before, a German editor read "notes.txt: Only JPEG,
     * PNG and WebP pictures are accepted." and "hafen.jpg: uploaded.").
     */
    @Test
    void an_upload_on_its_own_request_thread_answers_in_the_users_language() throws Exception {
        login("editor", "EDITOR");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("media");
        MediaLibraryView view = _get(MediaLibraryView.class);
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        var service = com.vaadin.flow.server.VaadinService.getCurrent();
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        String[] refusals = new String[2];
        // As Vaadin runs an upload: service and session current, no UI, no session lock.
        Thread request = new Thread(() -> {
            com.vaadin.flow.server.VaadinService.setCurrent(service);
            com.vaadin.flow.server.VaadinSession.setCurrent(session);
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(auth);
            assertThat(UI.getCurrent()).isNull();
            refusals[0] = view.receive("notizen-" + u + ".txt", "Hallo".getBytes(StandardCharsets.UTF_8));
            refusals[1] = view.receive("hafen-" + u + ".jpg", TestImages.jpeg(641, 481));
        });
        request.start();
        request.join();
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);

        assertThat(refusals[0]).isEqualTo("Nur JPEG-, PNG- und WebP-Bilder werden angenommen.");
        assertThat(refusals[1]).isNull();
        List<String> lines = view.results.getChildren().map(c -> ((Paragraph) c).getText()).toList();
        assertThat(lines).containsExactly("hafen-" + u + ".jpg: hochgeladen.",
                "notizen-" + u + ".txt: Nur JPEG-, PNG- und WebP-Bilder werden angenommen.");
    }

    @Test
    void search_by_caption_and_credit_finds_the_picture_with_its_usage() {
        MediaImage image = SystemAuthentication.call(() -> {
            MediaImage m = media.upload("x.jpg", TestImages.jpeg(500, 300)).image();
            m = media.updateDetails(m.id(), m.version(),
                    new MediaDetails("Ein Boot", "Fähre " + u, "Foto: Agentur " + u, 0.5, 0.5));
            media.setUsage("article:77" + Math.abs(u.hashCode() % 1000), List.of(m.id()));
            return m;
        });
        login("editor", "EDITOR");
        navigate("media");
        MediaLibraryView view = _get(MediaLibraryView.class);

        view.search.setValue("fähre " + u);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).usage()).isEqualTo(1);
        view.search.setValue("agentur " + u);
        assertThat(GridKt._fetch(view.grid, 0, 10)).extracting(MediaImage::id).containsExactly(image.id());
        view.search.setValue("nirgends " + u);
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void the_first_screen_of_thumbnails_goes_out_with_the_view_not_after_a_round_trip_of_the_browser() throws Exception {
        MediaImage image = SystemAuthentication.call(() -> media.upload("erst-" + u + ".jpg",
                TestImages.jpeg(640, 400)).image());
        login("editor", "EDITOR");
        navigate("media");
        MediaLibraryView view = _get(MediaLibraryView.class);

        // The answer to the navigation, before the browser has rendered the grid or asked for a row: Vaadin's grid
        // sends its first page with the view. A data source or grid that waited for the browser to ask would cost a
        // round trip after the bundle's start before the first thumbnail could be requested.
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        assertThat(view.grid.getDataCommunicator().isItemActive(media.find(image.id()).orElseThrow()))
                .as("the newest picture sent with the view").isTrue();
        assertThat(view.grid.getPageSize()).isEqualTo(MediaLibraryView.PAGE_SIZE);
        // The grid renders only rows in and near view: lazy loading would only make the browser wait for a layout.
        var picture = view.grid.getColumnByKey("picture").getRenderer();
        var template = com.vaadin.flow.data.renderer.LitRenderer.class.getDeclaredMethod("getTemplateExpression");
        template.setAccessible(true);
        assertThat((String) template.invoke(picture)).contains("media-thumb", "${item.thumb}")
                .doesNotContain("loading=");
    }

    @Test
    void the_edit_dialog_saves_texts_and_focal_point_and_refuses_to_delete_a_used_picture() {
        MediaImage image = SystemAuthentication.call(() -> media.upload("e.jpg", TestImages.jpeg(800, 400)).image());
        login("editor", "EDITOR");
        navigate("media");
        var dialog = new MediaEditDialog(media, image, () -> { });
        dialog.open();
        // The cursor waits in the alt text; a picture below a megabyte gives its size in KB, not as "0 MB".
        assertThat(dialog.alt.isAutofocus()).isTrue();
        assertThat(_get(dialog, com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("media-size"))
                .getText()).matches("800 × 400 pixels, \\d+ KB");

        dialog.alt.setValue("Ein Leuchtturm an der Küste");
        dialog.caption.setValue("Leuchtturm " + u);
        dialog.credit.setValue("Foto: dpa");
        dialog.focalX.setValue(80);
        dialog.save();

        MediaImage saved = media.find(image.id()).orElseThrow();
        assertThat(saved.altText()).isEqualTo("Ein Leuchtturm an der Küste");
        assertThat(saved.credit()).isEqualTo("Foto: dpa");
        assertThat(saved.focalX()).isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(saved.renditionKey()).isNotEqualTo(image.renditionKey());

        SystemAuthentication.run(() -> media.setUsage("article:881" + Math.abs(u.hashCode() % 1000),
                List.of(image.id())));
        var used = new MediaEditDialog(media, media.find(image.id()).orElseThrow(), () -> { });
        assertThat(used.delete.isEnabled()).isFalse();
        // The grey Delete says why in plain sight: a disabled button shows no tooltip, and phones have no hover.
        assertThat(used.inUse.isVisible()).isTrue();
        assertThat(used.inUse.getText()).isEqualTo("This picture is still used by 1 article and cannot be deleted.");
        used.delete();
        assertThat(media.find(image.id())).isPresent();
    }

    @Test
    void a_click_on_the_whole_picture_sets_the_focal_point_and_the_marker_follows_the_fields() {
        MediaImage image = SystemAuthentication.call(() -> media.upload("f.jpg", TestImages.jpeg(800, 400)).image());
        login("editor", "EDITOR");
        navigate("media");
        var dialog = new MediaEditDialog(media, image, () -> { });
        dialog.open();
        // The full frame, not the square thumbnail: the point is chosen on the whole picture.
        assertThat(dialog.focal.picture.getSrc()).matches("/media/[0-9a-f]{16}-640\\.jpg");
        assertThat(dialog.focal.marker.getStyle().get("left")).isEqualTo("50%");

        // Shown 400 × 200 pixels, clicked 300 px from the left and 50 px from the top.
        BasicUtilsKt._fireDomEvent(dialog.focal.picture, "click", JsonNodeFactory.instance.objectNode()
                .put("event.offsetX", 300).put("event.offsetY", 50)
                .put("element.clientWidth", 400).put("element.clientHeight", 200));

        assertThat(dialog.focalX.getValue()).isEqualTo(75);
        assertThat(dialog.focalY.getValue()).isEqualTo(25);
        assertThat(dialog.focal.marker.getStyle().get("left")).isEqualTo("75%");
        assertThat(dialog.focal.marker.getStyle().get("top")).isEqualTo("25%");
        dialog.focalY.setValue(90);
        assertThat(dialog.focal.marker.getStyle().get("top")).isEqualTo("90%");
        dialog.focal.click(-5, 500, 400, 200);
        assertThat(dialog.focalX.getValue()).isZero();
        assertThat(dialog.focalY.getValue()).isEqualTo(100);
        dialog.focal.click(300, 20, 400, 200);

        dialog.save();
        MediaImage saved = media.find(image.id()).orElseThrow();
        assertThat(saved.focalX()).isEqualTo(0.75, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(saved.focalY()).isEqualTo(0.10, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void escape_or_cancel_asks_before_typed_texts_are_thrown_away_and_keeps_them_by_default() {
        MediaImage image = SystemAuthentication.call(() -> media.upload("g.jpg", TestImages.jpeg(300, 300)).image());
        login("editor", "EDITOR");
        navigate("media");
        UI.getCurrent().setLocale(Locale.GERMAN);

        // Nothing changed: Escape closes at once.
        var untouched = new MediaEditDialog(media, image, () -> { });
        untouched.open();
        escape(untouched);
        assertThat(untouched.isOpened()).isFalse();

        var dialog = new MediaEditDialog(media, image, () -> { });
        dialog.open();
        dialog.alt.setValue("Zwei Kraniche über einem Moor");
        escape(dialog);
        assertThat(dialog.isOpened()).isTrue();
        var ask = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class,
                spec -> spec.withId("media-discard-dialog"));
        assertThat(ask.getElement().getProperty("header")).isEqualTo("Änderungen verwerfen?");
        // Enter out of habit keeps editing: the cursor waits on "Weiter bearbeiten".
        assertThat(ask.getElement().hasAttribute(de.newsroom.console.base.ui.CancelFirst.ATTRIBUTE)).isTrue();
        com.vaadin.flow.component.ComponentUtil.fireEvent(ask,
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog.CancelEvent(ask, true));
        ask.close(); // what the browser does after the click
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.alt.getValue()).isEqualTo("Zwei Kraniche über einem Moor");

        _click(_get(dialog, com.vaadin.flow.component.button.Button.class, spec -> spec.withId("media-cancel")));
        var again = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class,
                spec -> spec.withId("media-discard-dialog"));
        com.vaadin.flow.component.ComponentUtil.fireEvent(again,
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(again, true));
        again.close();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(media.find(image.id()).orElseThrow().altText()).isEqualTo(image.altText());
    }

    private static void escape(com.vaadin.flow.component.dialog.Dialog dialog) {
        com.vaadin.flow.component.ComponentUtil.fireEvent(dialog,
                new com.vaadin.flow.component.dialog.Dialog.DialogCloseActionEvent(dialog, true));
    }

    @Test
    void an_unused_picture_is_deleted_from_the_dialog() {
        MediaImage image = SystemAuthentication.call(() -> media.upload("d.jpg", TestImages.jpeg(300, 300)).image());
        login("editor", "EDITOR");
        navigate("media");
        var dialog = new MediaEditDialog(media, image, () -> { });
        assertThat(dialog.delete.isEnabled()).isTrue();
        assertThat(dialog.inUse.isVisible()).isFalse();
        // The confirmation of this irreversible delete puts the cursor on Cancel, not on the red Delete.
        dialog.open();
        _click(dialog.delete);
        var confirm = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class,
                spec -> spec.withId("media-delete-dialog"));
        assertThat(confirm.getElement().hasAttribute(de.newsroom.console.base.ui.CancelFirst.ATTRIBUTE)).isTrue();
        confirm.close();

        dialog.delete();

        assertThat(media.find(image.id())).isEmpty();
    }
}
