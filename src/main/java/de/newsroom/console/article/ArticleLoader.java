package de.newsroom.console.article;

import de.newsroom.console.base.domain.Teasers;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import de.newsroom.console.tag.TagRef;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Loads articles for the editing and workflow services and turns them into {@link ArticleDetails}. */
@Component
class ArticleLoader {

    static final int TEASER_LENGTH = 160;

    private final ArticleRepository articles;
    private final ArticlePeople people;
    private final CategoryService categories;
    private final ArticleBylines bylines;
    private final JdbcTemplate jdbc;

    ArticleLoader(ArticleRepository articles, ArticlePeople people, CategoryService categories,
                  ArticleBylines bylines, JdbcTemplate jdbc) {
        this.articles = articles;
        this.people = people;
        this.categories = categories;
        this.bylines = bylines;
        this.jdbc = jdbc;
    }

    Article get(Long id) {
        return articles.findById(id).orElseThrow(ArticleLoader::notFound);
    }

    /** Loads and row-locks the article, so concurrent changes of one article are judged one after the other. */
    Article locked(Long id) {
        return articles.findForUpdate(id).orElseThrow(ArticleLoader::notFound);
    }

    /** The locked article, if it is still at the version the caller saw; otherwise a conflict on its status. */
    Article lockedAt(Long id, long expectedVersion) {
        Article article = locked(id);
        if (article.getVersion() != expectedVersion) {
            throw conflict(article, Set.of(ArticleField.STATUS));
        }
        return article;
    }

    ArticleConflictException conflict(Article article, Set<ArticleField> fields) {
        return new ArticleConflictException(people.displayName(article.getUpdatedBy()), article.getUpdatedAt(),
                details(article), fields);
    }

    static ArticleWorkflowException notFound() {
        return new ArticleWorkflowException("article.error.notfound");
    }

    ArticleDetails details(Article a) {
        return details(a, null);
    }

    ArticleDetails details(Article a, CategoryNode known) {
        return details(a, known, null);
    }

    /**
     * The details, taking the category's trail from {@code known} when it is the article's, so a save reads it once,
     * and the bylines from {@code knownBylines} when the caller just stored them (null: read them).
     */
    ArticleDetails details(Article a, CategoryNode known, List<Byline> knownBylines) {
        List<String> trail;
        if (a.getCategoryId() == null) {
            trail = List.of();
        } else if (known != null && known.id().equals(a.getCategoryId())) {
            trail = known.trail();
        } else {
            trail = categories.find(a.getCategoryId()).map(CategoryNode::trail).orElse(List.of());
        }
        String authorName = people.displayName(a.getAuthorId());
        // Mostly the author edits their own article: one lookup then, not two.
        String updatedByName = a.getUpdatedBy() == null || a.getUpdatedBy().equals(a.getAuthorId()) ? authorName
                : people.displayName(a.getUpdatedBy());
        return new ArticleDetails(a.getId(), a.getVersion(), a.getTitle(), a.getSlug(), a.getLead(), a.getBody(),
                a.getCategoryId(), trail, tagRefs(a.getId()), authorName, a.getStatus(),
                a.isCommentsOpen(), a.getCreatedAt(), a.getUpdatedAt(), updatedByName,
                a.getPublishedAt(), a.getScheduledAt(), a.isPublishedLate(),
                Teasers.teaserFromHtmlish(a.getLead(), TEASER_LENGTH), a.getStatus().next(), a.getTrashedAt(),
                knownBylines != null ? knownBylines : bylines.of(a.getId()));
    }

    /** "News Archiv › Wirtschaft" for the diff; empty for no (or a deleted) category. */
    String categoryPath(Long categoryId) {
        return categories.find(categoryId).map(CategoryNode::displayPath).orElse("");
    }

    /** The article's content as stored now. */
    ArticleContent content(Article a) {
        return a.content(tagRefs(a.getId()).stream().map(TagRef::name).toList(), bylines.of(a.getId()));
    }

    List<TagRef> tagRefs(Long articleId) {
        return jdbc.query("""
                select t.id, t.name from article_tag at join tag_ref t on t.id = at.tag_id
                where at.article_id = ? order by t.name collate newsroom_de""",
                (rs, i) -> new TagRef(rs.getLong(1), rs.getString(2)), articleId);
    }
}
