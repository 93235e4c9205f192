package de.newsroom.console.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Pictures made in the test: real encoders, and hand-built headers where a real file would be too big or harmless. */
public final class TestImages {

    private static final Random RANDOM = new Random();

    private TestImages() {
    }

    /** A JPEG with a gradient and a random band, so every call gives a different file. */
    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, null), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height, null), "png");
    }

    /** Left half {@code left}, right half {@code right}: shows which side a crop kept. */
    public static byte[] halves(int width, int height, Color left, Color right) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(left);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(right);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return encode(image, "png");
    }

    public static BufferedImage picture(int width, int height, Color band) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(20, 60, 120), width, height, new Color(230, 180, 60)));
        g.fillRect(0, 0, width, height);
        g.setColor(band == null ? new Color(RANDOM.nextInt(0xFFFFFF)) : band);
        g.fillRect(RANDOM.nextInt(Math.max(1, width / 2)), 0, Math.max(1, width / 5), height);
        g.dispose();
        return image;
    }

    public static byte[] encode(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A JPEG with an EXIF APP1 segment right after SOI: an orientation tag and a GPS directory with a latitude
     * reference, as a phone writes them.
     */
    public static byte[] jpegWithGps(int width, int height, int orientation) {
        byte[] jpeg = jpeg(width, height);
        byte[] tiff = exifTiff(orientation);
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        byte[] exifHeader = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + exifHeader.length + tiff.length;
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exifHeader);
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] exifTiff(int orientation) {
        ByteBuffer b = ByteBuffer.allocate(128).order(ByteOrder.BIG_ENDIAN);
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0 at 8: two entries, then next-IFD offset 0
        b.putShort((short) 2);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        int gpsOffset = 8 + 2 + 2 * 12 + 4;
        b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsOffset);
        b.putInt(0);
        // GPS IFD: GPSLatitudeRef "N", GPSLongitudeRef "E"
        b.putShort((short) 2);
        b.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        b.putShort((short) 0x0003).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
        b.putInt(0);
        byte[] out = new byte[b.position()];
        b.flip().get(out);
        return out;
    }

    /** The markers of a JPEG's segments before the image data (SOS), e.g. 0xE0 for APP0, 0xE1 for APP1. */
    public static List<Integer> jpegSegmentMarkers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = jpeg[i + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
            i += 2 + length;
        }
        return markers;
    }

    /**
     * A PNG whose header claims {@code width} × {@code height} pixels, followed by a tiny IDAT that could never hold
     * them: decoding it would allocate the whole raster first.
     */
    public static byte[] pngHeaderClaiming(int width, int height) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x63, 0, 0, 0, 1, 0, 1});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A baseline JPEG whose SOF0 claims {@code width} × {@code height}, with no real image data behind it. */
    public static byte[] jpegHeaderClaiming(int width, int height) {
        byte[] real = jpeg(16, 16);
        // Patch the first SOF0 segment's dimensions in a real, small JPEG.
        for (int i = 2; i + 9 < real.length; ) {
            int marker = real[i + 1] & 0xFF;
            int length = ((real[i + 2] & 0xFF) << 8) | (real[i + 3] & 0xFF);
            if (marker == 0xC0 || marker == 0xC2) {
                real[i + 5] = (byte) (height >> 8);
                real[i + 6] = (byte) height;
                real[i + 7] = (byte) (width >> 8);
                real[i + 8] = (byte) width;
                return real;
            }
            i += 2 + length;
        }
        throw new IllegalStateException("no SOF segment");
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
