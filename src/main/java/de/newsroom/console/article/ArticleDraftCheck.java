package de.newsroom.console.article;

import de.newsroom.console.base.domain.Slugs;
import de.newsroom.console.base.domain.TextLimits;
import de.newsroom.console.base.domain.TextProblem;
import de.newsroom.console.base.domain.Texts;
import java.text.Normalizer;

/** Normalises and checks the texts of a draft; refusals name the form field, so the editor marks it. */
final class ArticleDraftCheck {

    private ArticleDraftCheck() {
    }

    static String title(ArticleDraft d) {
        return checked("title", d.title(), 1, TextLimits.ARTICLE_TITLE);
    }

    static String lead(ArticleDraft d) {
        return checked("lead", d.lead(), 0, TextLimits.ARTICLE_LEAD);
    }

    // The body keeps its leading indentation (Markdown code blocks) and only loses trailing blank space.
    static String body(ArticleDraft d) {
        String value = d.body() == null ? "" : Normalizer.normalize(d.body().stripTrailing(), Normalizer.Form.NFC);
        TextProblem problem = Texts.check(value, 0, TextLimits.ARTICLE_BODY);
        if (problem == TextProblem.TOO_LONG) {
            throw ArticleWorkflowException.onField("body", "article.error.toolong", TextLimits.ARTICLE_BODY);
        }
        if (problem != TextProblem.OK) {
            throw ArticleWorkflowException.onField("body", "article.error.unstorable");
        }
        return value;
    }

    /** A blank slug keeps {@code currentSlug} (a new article derives one from the title). */
    static String slug(ArticleDraft d, String title, String currentSlug) {
        if (d.slug() == null || d.slug().isBlank()) {
            String slug = currentSlug != null ? currentSlug : Slugs.slugify(title);
            return slug.isEmpty() ? "artikel" : slug;
        }
        String slug = Slugs.slugify(d.slug());
        if (slug.isEmpty()) {
            throw ArticleWorkflowException.onField("slug", "article.error.slug.invalid");
        }
        return slug;
    }

    private static String checked(String field, String raw, int min, int max) {
        String value = Texts.normalize(raw == null ? "" : raw);
        TextProblem problem = Texts.check(value, min, max);
        switch (problem) {
            case OK -> {
                return value;
            }
            case TOO_SHORT -> throw ArticleWorkflowException.onField(field, "article.error.required." + field);
            case TOO_LONG -> throw ArticleWorkflowException.onField(field, "article.error.toolong", max);
            default -> throw ArticleWorkflowException.onField(field, "article.error.unstorable");
        }
    }
}
