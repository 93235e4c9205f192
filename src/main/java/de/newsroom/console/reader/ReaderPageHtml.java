package de.newsroom.console.reader;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import de.newsroom.console.base.domain.Teasers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.UriUtils;

/**
 * Renders the reader preview page. Every text goes through {@code htmlEscape}; only the sanitised body HTML is
 * inserted as is. The inline style and script are constants, so the Content-Security-Policy allows them by hash.
 */
final class ReaderPageHtml {

    static final String STYLE = """
            body{margin:0;background:#f2f2ef;color:#222;font:17px/1.55 Georgia,"Times New Roman",serif}
            .preview-note{background:#1a3a5c;color:#fff;font:14px/1.4 system-ui,sans-serif;padding:6px 16px}
            .page{max-width:1080px;margin:0 auto;padding:16px;display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:32px}
            .breadcrumb{grid-column:1/-1;font:14px system-ui,sans-serif;color:#555}
            .breadcrumb a{color:#1a3a5c}
            .breadcrumb .sep{margin:0 4px;color:#999}
            article{background:#fff;padding:24px 32px;border-radius:4px}
            h1{font-size:2rem;line-height:1.2;margin:0 0 12px}
            .meta{font:13px system-ui,sans-serif;color:#666}
            .lead{font-weight:bold}
            .body h2{font-size:1.25rem;margin:1.4em 0 .4em}
            .body a{color:#1a3a5c}
            .keywords{font:14px system-ui,sans-serif;color:#555;border-top:1px solid #ddd;padding-top:8px}
            aside h2,.comments h2,.comment-form h2{font:bold 18px system-ui,sans-serif;margin:0 0 8px}
            aside{background:#fff;padding:16px;border-radius:4px;align-self:start}
            aside ul{list-style:none;margin:0;padding:0}
            aside li{border-top:1px solid #eee;padding:8px 0;font-size:15px}
            aside li a{color:#222;text-decoration:none}
            aside li strong{display:block;color:#1a3a5c}
            .comments,.comment-form{grid-column:1;background:#fff;padding:16px 32px;border-radius:4px}
            .comments ol{list-style:none;padding-left:0}
            .comments ol ol{padding-left:24px;border-left:2px solid #e5e5e5}
            .comment{margin:12px 0}
            .comment .who{font:bold 14px system-ui,sans-serif}
            .comment .when{font:12px system-ui,sans-serif;color:#777}
            .comment p{white-space:pre-wrap;margin:4px 0}
            .comment button{font:12px system-ui,sans-serif;background:none;border:0;color:#1a3a5c;cursor:pointer;padding:0}
            form label{display:block;font:14px system-ui,sans-serif;margin-top:10px}
            form input,form textarea{width:100%;box-sizing:border-box;font:16px system-ui,sans-serif;padding:6px}
            form textarea{min-height:120px}
            form button[type=submit]{margin-top:12px;font:bold 15px system-ui,sans-serif;background:#1a3a5c;color:#fff;border:0;padding:8px 16px;border-radius:3px}
            .hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
            .status{font:15px system-ui,sans-serif;min-height:1.5em}
            .status.ok{color:#1b6e2a}.status.error{color:#a11}
            @media (max-width:800px){.page{grid-template-columns:1fr}aside{grid-column:1}}
            """;

