package de.newsroom.console.article.ui;

import de.newsroom.console.article.ArticleDetails;
import de.newsroom.console.article.ArticleDraft;
import de.newsroom.console.article.Byline;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.tag.TagRef;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The editor form's own object: the Binder writes here, never into anything the service returned. */
class ArticleFormData {

    private String title = "";
    private String slug = "";
    private String lead = "";
    private String body = "";
    private CategoryNode category;
    private Set<TagRef> tags = new LinkedHashSet<>();
    private boolean commentsOpen = true;
    // Null until loaded: a new article's draft then leaves the byline to the service (the creating editor).
    private Set<Byline> bylines;

    static ArticleFormData of(ArticleDetails d, List<CategoryNode> tree) {
        var f = new ArticleFormData();
        f.title = d.title();
        f.slug = d.slug();
        f.lead = d.lead();
        f.body = d.body();
        f.category = tree.stream().filter(n -> n.id().equals(d.categoryId())).findFirst().orElse(null);
        f.tags = new LinkedHashSet<>(d.tags());
        f.commentsOpen = d.commentsOpen();
        f.bylines = new LinkedHashSet<>(d.bylines());
        return f;
    }

    ArticleDraft toDraft(Long id, long baseVersion) {
        return new ArticleDraft(id, baseVersion, title, slug, lead, body, category == null ? null : category.id(),
                tags.stream().map(TagRef::name).toList(), commentsOpen, bylines == null ? null : List.copyOf(bylines));
    }

    String getTitle() { return title; }
    void setTitle(String title) { this.title = title; }
    String getSlug() { return slug; }
    void setSlug(String slug) { this.slug = slug; }
    String getLead() { return lead; }
    void setLead(String lead) { this.lead = lead; }
    String getBody() { return body; }
    void setBody(String body) { this.body = body; }
    CategoryNode getCategory() { return category; }
    void setCategory(CategoryNode category) { this.category = category; }
    Set<TagRef> getTags() { return tags; }
    void setTags(Set<TagRef> tags) { this.tags = tags == null ? new LinkedHashSet<>() : new LinkedHashSet<>(tags); }
    Set<Byline> getBylines() { return bylines == null ? new LinkedHashSet<>() : bylines; }
    void setBylines(Set<Byline> bylines) { this.bylines = bylines == null ? null : new LinkedHashSet<>(bylines); }
    boolean isCommentsOpen() { return commentsOpen; }
    void setCommentsOpen(boolean commentsOpen) { this.commentsOpen = commentsOpen; }
}
