package de.newsroom.console.article;

import de.newsroom.console.base.demo.DemoContributor;
import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.media.DemoPictures;
import de.newsroom.console.media.MediaDetails;
import de.newsroom.console.media.MediaImage;
import de.newsroom.console.media.MediaService;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Featured images for the three newest demo articles: drawn pictures with alt text, caption and the credit
 * "Grafik: Newsroom", uploaded and attached through the services like an editor would.
 */
@Component
class ArticleImageDemoData implements DemoContributor {

    private static final List<String[]> PICTURES = List.of(
            new String[] {"Abstrakte Formen in Blau und Orange", "Symbolbild: Bewegung in der Stadt"},
            new String[] {"Abstrakte Formen in Grüntönen", "Symbolbild: Natur und Umwelt"},
            new String[] {"Abstrakte Kreise in Violett und Hellblau", "Symbolbild: Kultur"});

    private final MediaService media;
    private final ArticleImages images;
    private final JdbcTemplate jdbc;

    ArticleImageDemoData(MediaService media, ArticleImages images, JdbcTemplate jdbc) {
        this.media = media;
        this.images = images;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 210; // after the demo articles (200)
    }

    @Override
    public void seed() {
        Integer pictures = SystemAuthentication.call(() -> media.count(""));
        List<Long> articles = jdbc.queryForList("""
                select id from article where status = 'PUBLISHED' and featured_image_id is null
                order by published_at desc, id desc limit ?""", Long.class, PICTURES.size());
        if (pictures == null || pictures > 0 || articles.isEmpty()) {
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext asEditor = SecurityContextHolder.createEmptyContext();
        asEditor.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ArticleDemoData.DEMO_AUTHOR, null,
                List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
        SecurityContextHolder.setContext(asEditor);
        try {
            for (int i = 0; i < articles.size(); i++) {
                String[] texts = PICTURES.get(i);
                MediaImage image = media.upload("demo-grafik-" + (i + 1) + ".jpg", DemoPictures.draw(i)).image();
                media.updateDetails(image.id(), image.version(),
                        new MediaDetails(texts[0], texts[1], "Grafik: Newsroom", 0.5, 0.5));
                images.setFeaturedImage(articles.get(i), image.id());
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
