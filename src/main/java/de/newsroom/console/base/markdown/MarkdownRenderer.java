package de.newsroom.console.base.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;

/**
 * Renders editor-written Markdown (with GFM tables) to HTML that is safe to embed in pages, and to plain
 * text for search and teasers. Instances are immutable and thread-safe; share one.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    // Absolute URLs only: a relative href would resolve differently in the console, the site and feeds.
    private static final Pattern SAFE_HREF = Pattern.compile("(?i)(?:https?://|mailto:)\\S+");

    private static final Set<String> LINE_BREAKING_ELEMENTS = Set.of(
            "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "hr", "br",
            "table", "thead", "tbody", "tr");

    private static final Pattern HORIZONTAL_SPACE_RUNS = Pattern.compile("[ \\t]+");

    private static final Pattern LINE_BREAKS = Pattern.compile("\\R");

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

    // Raw HTML is passed through on purpose: the sanitiser below is the single gate deciding what survives.
    private final HtmlRenderer htmlRenderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    // Images are dropped: an external src would leak every reader's IP address to a third party (GDPR),
    // and article pictures come from the media library with licence and caption, not from Markdown.
    private final PolicyFactory policy = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "h5", "h6", "strong", "em", "ul", "ol", "li", "blockquote",
                    "code", "pre", "a", "hr", "br", "table", "thead", "tbody", "tr", "th", "td")
            // The article title is the page's only h1.
            .allowElements((name, attributes) -> "h2", "h1")
            .allowElements((name, attributes) -> "strong", "b")
            .allowElements((name, attributes) -> "em", "i")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching(href -> SAFE_HREF.matcher(href.strip()).matches()).onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+#-]{1,40}")).onElements("code")
            .toFactory();

    /** Creates a renderer; construction builds the parser and the sanitising policy once. */
    public MarkdownRenderer() {
    }

    /** Renders {@code markdown} to sanitised HTML; returns "" for {@code null}. */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return policy.sanitize(htmlRenderer.render(parser.parse(markdown)));
    }

    /**
     * Returns the visible text of {@code markdown} without markup, one line per block, entities decoded;
     * exactly what {@link #toHtml(String)} shows, so dropped scripts or images never reach search or teasers.
     */
    public String toPlainText(String markdown) {
        String html = toHtml(markdown);
        if (html.isEmpty()) {
            return "";
        }
        PlainTextCollector collector = new PlainTextCollector();
        HtmlSanitizer.sanitize(html, collector);
        return collector.text();
    }

    /** Receives the lexed, entity-decoded events of already sanitised HTML and keeps the text. */
    private static final class PlainTextCollector implements HtmlSanitizer.Policy {

        private final StringBuilder text = new StringBuilder();

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String elementName, List<String> attributes) {
            separate(elementName);
        }

        @Override
        public void closeTag(String elementName) {
            separate(elementName);
        }

        // Newlines inside text are soft line breaks; only block elements start a new line.
        @Override
        public void text(String textChunk) {
            text.append(LINE_BREAKS.matcher(textChunk).replaceAll(" "));
        }

        private void separate(String elementName) {
            String name = elementName.toLowerCase(Locale.ROOT);
            if (LINE_BREAKING_ELEMENTS.contains(name)) {
                text.append('\n');
            } else if (name.equals("td") || name.equals("th")) {
                text.append(' ');
            }
        }

        String text() {
            return text.toString().lines()
                    .map(line -> HORIZONTAL_SPACE_RUNS.matcher(line).replaceAll(" ").strip())
                    .filter(line -> !line.isEmpty())
                    .collect(Collectors.joining("\n"));
        }
    }
}
