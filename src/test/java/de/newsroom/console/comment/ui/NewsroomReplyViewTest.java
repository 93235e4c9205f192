package de.newsroom.console.comment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.comment.ArticleOption;
import de.newsroom.console.comment.CommentStatus;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class NewsroomReplyViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void useThisContextsSecurityStrategy() {
        ctx.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifUnique(org.springframework.security.core.context.SecurityContextHolder::setContextHolderStrategy);
    }

    private record Article(long id, String title) {
    }

    private Article article() {
        String slug = "reply-" + UUID.randomUUID();
        String title = "Antworttest " + slug.substring(6, 14);
        long id = jdbc.queryForObject("""
                insert into article (title, slug, lead, author_id, status, comments_open, published_at)
                values (?, ?, 'Der Vorspann.', (select id from app_user where username = 'editor'), 'PUBLISHED', true,
                        now()) returning id""", Long.class, title, slug);
        return new Article(id, title);
    }

    private long comment(Article article, String status, String author, String body) {
        return jdbc.queryForObject("""
                insert into comment (article_id, author_name, body, status, client_hash, created_at)
                values (?, ?, ?, ?, 'reply-test', now() - interval '5 minutes') returning id""", Long.class,
                article.id(), author, body, status);
    }

    private ModerationView openQueueFor(Article article) {
        login("moderator", "MODERATOR");
        navigate("moderation");
        ModerationView view = _get(ModerationView.class);
        view.filters.article.setValue(new ArticleOption(article.id(), article.title()));
        return view;
    }

    @Test
    void a_moderator_replies_as_the_newsroom_to_a_published_comment_with_a_character_count() {
        Article article = article();
        long parent = comment(article, "APPROVED", "Leserin", "Wann kommt der Bericht?");
        ModerationView view = openQueueFor(article);
        view.filters.status.setValue(CommentStatus.APPROVED);
        assertThat(view.decisions.current.id()).isEqualTo(parent);
        ReplyForm form = view.decisions.reply;
        assertThat(form.isVisible()).isTrue();
        assertThat(form.text.isEnabled()).isTrue();
        assertThat(form.text.getLabel()).isEqualTo("Reply, signed \"Redaktion\"");

        form.text.setValue("   ");
        form.send.click();
        assertThat(form.text.isInvalid()).isTrue();
        assertThat(form.text.getErrorMessage()).isEqualTo("The reply must not be empty.");

        form.text.setValue("Morgen früh 😀");
        assertThat(form.count.getText()).isEqualTo("13 / 5,000 characters");
        // Ctrl+Enter in the text area sends.
        _fireShortcut(form.text, Key.ENTER, KeyModifier.CONTROL);

        assertThat(jdbc.queryForObject("""
                select count(*) from comment where parent_id = ? and from_newsroom and status = 'APPROVED'
                and author_name = 'Redaktion' and body = 'Morgen früh 😀'""", Integer.class, parent)).isOne();
        assertThat(form.text.getValue()).isEmpty();
        assertThat(form.text.isInvalid()).isFalse();
        assertThat(NotificationsKt.getNotifications()).map(n -> n.getElement().getProperty("text", "")
                + n.getElement().getTextRecursively()).contains("Reply to Leserin published.");
    }

    @Test
    void a_pending_comment_cannot_be_answered_and_the_form_says_why_in_german() {
        Article article = article();
        comment(article, "PENDING", "Leser", "Noch nicht geprüft");
        login("moderator", "MODERATOR");
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        navigate("moderation");
        ModerationView view = _get(ModerationView.class);
        view.filters.article.setValue(new ArticleOption(article.id(), article.title()));

        ReplyForm form = view.decisions.reply;
        assertThat(form.send.isEnabled()).isFalse();
        assertThat(form.text.isEnabled()).isFalse();
        assertThat(form.unavailable.isVisible()).isTrue();
        assertThat(form.unavailable.getText()).isEqualTo(
                "Nur veröffentlichte Kommentare können beantwortet werden. Geben Sie den Kommentar zuerst frei.");
        assertThat(form.count.getText()).isEqualTo("0 / 5.000 Zeichen");
    }
}