    static final String SCRIPT = """
            (function () {
              var form = document.getElementById('comment-form');
              if (!form) { return; }
              var statusLine = document.getElementById('comment-status');
              var replyNote = document.getElementById('reply-note');
              var replyText = document.getElementById('reply-text');
              var lastPayload = null, key = null;
              function show(text, kind) { statusLine.textContent = text; statusLine.className = 'status ' + (kind || ''); }
              function uuid() {
                if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
                return String(Date.now()) + '-' + Math.random().toString(16).slice(2);
              }
              function describe(data, fallback) {
                var parts = [];
                if (data && data.message) { parts.push(String(data.message)); }
                var errors = data && (data.errors || data.fieldErrors);
                if (Array.isArray(errors)) {
                  errors.forEach(function (e) { parts.push(typeof e === 'string' ? e : (e.message || e.defaultMessage || '')); });
                } else if (errors && typeof errors === 'object') {
                  Object.keys(errors).forEach(function (k) { parts.push(String(errors[k])); });
                }
                parts = parts.filter(function (p) { return p; });
                return parts.length ? parts.join(' ') : fallback;
              }
              document.querySelectorAll('button[data-reply-to]').forEach(function (button) {
                button.addEventListener('click', function () {
                  form.elements.parentId.value = button.getAttribute('data-reply-to');
                  replyText.textContent = button.getAttribute('data-reply-label');
                  replyNote.hidden = false;
                  form.elements.body.focus();
                });
              });
              document.getElementById('cancel-reply').addEventListener('click', function () {
                form.elements.parentId.value = '';
                replyNote.hidden = true;
              });
              form.addEventListener('submit', function (event) {
                event.preventDefault();
                var parent = form.elements.parentId.value;
                var payload = JSON.stringify({
                  authorName: form.elements.authorName.value,
                  email: form.elements.email.value || null,
                  body: form.elements.body.value,
                  parentId: parent ? Number(parent) : null,
                  website: form.elements.website.value
                });
                if (payload !== lastPayload) { lastPayload = payload; key = uuid(); }
                show(form.getAttribute('data-sending'));
                fetch(form.getAttribute('data-endpoint'), {
                  method: 'POST',
                  headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'Idempotency-Key': key },
                  body: payload
                }).then(function (response) {
                  return response.json().catch(function () { return {}; }).then(function (data) {
                    if (response.ok) {
                      show(describe(data, form.getAttribute('data-thanks')), 'ok');
                      form.elements.body.value = '';
                      form.elements.parentId.value = '';
                      replyNote.hidden = true;
                    } else if (response.status === 429) {
                      show(describe(data, form.getAttribute('data-too-many')), 'error');
                    } else if (response.status === 400) {
                      show(describe(data, form.getAttribute('data-invalid')), 'error');
                    } else {
                      show(describe(data, form.getAttribute('data-failed')), 'error');
                    }
                  });
                }).catch(function () { show(form.getAttribute('data-failed'), 'error'); });
              });
            })();
            """;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' '" + sha256(SCRIPT) + "'; "
            + "style-src 'self' '" + sha256(STYLE) + "'; img-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final int CRUMB_TITLE_LENGTH = 24;
    private static final int BOX_TITLE_LENGTH = 60;
    private static final int BOX_TEASER_LENGTH = 70;

    private final DateTimeFormatter dates;

    ReaderPageHtml(ZoneId zone) {
        this.dates = DateTimeFormatter.ofPattern(ReaderTexts.DATE_PATTERN, Locale.GERMAN).withZone(zone);
    }

