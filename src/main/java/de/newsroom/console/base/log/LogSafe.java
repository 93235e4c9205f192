package de.newsroom.console.base.log;

/**
 * Encodes user-supplied text for log lines and audit fields: CR, LF and other control characters become visible
 * escapes, so a typed "\n2026-01-01 INFO admin logged in" cannot forge a line of its own.
 */
public final class LogSafe {

    private LogSafe() {
    }

    /** The text with control characters escaped ({@code \r}, {@code \n}, {@code \t}, else {@code \}{@code uXXXX}); null stays "null". */
    public static String encode(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String replacement = switch (c) {
                case '\r' -> "\\r";
                case '\n' -> "\\n";
                case '\t' -> "\\t";
                case '\\' -> "\\\\";
                default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                        ? String.format("\\u%04x", (int) c) : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? value : out.toString();
    }

    /** Encodes and cuts to at most {@code max} code points (with an ellipsis when cut). */
    public static String encode(String value, int max) {
        String encoded = encode(value);
        if (encoded.codePointCount(0, encoded.length()) <= max) {
            return encoded;
        }
        return encoded.substring(0, encoded.offsetByCodePoints(0, max - 1)) + "…";
    }
}
