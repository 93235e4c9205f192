package de.newsroom.console.media;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import de.newsroom.console.media.MediaException.Reason;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reading and writing pixels. Untrusted files are read only by pure-Java readers (TwelveMonkeys for JPEG and WebP,
 * the JDK's for PNG), and only after the header's dimensions passed {@link MediaLimits#MAX_PIXELS}. The native
 * libwebp of {@code webp-imageio} only ever encodes pixels the console decoded itself.
 */
final class ImageCodec {

    private static final Logger log = LoggerFactory.getLogger(ImageCodec.class);
    private static final float JPEG_QUALITY = 0.82f;
    private static final float WEBP_QUALITY = 0.80f;

    /** A decoded picture, turned upright, with its upright dimensions. */
    record Decoded(BufferedImage pixels, int width, int height) {
    }

    private final boolean webp;

    ImageCodec() {
        // The plugins live in nested jars of the production jar: scan with the class loader that sees them.
        ImageIO.scanForPlugins();
        ImageIO.setUseCache(false);
        this.webp = probeWebpEncoder();
    }

    /** Whether WebP renditions can be written here (the bundled libwebp loaded). */
    boolean writesWebp() {
        return webp;
    }

    /** Reads the header only and refuses too many pixels, then decodes. */
    Decoded decode(byte[] bytes, MediaFormat format) {
        ImageReader reader = reader(format);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new MediaException(Reason.UNREADABLE);
            }
            if ((long) width * height > MediaLimits.MAX_PIXELS) {
                throw new MediaException(Reason.TOO_MANY_PIXELS);
            }
            BufferedImage pixels = reader.read(0);
            int orientation = format == MediaFormat.JPEG ? exifOrientation(bytes) : 1;
            BufferedImage upright = upright(pixels, orientation);
            return new Decoded(upright, upright.getWidth(), upright.getHeight());
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaException m) {
                throw m;
            }
            throw new MediaException(Reason.UNREADABLE);
        } finally {
            reader.dispose();
        }
    }

    byte[] encode(BufferedImage rgb, MediaFormat format) {
        return switch (format) {
            case JPEG -> write(rgb, jdkWriter("jpeg"), JPEG_QUALITY, null);
            case WEBP -> write(rgb, webpWriter().orElseThrow(), WEBP_QUALITY, "Lossy");
            case PNG -> write(rgb, jdkWriter("png"), -1, null);
        };
    }

    /** Drops transparency onto white: renditions are JPEG and lossy WebP of an opaque picture. */
    static BufferedImage opaque(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_INT_RGB) {
            return source;
        }
        BufferedImage rgb = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(source, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static ImageReader reader(MediaFormat format) {
        String name = switch (format) {
            case JPEG -> "jpeg";
            case PNG -> "png";
            case WEBP -> "webp";
        };
        ImageReader fallback = null;
        for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName(name); it.hasNext(); ) {
            ImageReader candidate = it.next();
            String type = candidate.getClass().getName();
            if (type.startsWith("com.luciad")) {
                continue; // native decoder: never for untrusted input
            }
            if (type.startsWith("com.twelvemonkeys")) {
                return candidate;
            }
            if (fallback == null) {
                fallback = candidate;
            }
        }
        if (fallback == null) {
            throw new MediaException(Reason.UNSUPPORTED_TYPE);
        }
        return fallback;
    }

    private static ImageWriter jdkWriter(String format) {
        return ImageIO.getImageWritersByFormatName(format).next();
    }

    private static Optional<ImageWriter> webpWriter() {
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByMIMEType("image/webp"); it.hasNext(); ) {
            ImageWriter w = it.next();
            if (w.getClass().getName().startsWith("com.luciad")) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /** Writes pixels only: no metadata is passed, so no EXIF, GPS or comment segment reaches a rendition. */
    private static byte[] write(BufferedImage image, ImageWriter writer, float quality, String compressionType) {
        var out = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (quality > 0 && param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                if (compressionType != null) {
                    param.setCompressionType(compressionType);
                }
                param.setCompressionQuality(quality);
            }
            if (param.canWriteProgressive()) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a rendition", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private boolean probeWebpEncoder() {
        try {
            if (webpWriter().isEmpty()) {
                log.info("No WebP encoder found: renditions are JPEG only");
                return false;
            }
            write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), webpWriter().get(), WEBP_QUALITY, "Lossy");
            return true;
        } catch (Throwable e) { // UnsatisfiedLinkError when the bundled libwebp does not load on this platform
            log.warn("WebP encoder unavailable ({}): renditions are JPEG only", e.toString());
            return false;
        }
    }

    /** The EXIF orientation (1 to 8) of a JPEG, 1 when there is none or it cannot be read. */
    static int exifOrientation(byte[] jpeg) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return 1;
            }
            byte[] data = exif.getFirst().data().readAllBytes();
            int start = tiffStart(data);
            if (start < 0) {
                return 1;
            }
            try (ImageInputStream tiff = new MemoryCacheImageInputStream(
                    new ByteArrayInputStream(data, start, data.length - start))) {
                Directory directory = new TIFFReader().read(tiff);
                Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
                int value = entry == null ? 1 : ((Number) entry.getValue()).intValue();
                return value >= 1 && value <= 8 ? value : 1;
            }
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    /** Where the TIFF structure ("MM" or "II") begins: after "Exif" and its padding, which readers may keep or drop. */
    private static int tiffStart(byte[] data) {
        for (int i = 0; i + 1 < Math.min(data.length, 10); i++) {
            if ((data[i] == 'M' && data[i + 1] == 'M') || (data[i] == 'I' && data[i + 1] == 'I')) {
                return i;
            }
        }
        return -1;
    }

    /** Turns a camera picture upright, as browsers show the original, since the renditions lose the EXIF tag. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        BufferedImage rgb = opaque(image);
        boolean swap = orientation >= 5;
        BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        return new AffineTransformOp(t, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(rgb, target);
    }
}
