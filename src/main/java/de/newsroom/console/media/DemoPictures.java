package de.newsroom.console.media;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Pictures for the demo newsroom, drawn rather than shipped: abstract shapes in a palette per seed, with a small
 * "Grafik: Newsroom" mark, encoded as JPEG so they go through the same upload as any photo.
 */
public final class DemoPictures {

    private static final Color[][] PALETTES = {
            {new Color(18, 52, 86), new Color(242, 166, 90), new Color(227, 99, 80)},
            {new Color(34, 87, 62), new Color(168, 208, 140), new Color(250, 236, 180)},
            {new Color(60, 40, 90), new Color(120, 170, 220), new Color(240, 200, 220)},
    };

    private DemoPictures() {
    }

    /** A 1600 × 900 JPEG. */
    public static byte[] draw(long seed) {
        Random random = new Random(seed);
        Color[] palette = PALETTES[(int) Math.floorMod(seed, PALETTES.length)];
        int width = 1600;
        int height = 900;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, palette[0], width, height, palette[0].brighter()));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 14; i++) {
            Color c = palette[1 + random.nextInt(2)];
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 120 + random.nextInt(100)));
            int size = 120 + random.nextInt(420);
            int x = random.nextInt(width) - size / 2;
            int y = random.nextInt(height) - size / 2;
            if (random.nextBoolean()) {
                g.fillOval(x, y, size, size);
            } else {
                g.setStroke(new BasicStroke(10 + random.nextInt(30)));
                g.drawArc(x, y, size, size, random.nextInt(360), 90 + random.nextInt(180));
            }
        }
        g.setColor(new Color(255, 255, 255, 200));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        g.drawString("Grafik: Newsroom", width - 220, height - 24);
        g.dispose();
        return new ImageCodec().encode(image, MediaFormat.JPEG);
    }
}
