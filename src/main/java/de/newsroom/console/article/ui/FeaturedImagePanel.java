package de.newsroom.console.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.newsroom.console.article.ArticleImages;
import de.newsroom.console.article.ArticleWorkflowException;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.media.MediaService;
import de.newsroom.console.media.PublicImage;
import de.newsroom.console.media.ui.MediaPickerDialog;

/**
 * The article's featured image as readers will see it (picture, caption, credit), chosen from the library. Saved at
 * once, apart from the text, so choosing a picture never conflicts with someone else's edit of the text.
 */
class FeaturedImagePanel extends Div {

    final Image image = new Image();
    final Paragraph caption = new Paragraph();
    final Paragraph empty = new Paragraph();
    final Button choose = new Button();
    final Button remove = new Button();
    private final transient ArticleImages images;
    private final transient MediaService media;
    private Long articleId;

    FeaturedImagePanel(ArticleImages images, MediaService media) {
        this.images = images;
        this.media = media;
        setId("article-featured");
        addClassName("article-featured");
        image.addClassName("article-featured-image");
        image.setId("article-featured-image");
        caption.addClassName("article-featured-caption");
        choose.setText(getTranslation("article.featured.choose"));
        choose.setIcon(VaadinIcon.PICTURE.create());
        choose.setId("article-featured-choose");
        choose.addClickListener(e -> new MediaPickerDialog(media, picked -> set(picked.id())).open());
        remove.setText(getTranslation("article.featured.remove"));
        remove.setId("article-featured-remove");
        remove.addClickListener(e -> set(null));
        add(image, caption, empty, new Div(choose, remove));
        show(null);
    }

    /** Shows the featured image of this article ({@code null}: a new, unsaved article). */
    void show(Long id) {
        this.articleId = id;
        PublicImage featured = id == null ? null
                : images.featuredImage(id).map(m -> media.published(java.util.List.of(m)).get(m)).orElse(null);
        image.setVisible(featured != null);
        caption.setVisible(featured != null);
        remove.setVisible(featured != null);
        choose.setEnabled(id != null);
        empty.setText(getTranslation(id == null ? "article.featured.saveFirst" : "article.featured.none"));
        empty.setVisible(featured == null);
        if (featured != null) {
            image.setSrc(featured.url());
            image.setAlt(featured.alt());
            image.getElement().setAttribute("srcset", featured.srcset());
            image.getElement().setAttribute("sizes", PublicImage.SIZES);
            caption.setText(String.join(" · ", java.util.stream.Stream.of(featured.caption(), featured.credit())
                    .filter(s -> !s.isBlank()).toList()));
        }
    }

    void set(Long imageId) {
        if (articleId == null) {
            return;
        }
        try {
            images.setFeaturedImage(articleId, imageId);
            Notifications.success(getTranslation("article.featured.saved"));
        } catch (ArticleWorkflowException e) {
            Notifications.error(getTranslation(e.messageKey(), e.args()));
        }
        show(articleId);
    }
}
