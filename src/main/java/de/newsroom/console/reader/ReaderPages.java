package de.newsroom.console.reader;

import de.newsroom.console.base.domain.NewsroomZone;
import de.newsroom.console.base.domain.Teasers;
import de.newsroom.console.base.domain.TextLimits;
import de.newsroom.console.base.web.ReaderSite;
import de.newsroom.console.comment.intake.CommentFormIntake;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the reader preview page from the Thymeleaf templates in {@code templates/reader/} into a string, so the
 * controller can hash it for the ETag. Its own engine, not a view resolver: nothing else in the console renders
 * templates, and Vaadin keeps every other address. Texts come from {@code i18n/reader*.properties} in the reader
 * site's language.
 */
@Component
class ReaderPages {

    /** Styles and scripts come only from this origin's files: no inline code, so no hashes and no 'unsafe-inline'. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static final int CRUMB_TITLE_LENGTH = 24;
    private static final int BOX_TITLE_LENGTH = 60;
    private static final int BOX_TEASER_LENGTH = 70;
    /** Deeper replies are shown beside their parent, so long threads stay readable on a phone. */
    private static final int MAX_REPLY_DEPTH = 4;

    record CrumbView(String type, String name, String text, String path) {
    }

    record TeaserView(String href, String title, String teaser) {
    }

    record CommentNode(long id, String author, String when, String body, boolean edited, boolean newsroom,
                       List<CommentNode> replies) {
    }

    /** A correction as the page shows it: "Korrektur, 2. Dezember 2026:" and the note. */
    record CorrectionView(String date, String note) {
    }

    record Limits(int author, int email, int body, int report) {
    }

    /**
     * The comment form as the page shows it: empty on a plain visit; after a form post without script (no JavaScript)
     * either the thanks line ({@code sent}) or what the reader typed, one message per refused field (keyed by the
     * field's name) and a status line, so nothing typed is lost. {@code echoed} shows the form with the typed text
     * even when the article has closed its comments meanwhile.
     */
    record FormState(String authorName, String email, String body, String parentId, Map<String, String> errors,
                     String status, String statusKind, boolean echoed) {

        static final FormState EMPTY = new FormState("", "", "", "", Map.of(), "", "", false);
    }

    /** The fields the form checks, in the order they stand. */
    private static final List<String> FORM_FIELDS = List.of("authorName", "email", "body");
    /** The e-mail shape the form's script checks (reader.js), so both paths say the same. */
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    private static final Limits LIMITS = new Limits(TextLimits.COMMENT_AUTHOR, TextLimits.EMAIL,
            TextLimits.COMMENT_BODY, TextLimits.COMMENT_REPORT_TEXT);

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final ReaderSite site;
    private final ReaderAssets.Urls assets;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter correctionDates;
    private final String and;
    private final ResourceBundleMessageSource messages;

    ReaderPages(ReaderSite site, ReaderAssets.Urls assets, NewsroomZone zone) {
        this.site = site;
        this.assets = assets;
        this.messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/reader");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        var templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/reader/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
        templates.setCacheable(true);
        engine.setTemplateResolver(templates);
        engine.setTemplateEngineMessageSource(messages);
        this.dates = DateTimeFormatter.ofPattern(messages.getMessage("reader.date-pattern", null, site.locale()),
                site.locale()).withZone(zone.zoneId());
        this.correctionDates = DateTimeFormatter.ofPattern(messages.getMessage("reader.correction.date-pattern", null,
                site.locale()), site.locale()).withZone(zone.zoneId());
        this.and = messages.getMessage("reader.byline.and", null, site.locale());
    }

    /** "Anna Schmidt", "Anna Schmidt und dpa", "Anna Schmidt, Jan Berg und dpa": how a byline line reads. */
    String names(List<String> names) {
        if (names.size() < 2) {
            return names.isEmpty() ? "" : names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + names.getLast();
    }

    String article(ArticleDetails a, List<ReaderComment> comments) {
        return article(a, comments, FormState.EMPTY);
    }

    /** The page after the reader's form post was stored: the status line thanks them. */
    FormState sent() {
        return new FormState("", "", "", "", Map.of(), text("reader.form.thanks"), "ok", false);
    }

    /**
     * The page after the intake refused a form post: the typed values, one message per field that names it (as the
     * script's, from the same bundle) and a status line saying what happened.
     */
    FormState refused(String authorName, String email, String body, String parentId, CommentFormIntake.Outcome outcome) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (outcome.result() == CommentFormIntake.Result.INVALID) {
            Map<String, String> values = Map.of("authorName", nullToEmpty(authorName), "email", nullToEmpty(email),
                    "body", nullToEmpty(body));
            for (String field : FORM_FIELDS) {
                if (outcome.fields().contains(field)) {
                    String problem = problem(field, values.get(field));
                    errors.put(field, problem.isEmpty() ? text("reader.field.invalid", label(field)) : problem);
                }
            }
        }
        String status = switch (outcome.result()) {
            case ACCEPTED -> text("reader.form.thanks");
            case INVALID -> text("reader.form.invalid");
            case CLOSED -> text("reader.form.unavailable");
            case DUPLICATE -> text("reader.form.duplicate");
            case REFUSED -> text("reader.form.refused");
            case RATE_LIMITED -> text("reader.form.too-many");
            case UNAVAILABLE, FAILED -> text("reader.form.failed");
        };
        return new FormState(nullToEmpty(authorName), nullToEmpty(email), nullToEmpty(body), nullToEmpty(parentId),
                errors, status, "error", true);
    }

