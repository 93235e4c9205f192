package de.newsroom.console.article.ui;

/** Our own texts written into a Lit template's markup (never reader text: that goes in as a property). */
final class LitTexts {

    private LitTexts() {
    }

    /**
     * {@code text} safe as element content and as a double-quoted attribute value inside a Lit template literal:
     * HTML's special characters as entities, and the backtick and dollar sign, which would end the literal or
     * open an expression.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            case '`' -> "&#96;";
            case '$' -> "&#36;";
            case '\\' -> "&#92;";
            default -> Character.toString(c);
        }));
        return out.toString();
    }
}
