package de.newsroom.console.article;

import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.EditorOnly;
import de.newsroom.console.base.markdown.MediaLinks;
import de.newsroom.console.media.MediaService;
import de.newsroom.console.media.PublicImage;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An article's pictures: the featured image (its own column, chosen in the editor and saved at once) and the
 * pictures its body names as {@code ![alt](media:ID)}. Keeps the picture library's usage count in step and refuses to
 * publish an article whose pictures lack alt text.
 */
@Service
public class ArticleImages {

    private final JdbcTemplate jdbc;
    private final MediaService media;
    private final AuditLog audit;

    ArticleImages(JdbcTemplate jdbc, MediaService media, AuditLog audit) {
        this.jdbc = jdbc;
        this.media = media;
        this.audit = audit;
    }

    /** The featured image's picture id, if the article has one. */
    @Transactional(readOnly = true)
    @EditorOnly
    public Optional<Long> featuredImage(long articleId) {
        return jdbc.query("select featured_image_id from article where id = ?",
                (rs, n) -> (Long) rs.getObject(1, Long.class), articleId).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /** Sets (or with {@code null} removes) the featured image and updates the library's usage count. */
    @Transactional
    @EditorOnly
    public void setFeaturedImage(long articleId, Long imageId) {
        if (imageId != null && media.find(imageId).isEmpty()) {
            throw new ArticleWorkflowException("article.error.image.missing", imageId);
        }
        int updated = jdbc.update("update article set featured_image_id = ? where id = ?", imageId, articleId);
        if (updated != 1) {
            throw new ArticleWorkflowException("article.error.notfound");
        }
        syncUsage(articleId);
        audit.record("ARTICLE_FEATURED_IMAGE", "article", articleId, imageId == null ? "-" : "media " + imageId);
    }

    /** The ids of the pictures a Markdown body names, in order of appearance. */
    public static Set<Long> bodyImageIds(String body) {
        return MediaLinks.ids(body);
    }

    /** Records every picture the article uses now (featured and body) as its usage in the library. */
    /** An article deleted for good uses no picture any more: its pictures may be deleted once nothing else uses them. */
    void releaseAll(long articleId) {
        media.setUsage(owner(articleId), Set.of());
    }

    void syncUsage(long articleId) {
        media.setUsage(owner(articleId), imageIds(articleId));
    }

    /**
     * Refuses (with the picture named) to publish or schedule an article whose pictures have no alt text: readers
     * who cannot see a picture need it (accessibility).
     */
    void requireAltTexts(long articleId) {
        Set<Long> ids = imageIds(articleId);
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, PublicImage> images = media.published(ids);
        for (Long id : ids) {
            PublicImage image = images.get(id);
            if (image == null) {
                throw new ArticleWorkflowException("article.error.image.missing", id);
            }
            if (image.alt().isBlank()) {
                String name = image.caption().isBlank() ? "#" + id : image.caption();
                throw ArticleWorkflowException.onField("body", "article.error.image.alt", name);
            }
        }
    }

    private Set<Long> imageIds(long articleId) {
        List<Object[]> rows = jdbc.query("select featured_image_id, body from article where id = ?",
                (rs, n) -> new Object[] {rs.getObject(1, Long.class), rs.getString(2)}, articleId);
        Set<Long> ids = new LinkedHashSet<>();
        if (rows.isEmpty()) {
            return ids;
        }
        if (rows.getFirst()[0] != null) {
            ids.add((Long) rows.getFirst()[0]);
        }
        ids.addAll(bodyImageIds((String) rows.getFirst()[1]));
        return ids;
    }

    private static String owner(long articleId) {
        return "article:" + articleId;
    }
}
