package de.newsroom.console.audit;

/** CSV cells that stay data when opened in a spreadsheet (RFC 4180 quoting plus formula-injection escaping). */
final class Csv {

    private Csv() {
    }

    /** Quotes the value; a leading = + - @ tab or CR gets a single quote first, so no spreadsheet runs it. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
