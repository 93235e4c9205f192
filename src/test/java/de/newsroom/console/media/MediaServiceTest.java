package de.newsroom.console.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.TaxonomyTestSecurity;
import de.newsroom.console.media.MediaException.Reason;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "editor", roles = "EDITOR")
class MediaServiceTest {

    @Autowired MediaService media;
    @Autowired MediaStore store;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext ctx;

    @BeforeEach
    void security() {
        TaxonomyTestSecurity.useStrategyOf(ctx);
    }

    @Test
    void the_type_comes_from_the_content_not_the_name() {
        UploadOutcome jpeg = media.upload("actually-a-jpeg.png", TestImages.jpeg(400, 300));
        UploadOutcome png = media.upload("photo.jpg", TestImages.png(400, 300));

        assertThat(jpeg.image().format()).isEqualTo(MediaFormat.JPEG);
        assertThat(png.image().format()).isEqualTo(MediaFormat.PNG);
        assertThat(jpeg.image().width()).isEqualTo(400);
        assertThat(jpeg.image().fileName()).isEqualTo("actually-a-jpeg.png");
    }

    @Test
    void a_webp_upload_is_read() {
        byte[] webp = TestImages.encode(TestImages.picture(500, 250, null), "webp");
        assertThat(new String(webp, 8, 4, StandardCharsets.ISO_8859_1)).isEqualTo("WEBP");

        MediaImage image = media.upload("bild.webp", webp).image();

        assertThat(image.format()).isEqualTo(MediaFormat.WEBP);
        assertThat(image.width()).isEqualTo(500);
        assertThat(image.height()).isEqualTo(250);
    }

    @Test
    void svg_and_other_types_are_refused_with_their_reason() {
        byte[] svg = """
                <?xml version="1.0"?>
                <svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"""
                .getBytes(StandardCharsets.UTF_8);
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);