    /** What is wrong with a field's value as the script would say it (reader.js, problem()), or "" when nothing. */
    private String problem(String field, String value) {
        int max = switch (field) {
            case "authorName" -> LIMITS.author();
            case "email" -> LIMITS.email();
            default -> LIMITS.body();
        };
        if (value.isBlank()) {
            return field.equals("email") ? "" : text("reader.field.required", label(field));
        }
        if (value.codePointCount(0, value.length()) > max) {
            return text("reader.field.too-long", label(field), max);
        }
        if (field.equals("email") && !EMAIL.matcher(value.strip()).matches()) {
            return text("reader.field.email", label(field));
        }
        return "";
    }

    private String label(String field) {
        return text(switch (field) {
            case "authorName" -> "reader.form.name";
            case "email" -> "reader.form.email";
            default -> "reader.form.body";
        });
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, site.locale());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    String article(ArticleDetails a, List<ReaderComment> comments, FormState form) {
        Context context = context();
        context.setVariable("form", form);
        context.setVariable("formAction", readHref(a.slug()) + "#comment-form");
        context.setVariable("article", a);
        context.setVariable("crumbs", a.breadcrumb().stream().map(c -> new CrumbView(c.type(), c.name(),
                c.type().equals("article") ? Teasers.teaser(c.name(), CRUMB_TITLE_LENGTH) : c.name(), c.path()))
                .toList());
        context.setVariable("published", date(a.publishedAt()));
        context.setVariable("byline", names(a.bylines()));
        boolean updated = a.updatedAt() != null && a.publishedAt() != null
                && a.updatedAt().isAfter(a.publishedAt().plusSeconds(60));
        context.setVariable("updated", updated ? date(a.updatedAt()) : null);
        context.setVariable("corrections", a.corrections().stream()
                .map(c -> new CorrectionView(correctionDates.format(c.date()), c.note())).toList());
        context.setVariable("latestCategory", a.breadcrumb().stream().filter(c -> c.type().equals("category"))
                .reduce((first, second) -> second).map(Crumb::name).orElse(""));
        context.setVariable("latest", a.latestInCategory().stream().map(l -> new TeaserView(readHref(l.slug()),
                Teasers.teaser(l.title(), BOX_TITLE_LENGTH), Teasers.teaser(l.teaser(), BOX_TEASER_LENGTH))).toList());
        // All approved comments, not only those the page shows (at most ReaderService.MAX_COMMENTS_ON_PAGE).
        context.setVariable("commentCount", Math.max(a.approvedCommentCount(), comments.size()));
        context.setVariable("thread", thread(comments));
        context.setVariable("endpoint", "/api/public/articles/"
                + UriUtils.encodePathSegment(a.slug(), StandardCharsets.UTF_8) + "/comments");
        context.setVariable("reportEndpoint", "/api/public/comments/{id}/reports");
        context.setVariable("limits", LIMITS);
        context.setVariable("imageSizes", de.newsroom.console.media.PublicImage.SIZES);
        return engine.process("article", context);
    }

    String notFound() {
        return engine.process("not-found", context());
    }

    /** The page for an article the newsroom has withdrawn (moved to the trash after publishing). */
    String gone() {
        return engine.process("gone", context());
    }

    private Context context() {
        var context = new Context(site.locale());
        context.setVariable("lang", site.locale().toLanguageTag());
        context.setVariable("assets", assets);
        return context;
    }

    private List<CommentNode> thread(List<ReaderComment> comments) {
        Map<Long, ReaderComment> byId = new HashMap<>();
        comments.forEach(c -> byId.put(c.id(), c));
        Map<Long, List<ReaderComment>> replies = new LinkedHashMap<>();
        List<ReaderComment> roots = new ArrayList<>();
        for (ReaderComment c : comments) {
            // A reply to a comment that is not shown (not approved, or beyond the limit) stands on its own.
            if (c.parentId() != null && byId.containsKey(c.parentId())) {
                replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            } else {
                roots.add(c);
            }
        }
        return level(roots, replies, 0);
    }

    private List<CommentNode> level(List<ReaderComment> comments, Map<Long, List<ReaderComment>> replies, int depth) {
        List<CommentNode> nodes = new ArrayList<>();
        for (ReaderComment c : comments) {
            List<ReaderComment> children = replies.getOrDefault(c.id(), List.of());
            if (depth < MAX_REPLY_DEPTH) {
                nodes.add(node(c, level(children, replies, depth + 1)));
            } else {
                nodes.add(node(c, List.of()));
                nodes.addAll(level(children, replies, depth));
            }
        }
        return nodes;
    }

    private CommentNode node(ReaderComment c, List<CommentNode> replies) {
        return new CommentNode(c.id(), c.authorName(), date(c.createdAt()), c.body(), c.editedByNewsroom(),
                c.fromNewsroom(), replies);
    }

    private String date(Instant instant) {
        return instant == null ? "" : dates.format(instant);
    }

    /** The page address of a slug, encoded as one path segment. */
    static String readHref(String slug) {
        return "/read/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
    }
}
