package de.newsroom.console.media;

import de.newsroom.console.media.MediaException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides a file's type from its first bytes, never from its name or the browser's header. SVG gets its own refusal
 * because editors try it most often and it can carry script.
 */
final class ImageSniffer {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private ImageSniffer() {
    }

    static MediaFormat sniff(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new MediaException(Reason.EMPTY);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return MediaFormat.JPEG;
        }
        if (startsWith(bytes, PNG)) {
            return MediaFormat.PNG;
        }
        if (bytes.length >= 12 && ascii(bytes, 0, 4).equals("RIFF") && ascii(bytes, 8, 4).equals("WEBP")) {
            return MediaFormat.WEBP;
        }
        if (looksLikeSvg(bytes)) {
            throw new MediaException(Reason.SVG);
        }
        throw new MediaException(Reason.UNSUPPORTED_TYPE);
    }

    /** XML or HTML text whose start mentions an svg element (also with a BOM, a prolog or a doctype first). */
    private static boolean looksLikeSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<") && head.contains("<svg");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] bytes, int from, int length) {
        return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
    }
}
