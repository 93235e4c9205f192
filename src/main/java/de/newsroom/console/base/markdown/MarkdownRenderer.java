package de.newsroom.console.base.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
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

    private static final Pattern MEDIA_DESTINATION = Pattern.compile("media:(\\d{1,18})");

    // Only the library's renditions (content-named, same origin): no reader's IP address reaches a third party.
    private static final Pattern MEDIA_SRC = Pattern.compile("/media/[0-9a-f]{16}-[0-9]{1,4}(sq)?\\.(jpg|webp)");

    // The sanitiser's own srcset guard writes the list back as "a 320w , b 640w".
    private static final Pattern MEDIA_SRCSET = Pattern.compile(
            "/media/[0-9a-f]{16}-[0-9]{1,4}(sq)?\\.(jpg|webp) [0-9]{1,4}w"
            + "( ?, ?/media/[0-9a-f]{16}-[0-9]{1,4}(sq)?\\.(jpg|webp) [0-9]{1,4}w){0,15}");

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

    // Raw HTML is passed through on purpose: the sanitiser below is the single gate deciding what survives.
    private final HtmlRenderer htmlRenderer = HtmlRenderer.builder().extensions(EXTENSIONS)
            .nodeRendererFactory(PictureRenderer::new).build();

    // Markdown images are dropped: an external src would leak every reader's IP address to a third party (GDPR),
    // and article pictures come from the media library with licence and caption. The one exception is a library
    // picture named as ![alt](media:42), which the renderer itself turns into a figure of /media/ renditions;
    // the sanitiser still checks every attribute of it.
    private final PolicyFactory policy = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "h5", "h6", "strong", "em", "ul", "ol", "li", "blockquote",
                    "code", "pre", "a", "hr", "br", "table", "thead", "tbody", "tr", "th", "td",
                    "figure", "figcaption", "img", "span")
            .allowAttributes("src").matching(MEDIA_SRC).onElements("img")
            .allowAttributes("srcset").matching(MEDIA_SRCSET).onElements("img")
            .allowAttributes("sizes").matching(Pattern.compile("[0-9a-z (),:.-]{1,200}")).onElements("img")
            .allowAttributes("width", "height").matching(Pattern.compile("[0-9]{1,5}")).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("loading").matching(true, "lazy").onElements("img")
            .allowAttributes("decoding").matching(true, "async").onElements("img")
            .allowAttributes("class").matching(true, "body-image").onElements("figure")
            .allowAttributes("class").matching(true, "credit").onElements("span")
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

    /** Renders {@code markdown} to sanitised HTML; returns "" for {@code null}. Library pictures are left out. */
    public String toHtml(String markdown) {
        return toHtml(markdown, Map.of());
    }

    /**
     * Renders {@code markdown} to sanitised HTML with the library pictures it names ({@code ![alt](media:42)}) as
     * {@code <figure>}s: a picture alone in its paragraph becomes a figure with caption and credit, one inside a
     * sentence a plain {@code <img>}. A picture missing from {@code figures} (unknown or deleted) is left out.
     */
    public String toHtml(String markdown, Map<Long, Figure> figures) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = parser.parse(markdown);
        embedPictures(document, figures == null ? Map.of() : figures);
        return policy.sanitize(htmlRenderer.render(document));
    }

    // Replaces every image node: library pictures that were found become PictureBlock (alone in a paragraph) or
    // InlinePicture nodes, everything else is removed, as the sanitiser always did with images.
    private static void embedPictures(Node document, Map<Long, Figure> figures) {
        List<Image> images = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                images.add(image);
            }
        });
        Map<Paragraph, Boolean> handled = new LinkedHashMap<>();
        for (Image image : images) {
            Figure figure = figureOf(image, figures);
            if (image.getParent() instanceof Paragraph paragraph && onlyPictures(paragraph)) {
                handled.putIfAbsent(paragraph, true);
                if (figure != null) {
                    paragraph.insertBefore(new PictureBlock(figure, altOf(image)));
                }
            } else if (figure != null) {
                image.insertBefore(new InlinePicture(figure, altOf(image)));
            }
            image.unlink();
        }
        handled.keySet().forEach(Node::unlink);
    }

    private static Figure figureOf(Image image, Map<Long, Figure> figures) {
        var m = MEDIA_DESTINATION.matcher(image.getDestination() == null ? "" : image.getDestination());
        if (!m.matches() || image.getTitle() != null) {
            return null;
        }
        return figures.get(Long.parseLong(m.group(1)));
    }

    private static boolean onlyPictures(Paragraph paragraph) {
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            boolean blank = n instanceof Text t && t.getLiteral().isBlank();
            if (!(n instanceof Image || n instanceof SoftLineBreak || n instanceof HardLineBreak || blank)) {
                return false;
            }
        }
        return true;
    }

    private static String altOf(Image image) {
        StringBuilder alt = new StringBuilder();
        image.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                alt.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                alt.append(code.getLiteral());
            }
        });
        return alt.toString().strip();
    }

    /** A library picture alone in its paragraph: rendered as a figure with caption and credit. */
    private static final class PictureBlock extends CustomBlock {
        final Figure figure;
        final String markdownAlt;

        PictureBlock(Figure figure, String markdownAlt) {
            this.figure = figure;
            this.markdownAlt = markdownAlt;
        }
    }

    /** A library picture inside a sentence: a plain image. */
    private static final class InlinePicture extends CustomNode {
        final Figure figure;
        final String markdownAlt;

        InlinePicture(Figure figure, String markdownAlt) {
            this.figure = figure;
            this.markdownAlt = markdownAlt;
        }
    }

    /** Writes pictures; attribute values and texts are escaped by commonmark's writer. */
    private static final class PictureRenderer implements NodeRenderer {

        private final HtmlWriter html;

        PictureRenderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(PictureBlock.class, InlinePicture.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof PictureBlock block) {
                Figure f = block.figure;
                html.line();
                html.tag("figure", Map.of("class", "body-image"));
                image(f, block.markdownAlt);
                if (!f.caption().isBlank() || !f.credit().isBlank()) {
                    html.tag("figcaption");
                    html.text(f.caption());
                    if (!f.credit().isBlank()) {
                        html.text(f.caption().isBlank() ? "" : " ");
                        html.tag("span", Map.of("class", "credit"));
                        html.text(f.credit());
                        html.tag("/span");
                    }
                    html.tag("/figcaption");
                }
                html.tag("/figure");
                html.line();
            } else if (node instanceof InlinePicture inline) {
                image(inline.figure, inline.markdownAlt);
            }
        }

        private void image(Figure f, String markdownAlt) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("src", f.src());
            if (!f.srcset().isBlank()) {
                attributes.put("srcset", f.srcset());
                attributes.put("sizes", f.sizes());
            }
            attributes.put("width", String.valueOf(f.width()));
            attributes.put("height", String.valueOf(f.height()));
            attributes.put("alt", f.alt().isBlank() ? markdownAlt : f.alt());
            attributes.put("loading", "lazy");
            attributes.put("decoding", "async");
            html.tag("img", attributes, true);
        }
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
