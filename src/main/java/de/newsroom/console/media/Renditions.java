package de.newsroom.console.media;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import net.coobird.thumbnailator.Thumbnails;

/**
 * The files generated for a picture: the full frame in {@link #WIDTHS} (never wider than the original, so a small
 * picture gets one rendition at its own width) and a square crop around the focal point for thumbnails and teasers,
 * each as JPEG and, where the encoder is there, WebP. File names are {@code key-width.ext} and
 * {@code key-widthsq.ext}.
 */
final class Renditions {

    static final int[] WIDTHS = {1600, 1024, 640, 320};
    static final int SQUARE = 320;

    /** One generated file. */
    record Rendition(String fileName, int width, int height, MediaFormat format, boolean square, byte[] bytes) {
    }

    private Renditions() {
    }

    static List<Rendition> make(BufferedImage source, double focalX, double focalY, String key, ImageCodec codec) {
        BufferedImage rgb = ImageCodec.opaque(source);
        List<MediaFormat> formats = codec.writesWebp() ? List.of(MediaFormat.JPEG, MediaFormat.WEBP)
                : List.of(MediaFormat.JPEG);
        List<Rendition> out = new ArrayList<>();
        // Largest first, each scaled from the previous one: same quality as from the original, far less work.
        BufferedImage previous = rgb;
        for (int width : widths(rgb.getWidth())) {
            BufferedImage scaled = scale(previous, width, Math.max(1,
                    (int) Math.round(rgb.getHeight() * (double) width / rgb.getWidth())));
            for (MediaFormat f : formats) {
                out.add(new Rendition(key + "-" + width + "." + f.extension(), scaled.getWidth(), scaled.getHeight(),
                        f, false, codec.encode(scaled, f)));
            }
            previous = scaled;
        }
        BufferedImage square = square(rgb, focalX, focalY);
        for (MediaFormat f : formats) {
            out.add(new Rendition(key + "-" + square.getWidth() + "sq." + f.extension(), square.getWidth(),
                    square.getHeight(), f, true, codec.encode(square, f)));
        }
        return out;
    }

    /** The widths to generate for an original this wide: no upscaling. */
    static List<Integer> widths(int originalWidth) {
        List<Integer> widths = new ArrayList<>();
        for (int w : WIDTHS) {
            if (w <= originalWidth) {
                widths.add(w);
            }
        }
        if (widths.isEmpty()) {
            widths.add(originalWidth);
        }
        return widths;
    }

    /**
     * The largest square that keeps the focal point as close to its centre as the picture's edges allow, scaled to
     * {@link #SQUARE} (or less for a smaller picture).
     */
    static BufferedImage square(BufferedImage rgb, double focalX, double focalY) {
        int side = Math.min(rgb.getWidth(), rgb.getHeight());
        int x = cropStart(rgb.getWidth(), side, focalX);
        int y = cropStart(rgb.getHeight(), side, focalY);
        BufferedImage crop = rgb.getSubimage(x, y, side, side);
        int target = Math.min(SQUARE, side);
        return scale(crop, target, target);
    }

    /** Where a window of {@code window} pixels starts so that {@code focal} (0..1) is centred, kept inside. */
    static int cropStart(int length, int window, double focal) {
        int centre = (int) Math.round(focal * length);
        int start = centre - window / 2;
        return Math.max(0, Math.min(start, length - window));
    }

    private static BufferedImage scale(BufferedImage image, int width, int height) {
        if (image.getWidth() == width && image.getHeight() == height && image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        try {
            return Thumbnails.of(image).forceSize(width, height).imageType(BufferedImage.TYPE_INT_RGB)
                    .asBufferedImage();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot scale a rendition", e);
        }
    }
}
