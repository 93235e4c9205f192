package de.newsroom.console.audit;

/**
 * CSV cells that stay data when opened in a spreadsheet (RFC 4180 quoting plus formula-injection escaping).
 *
 * <p>Written by hand on purpose, not taken from a CSV library: the libraries quote per RFC 4180 but leave a cell
 * that starts with {@code =}, {@code +}, {@code -} or {@code @} as it is, and audit details hold text typed by
 * readers and users (author names, rejection notes), which Excel or LibreOffice would run as a formula (OWASP "CSV
 * injection"). The whole writer is these few lines; a library would add a dependency and still need this escaping.
 */
public final class Csv {

    private Csv() {
    }

    /** Quotes the value; a leading = + - @ tab or CR gets a single quote first, so no spreadsheet runs it. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