        assertRefused(() -> media.upload("logo.svg", svg), Reason.SVG);
        assertRefused(() -> media.upload("logo.jpg", svg), Reason.SVG);
        assertRefused(() -> media.upload("anim.gif", gif), Reason.UNSUPPORTED_TYPE);
        assertRefused(() -> media.upload("empty.jpg", new byte[0]), Reason.EMPTY);
        assertRefused(() -> media.upload("text.jpg", "hello".getBytes(StandardCharsets.UTF_8)),
                Reason.UNSUPPORTED_TYPE);
    }

    @Test
    void a_truncated_file_of_an_accepted_type_is_refused_as_unreadable() {
        byte[] jpeg = TestImages.jpeg(300, 200);
        assertRefused(() -> media.upload("cut.jpg", Arrays.copyOf(jpeg, 40)), Reason.UNREADABLE);
    }

    @Test
    void files_over_20_mb_are_refused_before_they_are_read() {
        byte[] big = new byte[MediaLimits.MAX_FILE_BYTES + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;

        assertRefused(() -> media.upload("huge.jpg", big), Reason.TOO_LARGE_FILE);
    }

    @Test
    void a_png_claiming_900_megapixels_is_refused_from_its_header_without_decoding() {
        byte[] bomb = TestImages.pngHeaderClaiming(30_000, 30_000);
        // Decoding would allocate a 2.7 GB raster first: more than this JVM may have, so reaching the decoder would
        // end in OutOfMemoryError (or UNREADABLE for the missing data), not in TOO_MANY_PIXELS.
        assertThat(30_000L * 30_000L * 3).isGreaterThan(Runtime.getRuntime().maxMemory());
        assertThat(bomb.length).isLessThan(100);

        long start = System.nanoTime();
        assertRefused(() -> media.upload("bomb.png", bomb), Reason.TOO_MANY_PIXELS);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(2_000);
    }

    @Test
    void a_jpeg_claiming_10000_by_10000_pixels_is_refused_from_its_header() {
        assertRefused(() -> media.upload("bomb.jpg", TestImages.jpegHeaderClaiming(10_000, 10_000)),
                Reason.TOO_MANY_PIXELS);
    }

    @Test
    void the_same_file_uploaded_twice_is_recognised() {
        byte[] bytes = TestImages.jpeg(320, 200);
        UploadOutcome first = media.upload("a.jpg", bytes);
        UploadOutcome second = media.upload("b.jpg", bytes.clone());

        assertThat(first.duplicate()).isFalse();
        assertThat(second.duplicate()).isTrue();
        assertThat(second.image().id()).isEqualTo(first.image().id());
        assertThat(jdbc.queryForObject("select count(*) from media_image where sha256 = ?", Integer.class,
                MediaService.sha256(bytes))).isEqualTo(1);
    }

    @Test
    void exif_and_gps_never_reach_a_rendition_and_the_picture_is_turned_upright() throws IOException {
        byte[] phone = TestImages.jpegWithGps(400, 200, 6);
        assertThat(TestImages.jpegSegmentMarkers(phone)).contains(0xE1);

        MediaImage image = media.upload("handy.jpg", phone).image();

        // Orientation 6: the camera held upright, so the picture is 200 wide and 400 high.
        assertThat(image.width()).isEqualTo(200);
        assertThat(image.height()).isEqualTo(400);
        List<String> files = files(image.id());
        assertThat(files).isNotEmpty();
        for (String file : files) {
            byte[] bytes = store.get(file).orElseThrow();
            if (file.endsWith(".jpg")) {
                assertThat(TestImages.jpegSegmentMarkers(bytes)).as(file).doesNotContain(0xE1);
            } else {
                assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).as(file).doesNotContain("EXIF", "Exif");
            }
        }
    }

    @Test
    void renditions_come_in_the_set_widths_without_upscaling() {
        MediaImage big = media.upload("big.jpg", TestImages.jpeg(2000, 1000)).image();
        MediaImage small = media.upload("small.png", TestImages.png(500, 300)).image();
        MediaImage tiny = media.upload("tiny.png", TestImages.png(200, 100)).image();
        String webp = media.writesWebp() ? ".webp" : ".jpg";

        assertThat(fullWidths(big.id(), "JPEG")).containsExactly(320, 640, 1024, 1600);
        assertThat(fullWidths(small.id(), "JPEG")).containsExactly(320);
        assertThat(fullWidths(tiny.id(), "JPEG")).containsExactly(200);
        assertThat(files(big.id())).contains(big.renditionKey() + "-1600.jpg", big.renditionKey() + "-320sq.jpg",
                big.renditionKey() + "-640" + webp);
        assertThat(jdbc.queryForObject("select height from media_rendition where file_name = ?", Integer.class,
                big.renditionKey() + "-640.jpg")).isEqualTo(320);
        assertThat(tiny.thumbnailUrl()).isEqualTo("/media/" + tiny.renditionKey() + "-100sq.jpg");
    }

    @Test
    void the_square_crop_keeps_the_focal_point_and_moving_it_gives_new_file_names() throws IOException {
        MediaImage image = media.upload("halves.png", TestImages.halves(1000, 400, Color.RED, Color.BLUE)).image();

        MediaImage right = media.updateDetails(image.id(), image.version(),
                new MediaDetails("Zwei Farben", "", "Grafik: Test", 0.9, 0.5));
        Color rightCentre = centre(right.thumbnailUrl());
        MediaImage left = media.updateDetails(right.id(), right.version(),
                new MediaDetails("Zwei Farben", "", "Grafik: Test", 0.1, 0.5));
        Color leftCentre = centre(left.thumbnailUrl());

        assertThat(rightCentre.getBlue()).isGreaterThan(200);
        assertThat(rightCentre.getRed()).isLessThan(60);
        assertThat(leftCentre.getRed()).isGreaterThan(200);
        assertThat(leftCentre.getBlue()).isLessThan(60);
        assertThat(left.renditionKey()).isNotEqualTo(right.renditionKey());
        assertThat(store.get(right.thumbnailUrl().substring("/media/".length()))).as("old files go").isEmpty();
    }

    @Test
    void texts_are_checked_in_code_points_and_the_focal_point_in_0_to_1() {
        MediaImage image = media.upload("t.jpg", TestImages.jpeg(300, 200)).image();

        assertRefused(() -> media.updateDetails(image.id(), image.version(),
                new MediaDetails("x".repeat(MediaLimits.ALT_TEXT + 1), "", "", 0.5, 0.5)), Reason.TEXT_TOO_LONG);
        assertRefused(() -> media.updateDetails(image.id(), image.version(),
                new MediaDetails("", "", "", 1.5, 0.5)), Reason.INVALID_FOCAL_POINT);
        MediaImage ok = media.updateDetails(image.id(), image.version(),
                new MediaDetails("😀".repeat(MediaLimits.ALT_TEXT), " Unterschrift ", "Foto: dpa", 0.5, 0.5));
        assertThat(ok.caption()).isEqualTo("Unterschrift");
        assertThat(ok.credit()).isEqualTo("Foto: dpa");
        assertRefused(() -> media.updateDetails(image.id(), image.version(),
                new MediaDetails("", "", "", 0.5, 0.5)), Reason.STALE);
    }

    @Test
    void a_used_picture_cannot_be_deleted_and_an_unused_one_goes_with_its_files() {
        MediaImage image = media.upload("used.jpg", TestImages.jpeg(700, 400)).image();
        List<String> files = files(image.id());
        media.setUsage("article:991", List.of(image.id()));

        assertThat(media.find(image.id()).orElseThrow().usage()).isEqualTo(1);
        assertRefused(() -> media.delete(image.id(), image.version()), Reason.IN_USE);

        media.setUsage("article:991", List.of());
        media.delete(image.id(), image.version());

        assertThat(media.find(image.id())).isEmpty();
        assertThat(files).allSatisfy(f -> assertThat(store.get(f)).as(f).isEmpty());
    }

    @Test
    void replace_keeps_texts_and_usage_and_makes_new_renditions() {
        MediaImage image = media.upload("alt.jpg", TestImages.jpeg(800, 600)).image();
        image = media.updateDetails(image.id(), image.version(),
                new MediaDetails("Ein Hafen", "Der Hafen am Morgen", "Foto: dpa", 0.5, 0.5));
        media.setUsage("article:992", List.of(image.id()));

        MediaImage replaced = media.replace(image.id(), image.version(), "neu.png", TestImages.png(1200, 800));

        assertThat(replaced.id()).isEqualTo(image.id());
        assertThat(replaced.format()).isEqualTo(MediaFormat.PNG);
        assertThat(replaced.width()).isEqualTo(1200);
        assertThat(replaced.altText()).isEqualTo("Ein Hafen");
        assertThat(replaced.usage()).isEqualTo(1);
        assertThat(replaced.renditionKey()).isNotEqualTo(image.renditionKey());
        assertThat(fullWidths(image.id(), "JPEG")).containsExactly(320, 640, 1024);
        MediaImage other = media.upload("other.jpg", TestImages.jpeg(300, 300)).image();
        byte[] otherBytes = TestImages.jpeg(10, 10);
        MediaImage third = media.upload("third.jpg", otherBytes).image();
        assertThatThrownBy(() -> media.replace(other.id(), other.version(), "x.jpg", otherBytes))
                .isInstanceOfSatisfying(MediaException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.SAME_AS_OTHER);
                    assertThat(e.image().id()).isEqualTo(third.id());
                });
    }

    @Test
    void search_finds_caption_and_credit_and_published_gives_srcset() {
        String u = Long.toString(System.nanoTime(), 36);
        MediaImage image = media.upload("s.jpg", TestImages.jpeg(1100, 600)).image();
        media.updateDetails(image.id(), image.version(),
                new MediaDetails("Alt " + u, "Bürgerhaus " + u, "Foto: Agentur" + u, 0.5, 0.5));

        assertThat(media.list("bürgerhaus " + u, 0, 10)).extracting(MediaImage::id).containsExactly(image.id());
        assertThat(media.list("agentur" + u, 0, 10)).extracting(MediaImage::id).containsExactly(image.id());
        assertThat(media.count("agentur" + u)).isEqualTo(1);
        assertThat(media.list("nichts" + u, 0, 10)).isEmpty();

        Map<Long, PublicImage> published = media.published(List.of(image.id(), -1L));
        PublicImage p = published.get(image.id());
        assertThat(published).hasSize(1);
        assertThat(p.url()).endsWith("-1024.jpg");
        assertThat(p.width()).isEqualTo(1024);
        assertThat(p.alt()).isEqualTo("Alt " + u);
        assertThat(p.credit()).isEqualTo("Foto: Agentur" + u);
        assertThat(p.srcset()).contains("-320.jpg 320w", "-640.jpg 640w", "-1024.jpg 1024w");
    }

    @Test
    @WithMockUser(username = "moderator", roles = "MODERATOR")
    void a_moderator_cannot_upload() {
        assertThatThrownBy(() -> media.upload("m.jpg", TestImages.jpeg(10, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<String> files(long id) {
        return jdbc.queryForList("select file_name from media_rendition where image_id = ? order by file_name",
                String.class, id);
    }

    private List<Integer> fullWidths(long id, String format) {
        return jdbc.queryForList("""
                select width from media_rendition where image_id = ? and crop = 'FULL' and format = ?
                order by width""", Integer.class, id, format);
    }

    private Color centre(String url) throws IOException {
        byte[] bytes = store.get(url.substring("/media/".length())).orElseThrow();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        return new Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 2));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(MediaException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
