package de.newsroom.console.article;

import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Builders for article tests: unique categories and complete drafts, and running code as a signed-in editor. */
public final class ArticleTestData {

    private ArticleTestData() {
    }

    public static CategoryNode category(CategoryService categories, String name) {
        return SystemAuthentication.call(() -> categories.create(null, name + " " + UUID.randomUUID().toString()
                .substring(0, 8), null));
    }

    public static CategoryNode subCategory(CategoryService categories, CategoryNode parent, String name) {
        return SystemAuthentication.call(() -> categories.create(parent.id(), name, null));
    }

    public static ArticleDraft complete(String title, Long categoryId) {
        return new ArticleDraft(null, 0, title, "", "Der Vorspann des Artikels mit genug Text.",
                "## Zwischenzeile\n\nErster Absatz.\n\nZweiter Absatz.", categoryId, List.of("Test"), true);
    }

    public static ArticleDraft withTitle(ArticleDraft d, String title) {
        return new ArticleDraft(d.id(), d.baseVersion(), title, d.slug(), d.lead(), d.body(), d.categoryId(),
                d.tagNames(), d.commentsOpen());
    }

    public static ArticleDraft withBody(ArticleDraft d, String body) {
        return new ArticleDraft(d.id(), d.baseVersion(), d.title(), d.slug(), d.lead(), body, d.categoryId(),
                d.tagNames(), d.commentsOpen());
    }

    public static ArticleDraft withLead(ArticleDraft d, String lead) {
        return new ArticleDraft(d.id(), d.baseVersion(), d.title(), d.slug(), lead, d.body(), d.categoryId(),
                d.tagNames(), d.commentsOpen());
    }

    public static ArticleDraft withSlug(ArticleDraft d, String slug) {
        return new ArticleDraft(d.id(), d.baseVersion(), d.title(), slug, d.lead(), d.body(), d.categoryId(),
                d.tagNames(), d.commentsOpen());
    }

    /** The article's revisions, newest first, texts included (the service lists them without texts, page by page). */
    public static List<ArticleRevision> revisions(ArticleRevisions history, Long articleId) {
        return history.history(articleId, 0, 500).stream()
                .map(summary -> history.find(articleId, summary.id()).orElseThrow()).toList();
    }

    /** Runs {@code work} with {@code username} signed in as an editor, on this thread. */
    public static <T> T as(String username, Supplier<T> work) {
        return signedIn(username, List.of("ROLE_EDITOR"), work);
    }

    /** Runs {@code work} as the demo admin (admin and editor), on this thread. */
    public static <T> T asAdmin(Supplier<T> work) {
        return signedIn("admin", List.of("ROLE_ADMIN", "ROLE_EDITOR"), work);
    }

    private static <T> T signedIn(String username, List<String> roles, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                roles.stream().map(SimpleGrantedAuthority::new).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
