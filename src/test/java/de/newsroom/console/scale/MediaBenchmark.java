package de.newsroom.console.scale;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.TaxonomyTestSecurity;
import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.media.MediaImage;
import de.newsroom.console.media.MediaService;
import de.newsroom.console.media.TestImages;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Upload-to-renditions time for a 12-megapixel JPEG through {@link MediaService#upload} (sniff, header check, decode,
 * all renditions encoded, original and renditions written to PostgreSQL, committed), and the bytes each rendition
 * serves against the original. Not part of {@code ./mvnw verify}: {@code ./mvnw -B test -Dtest=MediaBenchmark}.
 * The picture is drawn here: gradients, shapes and sensor-like noise, so JPEG sizes resemble a photo's.
 */
@IntegrationTest
class MediaBenchmark {

    @Autowired MediaService media;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext ctx;

    @Test
    void upload_to_renditions_for_a_12_megapixel_jpeg() throws Exception {
        TaxonomyTestSecurity.useStrategyOf(ctx);
        int reps = Integer.getInteger("bench.media.reps", 5);
        // Warm-up: class loading, JIT, the native WebP library.
        SystemAuthentication.run(() -> media.upload("warm.jpg", TestImages.jpeg(1600, 1200)));

        long[] millis = new long[reps];
        byte[] lastOriginal = null;
        MediaImage last = null;
        for (int i = 0; i < reps; i++) {
            byte[] jpeg = TestImages.encode(photoLike(4000, 3000, 17L + i), "jpeg");
            long start = System.nanoTime();
            last = SystemAuthentication.call(() -> media.upload("bench-" + System.nanoTime() + ".jpg", jpeg).image());
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            lastOriginal = jpeg;
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "12 MP JPEG (4000x3000, %,d bytes) upload to renditions, %d runs: "
                        + "p50 %d ms, min %d ms, max %d ms (WebP %s)", lastOriginal.length, reps,
                sorted[reps / 2], sorted[0], sorted[reps - 1], media.writesWebp() ? "on" : "off"));
        int original = lastOriginal.length;
        jdbc.query("""
                select file_name, width, height, format, byte_size from media_rendition where image_id = ?
                order by crop, format, width""", rs -> {
            lines.add(String.format(Locale.ROOT, "  %-28s %4dx%-4d %-4s %,9d bytes = %5.1f %% of the original",
                    rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getLong(5),
                    100.0 * rs.getLong(5) / original));
        }, last.id());
        lines.forEach(System.out::println);
        Files.createDirectories(Path.of("target/bench"));
        Files.write(Path.of("target/bench/media.txt"), lines);
        assertThat(sorted[reps / 2]).as("p50 ms").isPositive();
    }

    /** A 12 MP "photo": sky gradient, hills, many soft shapes and per-pixel noise that JPEG cannot drop. */
    static BufferedImage photoLike(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(90, 140, 200), 0, height, new Color(230, 200, 160)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 90));
            int w = 50 + random.nextInt(600);
            int h = 50 + random.nextInt(400);
            g.fillOval(random.nextInt(width), random.nextInt(height), w, h);
            g.setStroke(new BasicStroke(1 + random.nextInt(6)));
            g.drawLine(random.nextInt(width), random.nextInt(height), random.nextInt(width), random.nextInt(height));
        }
        g.dispose();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int n = random.nextInt(17) - 8;
                int p = row[x];
                int r = clamp(((p >> 16) & 0xFF) + n);
                int gg = clamp(((p >> 8) & 0xFF) + n);
                int b = clamp((p & 0xFF) + n);
                row[x] = (r << 16) | (gg << 8) | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
