package de.newsroom.console.reader;

import de.newsroom.console.base.domain.NewsroomZone;
import de.newsroom.console.base.domain.Teasers;
import de.newsroom.console.base.domain.TextLimits;
import de.newsroom.console.base.web.ReaderSite;
import de.newsroom.console.comment.ReportReason;
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

    /** A breadcrumb entry as shown; {@code href} links a category's page, null for home and the current page. */
    record CrumbView(String type, String name, String text, String path, String href) {
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

        /** The form answering comment {@code parentId}: "Antworten" followed as a link, without script. */
        static FormState replyingTo(String parentId) {
            return new FormState("", "", "", parentId, Map.of(), "", "", false);
        }
    }

    /**
     * The report form ("Melden") as the page shows it without script: closed ({@link #EMPTY}; the script moves the
     * one hidden form), open under comment {@code commentId} (the link followed, or a refused post with what the
     * reader chose and typed, one message per refused field and a status line), or closed with a status line there
     * (the thanks after the post-redirect-get, or why nothing was counted).
     */
    record ReportState(String commentId, String reason, String text, Map<String, String> errors, String status,
                       String statusKind, boolean open) {

        static final ReportState EMPTY = new ReportState("", "", "", Map.of(), "", "", false);

        static ReportState opened(String commentId) {
            return new ReportState(commentId, "", "", Map.of(), "", "", true);
        }
    }

    /** A category's page: its trail (the category last), a page of its articles (1-based) and whether more exist. */
    record CategoryPage(List<CategoryRef> trail, List<ArticleSummary> items, int page, boolean hasMore) {
    }

    /** The home page: a page of the newest published articles (1-based), whether more exist, and the sections. */
    record HomePage(List<ArticleSummary> items, int page, boolean hasMore, List<Section> sections) {
    }

    /**
     * One entry of a list of articles (home and category pages; the fragment {@code layout :: teasers}): the
     * article's category is null where the list is that category's own.
     */
    record ListItemView(String href, String title, String teaser, String published, String datetime,
                        String categoryName, String categoryHref) {
    }

    /** A link of the home page's section list: a root category with the ones directly below it. */
    record SectionView(String name, String href, List<SectionView> children) {
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
        return article(a, comments, FormState.EMPTY, ReportState.EMPTY);
    }

    String article(ArticleDetails a, List<ReaderComment> comments, FormState form) {
        return article(a, comments, form, ReportState.EMPTY);
    }

    /** The page after the reader's report was counted (post-redirect-get): thanks at the comment. */
    ReportState reportReceived(String commentId) {
        return new ReportState(commentId, "", "", Map.of(), text("reader.report.thanks"), "ok", false);
    }

    /**
     * The page after a report form post was refused: the form open again under the comment with the chosen reason,
     * the typed text and a message at each refused field; when the comment is gone, only a status line.
     */
    ReportState reportRefused(String commentId, String reason, String text, CommentFormIntake.Outcome outcome) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (outcome.result() == CommentFormIntake.Result.INVALID) {
            String reasonLabel = text("reader.report.reason");
            String textLabel = text("reader.report.text");
            if (outcome.fields().contains("reason")) {
                errors.put("reason", reason == null || reason.isBlank() ? text("reader.report.reason.required")
                        : text("reader.field.invalid", reasonLabel));
            }
            if (outcome.fields().contains("text")) {
                String typed = nullToEmpty(text);
                errors.put("text", typed.codePointCount(0, typed.length()) > LIMITS.report()
                        ? text("reader.field.too-long", textLabel, LIMITS.report())
                        : text("reader.field.invalid", textLabel));
            }
        }
        String status = switch (outcome.result()) {
            case ACCEPTED -> text("reader.report.thanks");
            case INVALID -> text("reader.report.invalid");
            case CLOSED -> text("reader.report.gone");
            case REFUSED -> text("reader.report.refused");
            case RATE_LIMITED -> text("reader.report.too-many");
            case DUPLICATE, UNAVAILABLE, FAILED -> text("reader.report.failed");
        };
        boolean open = outcome.result() != CommentFormIntake.Result.CLOSED
                && outcome.result() != CommentFormIntake.Result.ACCEPTED;
        return new ReportState(nullToEmpty(commentId), nullToEmpty(reason), nullToEmpty(text), errors, status,
                outcome.result() == CommentFormIntake.Result.ACCEPTED ? "ok" : "error", open);
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
            // The comment answered was taken off the page meanwhile: the text can still go out on its own.
            case INVALID -> outcome.fields().contains("parentId") && errors.isEmpty()
                    ? text("reader.form.reply-gone") : text("reader.form.invalid");
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

    String article(ArticleDetails a, List<ReaderComment> comments, FormState form, ReportState report) {
        Context context = context();
        String href = readHref(a.slug());
        context.setVariable("form", form);
        context.setVariable("formAction", href + "#comment-form");
        context.setVariable("pageHref", href);
        context.setVariable("article", a);
        context.setVariable("crumbs", a.breadcrumb().stream().map(c -> new CrumbView(c.type(), c.name(),
                c.type().equals("article") ? Teasers.teaser(c.name(), CRUMB_TITLE_LENGTH) : c.name(), c.path(),
                switch (c.type()) {
                    case "category" -> categoryHref(c.path());
                    case "home" -> HOME_HREF;
                    default -> null;
                })).toList());
        a.breadcrumb().stream().filter(c -> c.type().equals("category")).reduce((first, second) -> second)
                .ifPresent(c -> context.setVariable("categoryHref", categoryHref(c.path())));
        // Replying and reporting without script: links to this page that open the form for one comment. Only a
        // comment the page shows can be answered or reported from it.
        Map<String, ReaderComment> shown = new HashMap<>();
        comments.forEach(c -> shown.put(String.valueOf(c.id()), c));
        ReaderComment parent = shown.get(form.parentId().strip());
        context.setVariable("replyParentId", parent == null ? "" : String.valueOf(parent.id()));
        context.setVariable("replyLabel", parent == null ? "" : text("reader.comment.reply-to", parent.authorName()));
        context.setVariable("replyHref", href + "?" + REPLY_PARAMETER + "=");
        context.setVariable("reportHref", href + "?" + REPORT_PARAMETER + "=");
        context.setVariable("report", report);
        ReaderComment reported = shown.get(report.commentId().strip());
        context.setVariable("reportAt", reported == null ? -1L : reported.id());
        context.setVariable("reportAuthor", reported == null ? "" : reported.authorName());
        context.setVariable("reportOpen", reported != null && report.open());
        context.setVariable("reportAction", href + "/melden#report-form");
        context.setVariable("reportCancelHref", href + (reported == null ? "#comments" : "#comment-" + reported.id()));
        context.setVariable("reportReasons", java.util.Arrays.stream(ReportReason.values()).map(ReportReason::code)
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

    /** The page of a category: its articles, newest first, a page at a time. */
    String category(CategoryPage page) {
        Context context = context();
        context.setVariable("pageNote", true);
        CategoryRef category = page.trail().getLast();
        context.setVariable("category", category);
        List<CrumbView> crumbs = new ArrayList<>();
        crumbs.add(new CrumbView("home", site.homeLabel(), site.homeLabel(), "", HOME_HREF));
        for (CategoryRef c : page.trail()) {
            boolean current = c == category;
            crumbs.add(new CrumbView(current ? "current" : "category", c.name(), c.name(), c.path(),
                    current ? null : categoryHref(c.path())));
        }
        context.setVariable("crumbs", crumbs);
        context.setVariable("items", items(page.items(), category.path()));
        paging(context, categoryHref(category.path()), page.page(), page.hasMore());
        return engine.process("category", context);
    }

    /**
     * The home page: the newest published articles of every category, a page at a time, and the root categories
     * with the ones below them. "Startseite" is the current crumb here.
     */
    String home(HomePage page) {
        Context context = context();
        context.setVariable("pageNote", true);
        context.setVariable("crumbs", List.of(new CrumbView("current", site.homeLabel(), site.homeLabel(), "", null)));
        context.setVariable("items", items(page.items(), null));
        context.setVariable("sections", page.sections().stream().map(s -> new SectionView(s.category().name(),
                categoryHref(s.category().path()), s.children().stream()
                .map(c -> new SectionView(c.name(), categoryHref(c.path()), List.of())).toList())).toList());
        paging(context, HOME_HREF, page.page(), page.hasMore());
        return engine.process("home", context);
    }

    /** The teasers of a list; an article's category is named unless it is {@code listPath}, the list's own. */
    private List<ListItemView> items(List<ArticleSummary> items, String listPath) {
        return items.stream().map(i -> {
            CategoryRef own = i.category().isEmpty() ? null : i.category().getLast();
            boolean named = own != null && !own.path().equals(listPath);
            return new ListItemView(readHref(i.slug()), i.title(), i.teaser(), date(i.publishedAt()),
                    i.publishedAt() == null ? null : i.publishedAt().toString(), named ? own.name() : null,
                    named ? categoryHref(own.path()) : null);
        }).toList();
    }

    /** "‹ Neuere Artikel" and "Ältere Artikel ›" of a list at {@code href}; page 1 has no {@code ?seite=}. */
    private static void paging(Context context, String href, int page, boolean hasMore) {
        context.setVariable("newerHref", page <= 1 ? null
                : page == 2 ? href : href + "?" + PAGE_PARAMETER + "=" + (page - 1));
        context.setVariable("olderHref", hasMore ? href + "?" + PAGE_PARAMETER + "=" + (page + 1) : null);
        context.setVariable("pageNumber", page);
    }

    /**
     * The page number a list's {@code ?seite=} asks for, from 1 (absent: 1), or -1 when it is not a whole number
     * from 1 or lies past the deepest offset served ({@link ReaderService#MAX_OFFSET}).
     */
    static int pageNumber(String seite) {
        int number;
        try {
            number = seite == null ? 1 : Integer.parseInt(seite.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
        return number < 1 || (long) (number - 1) * LIST_PAGE_SIZE > ReaderService.MAX_OFFSET ? -1 : number;
    }

    String notFound() {
        Context context = context();
        context.setVariable("title", text("reader.not-found.title"));
        context.setVariable("text", text("reader.not-found.text"));
        return engine.process("not-found", context);
    }

    /** The page for an address under {@code /read/rubrik/} that names no category (or a page past the last). */
    String categoryNotFound() {
        return note("reader.category.not-found");
    }

    /** The page for {@code /read?seite=} past the last page (or not a page number at all). */
    String homeNotFound() {
        return note("reader.home.not-found");
    }

    /**
     * The page for an address the reader side cannot read: a path the firewall refuses ({@code ;}, {@code //},
     * {@code %25}) or a query string that is not UTF-8.
     */
    String badRequest() {
        return note("reader.bad-request");
    }

    /** The page for a request with a method no reader page answers ({@code TRACE}): a 405, a way on. */
    String methodNotAllowed() {
        return note("reader.method");
    }

    /** The page for a failure of ours (a 500): no details, a way on. */
    String failed() {
        return note("reader.failed");
    }

    /**
     * A page of one note (the not-found template in its page-note form): the bundle's {@code key.title} and
     * {@code key.text}.
     */
    private String note(String key) {
        Context context = context();
        context.setVariable("pageNote", true);
        context.setVariable("title", text(key + ".title"));
        context.setVariable("text", text(key + ".text"));
        return engine.process("not-found", context);
    }

    /** The line of text answered while PostgreSQL is unreachable, in the site's language. */
    String unavailableText() {
        return text("reader.unavailable");
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

    /** Query parameters of the page's links for readers without script (German, as the reader site's addresses). */
    static final String REPLY_PARAMETER = "antwort";
    static final String REPORT_PARAMETER = "melden";
    static final String REPORTED_PARAMETER = "gemeldet";
    static final String PAGE_PARAMETER = "seite";
    /** Articles a page on the home and the category pages. */
    static final int LIST_PAGE_SIZE = 20;
    /** The reader's home page, where the breadcrumb's first entry leads. */
    static final String HOME_HREF = "/read";
    /** Where a category's page lives: {@code /read/rubrik/news-archiv/wirtschaft}. */
    static final String CATEGORY_PREFIX = "/read/rubrik/";

    /** The page address of a category path, each segment encoded. */
    static String categoryHref(String path) {
        StringBuilder href = new StringBuilder(CATEGORY_PREFIX);
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length; i++) {
            href.append(i == 0 ? "" : "/").append(UriUtils.encodePathSegment(segments[i], StandardCharsets.UTF_8));
        }
        return href.toString();
    }

    /** The page address of a slug, encoded as one path segment. */
    static String readHref(String slug) {
        return "/read/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
    }
}