    String article(ArticleDetails a, List<ReaderComment> comments) {
        var html = new StringBuilder(16_384);
        head(html, a.title(), a.keywords());
        html.append("<main class=\"page\">\n");
        breadcrumb(html, a.breadcrumb());
        html.append("<article>\n<h1>").append(esc(a.title())).append("</h1>\n");
        html.append("<p class=\"meta\">").append(esc(ReaderTexts.PUBLISHED)).append(' ').append(date(a.publishedAt()));
        if (a.updatedAt() != null && a.publishedAt() != null && a.updatedAt().isAfter(a.publishedAt().plusSeconds(60))) {
            html.append(", ").append(esc(ReaderTexts.UPDATED)).append(' ').append(date(a.updatedAt()));
        }
        html.append("</p>\n");
        if (!a.lead().isBlank()) {
            html.append("<p class=\"lead\"><strong>").append(esc(a.lead())).append("</strong></p>\n");
        }
        // The one raw insertion: MarkdownRenderer.toHtml has sanitised it.
        html.append("<div class=\"body\">").append(a.bodyHtml()).append("</div>\n");
        if (!a.keywords().isBlank()) {
            html.append("<p class=\"keywords\" aria-label=\"").append(esc(ReaderTexts.KEYWORDS_LABEL)).append("\">")
                    .append(esc(a.keywords())).append("</p>\n");
        }
        html.append("</article>\n");
        latest(html, a);
        comments(html, comments);
        form(html, a);
        html.append("</main>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    String notFound() {
        var html = new StringBuilder();
        head(html, ReaderTexts.NOT_FOUND_TITLE, "");
        html.append("<main class=\"page\"><article><h1>").append(esc(ReaderTexts.NOT_FOUND_TITLE))
                .append("</h1><p>").append(esc(ReaderTexts.NOT_FOUND_TEXT)).append("</p></article></main>\n")
                .append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private void head(StringBuilder html, String title, String keywords) {
        html.append("<!DOCTYPE html>\n<html lang=\"").append(ReaderTexts.LANGUAGE).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"robots\" content=\"noindex\">\n")
                .append("<title>").append(esc(title)).append("</title>\n");
        if (!keywords.isBlank()) {
            html.append("<meta name=\"keywords\" content=\"").append(esc(keywords)).append("\">\n");
        }
        html.append("<link rel=\"icon\" href=\"/icons/favicon.svg\">\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<div class=\"preview-note\">").append(esc(ReaderTexts.PREVIEW_NOTE)).append("</div>\n");
    }

    private void breadcrumb(StringBuilder html, List<Crumb> crumbs) {
        html.append("<nav class=\"breadcrumb\" aria-label=\"").append(esc(ReaderTexts.BREADCRUMB_LABEL)).append("\">")
                .append(esc(ReaderTexts.YOU_ARE_HERE)).append(' ');
        for (int i = 0; i < crumbs.size(); i++) {
            Crumb c = crumbs.get(i);
            if (i > 0) {
                html.append("<span class=\"sep\">&gt;</span>");
            }
            switch (c.type()) {
                case "article" -> html.append("<span aria-current=\"page\" title=\"").append(esc(c.name())).append("\">")
                        .append(esc(Teasers.teaser(c.name(), CRUMB_TITLE_LENGTH))).append("</span>");
                case "category" -> html.append("<span data-path=\"").append(esc(c.path())).append("\">")
                        .append(esc(c.name())).append("</span>");
                default -> html.append("<span>").append(esc(c.name())).append("</span>");
            }
        }
        html.append("</nav>\n");
    }

    private void latest(StringBuilder html, ArticleDetails a) {
        if (a.latestInCategory().isEmpty()) {
            return;
        }
        String category = a.breadcrumb().stream().filter(c -> c.type().equals("category"))
                .reduce((first, second) -> second).map(Crumb::name).orElse("");
        html.append("<aside class=\"latest\">\n<h2>").append(esc(ReaderTexts.LATEST_IN_CATEGORY.formatted(category)))
                .append("</h2>\n<ul>\n");
        for (LatestArticle l : a.latestInCategory()) {
            html.append("<li><a href=\"").append(readHref(l.slug())).append("\"><strong>")
                    .append(esc(Teasers.teaser(l.title(), BOX_TITLE_LENGTH))).append("</strong>")
                    .append(esc(Teasers.teaser(l.teaser(), BOX_TEASER_LENGTH))).append("</a></li>\n");
        }
        html.append("</ul>\n</aside>\n");
    }

    private void comments(StringBuilder html, List<ReaderComment> comments) {
        html.append("<section class=\"comments\" id=\"comments\">\n<h2>")
                .append(esc(ReaderTexts.COMMENTS.formatted(comments.size()))).append("</h2>\n");
        if (comments.isEmpty()) {
            html.append("<p>").append(esc(ReaderTexts.NO_COMMENTS)).append("</p>\n");
        } else {
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
            thread(html, roots, replies, 0);
        }
        html.append("</section>\n");
    }

    private void thread(StringBuilder html, List<ReaderComment> level, Map<Long, List<ReaderComment>> replies, int depth) {
        html.append("<ol>\n");
        for (ReaderComment c : level) {
            html.append("<li class=\"comment\" id=\"comment-").append(c.id()).append("\">")
                    .append("<span class=\"who\">").append(esc(c.authorName())).append("</span> ")
                    .append("<span class=\"when\">").append(date(c.createdAt())).append("</span>")
                    .append("<p>").append(esc(c.body())).append("</p>")
                    .append("<button type=\"button\" data-reply-to=\"").append(c.id()).append("\" data-reply-label=\"")
                    .append(esc(ReaderTexts.REPLY_TO.formatted(c.authorName()))).append("\">")
                    .append(esc(ReaderTexts.REPLY)).append("</button>\n");
            List<ReaderComment> children = replies.get(c.id());
            if (children != null) {
                // Deep threads stay readable: beyond a few levels replies are shown at the same depth.
                if (depth < 4) {
                    thread(html, children, replies, depth + 1);
                } else {
                    html.append("</li>\n");
                    thread(html, children, replies, depth);
                    continue;
                }
            }
            html.append("</li>\n");
        }
        html.append("</ol>\n");
    }

    private void form(StringBuilder html, ArticleDetails a) {
        html.append("<section class=\"comment-form\">\n<h2>").append(esc(ReaderTexts.WRITE_COMMENT)).append("</h2>\n");
        if (!a.commentsOpen()) {
            html.append("<p>").append(esc(ReaderTexts.COMMENTS_CLOSED)).append("</p>\n</section>\n");
            return;
        }
        html.append("<p>").append(esc(ReaderTexts.FORM_INTRO)).append("</p>\n")
                .append("<form id=\"comment-form\" method=\"post\" novalidate data-endpoint=\"/api/public/articles/")
                .append(esc(UriUtils.encodePathSegment(a.slug(), StandardCharsets.UTF_8))).append("/comments\"")
                .append(dataAttribute("sending", ReaderTexts.SENDING))
                .append(dataAttribute("thanks", ReaderTexts.THANKS))
                .append(dataAttribute("invalid", ReaderTexts.INVALID))
                .append(dataAttribute("too-many", ReaderTexts.TOO_MANY))
                .append(dataAttribute("failed", ReaderTexts.FAILED)).append(">\n")
                .append("<p id=\"reply-note\" hidden><span id=\"reply-text\"></span> ")
                .append("<button type=\"button\" id=\"cancel-reply\">").append(esc(ReaderTexts.CANCEL_REPLY))
                .append("</button></p>\n")
                .append("<input type=\"hidden\" name=\"parentId\" value=\"\">\n")
                .append("<label>").append(esc(ReaderTexts.NAME))
                .append(" <input name=\"authorName\" required maxlength=\"80\" autocomplete=\"name\"></label>\n")
                .append("<label>").append(esc(ReaderTexts.EMAIL))
                .append(" <input name=\"email\" type=\"email\" maxlength=\"254\" autocomplete=\"email\"></label>\n")
                .append("<label>").append(esc(ReaderTexts.COMMENT))
                .append(" <textarea name=\"body\" required maxlength=\"5000\"></textarea></label>\n")
                .append("<div class=\"hp\" aria-hidden=\"true\"><label>").append(esc(ReaderTexts.HONEYPOT))
                .append(" <input name=\"website\" tabindex=\"-1\" autocomplete=\"off\"></label></div>\n")
                .append("<button type=\"submit\">").append(esc(ReaderTexts.SUBMIT)).append("</button>\n")
                .append("<p id=\"comment-status\" class=\"status\" role=\"status\" aria-live=\"polite\"></p>\n")
                .append("</form>\n</section>\n");
    }

    private static String dataAttribute(String name, String value) {
        return " data-" + name + "=\"" + esc(value) + "\"";
    }

    private String date(Instant instant) {
        return instant == null ? "" : esc(dates.format(instant));
    }

    static String readHref(String slug) {
        return "/read/" + esc(UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8));
    }

    private static String esc(String text) {
        return text == null ? "" : htmlEscape(text, "UTF-8");
    }

    static String sha256(String inlineContent) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(inlineContent.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
