package de.newsroom.console.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.comment.CommentTestData.Article;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class NewsroomReplyServiceTest {

    @Autowired NewsroomReplyService replies;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired ApplicationContext applicationContext;

    @BeforeEach
    void strategy() {
        applicationContext.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String username, String... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, java.util.Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                        .toList()));
    }

    private String get200(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void a_moderator_replies_as_the_newsroom_published_at_once_audited_and_marked_in_the_api_and_on_the_page()
            throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        long parent = CommentTestData.comment(jdbc, article.id(), "APPROVED", "Leserin", "Wann kommt der Bericht?");
        signIn("moderator", "MODERATOR");

        long reply = replies.reply(parent, "  Morgen früh, danke für die Nachfrage! 😀 <b>nicht fett</b>  ");

        Map<String, Object> row = jdbc.queryForMap("""
                select c.article_id, c.parent_id, c.author_name, c.body, c.status, c.from_newsroom, c.email,
                       c.client_hash, c.decided_at is not null as decided, u.username
                from comment c left join user_display_name u on u.id = c.decided_by where c.id = ?""", reply);
        assertThat(row).containsEntry("article_id", article.id()).containsEntry("parent_id", parent)
                .containsEntry("author_name", "Redaktion").containsEntry("status", "APPROVED")
                .containsEntry("from_newsroom", true).containsEntry("decided", true)
                .containsEntry("username", "moderator").containsEntry("email", null)
                .containsEntry("client_hash", null)
                .containsEntry("body", "Morgen früh, danke für die Nachfrage! 😀 <b>nicht fett</b>");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'COMMENT_NEWSROOM_REPLY' and actor = 'moderator'
                and target_id = ? and detail = ?""", Integer.class, String.valueOf(reply), "reply to " + parent))
                .isOne();

        SecurityContextHolder.clearContext();
        String thread = get200("/api/public/articles/" + article.slug() + "/comments");
        assertThat(thread).contains("\"id\":" + reply + ",\"parentId\":" + parent + ",\"authorName\":\"Redaktion\"")
                .contains("\"fromNewsroom\":true");
        String page = get200("/read/" + article.slug());
        assertThat(page).contains("id=\"comment-" + reply + "\"").contains("comment from-newsroom")
                .contains("&lt;b&gt;nicht fett&lt;/b&gt;").doesNotContain("<b>nicht fett</b>");
    }

    @Test
    void only_published_comments_are_answered_and_bad_text_is_refused_with_a_reason() {
        Article article = CommentTestData.publishedArticle(jdbc);
        long pending = CommentTestData.comment(jdbc, article.id(), "PENDING", "Leser", "Noch nicht geprüft");
        long approved = CommentTestData.comment(jdbc, article.id(), "APPROVED", "Leser", "Geprüft");
        signIn("admin", "ADMIN", "MODERATOR");

        assertThatThrownBy(() -> replies.reply(pending, "Antwort")).hasMessage("comment.reply.error.not_published");
        assertThatThrownBy(() -> replies.reply(Long.MAX_VALUE, "Antwort")).hasMessage("comment.reply.error.gone");
        assertThatThrownBy(() -> replies.reply(approved, " \u2003 ")).hasMessage("comment.reply.error.too_short");
        assertThatThrownBy(() -> replies.reply(approved, "😀".repeat(5001))).hasMessage("comment.reply.error.too_long");
        assertThatThrownBy(() -> replies.reply(approved, "a\u0000b")).hasMessage("comment.reply.error.unstorable");
        assertThat(jdbc.queryForObject("select count(*) from comment where parent_id in (?, ?)", Integer.class,
                pending, approved)).isZero();

        // 5,000 emoji are 10,000 UTF-16 units but 5,000 characters: accepted.
        long reply = replies.reply(approved, "😀".repeat(5000));
        assertThat(jdbc.queryForObject("select char_length(body) from comment where id = ?", Integer.class, reply))
                .isEqualTo(5000);
    }

    @Test
    void readers_editors_and_anonymous_callers_cannot_reply_as_the_newsroom() {
        Article article = CommentTestData.publishedArticle(jdbc);
        long approved = CommentTestData.comment(jdbc, article.id(), "APPROVED", "Leser", "Geprüft");

        assertThatThrownBy(() -> replies.reply(approved, "Anonym"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        signIn("reader", "READER");
        assertThatThrownBy(() -> replies.reply(approved, "Leser")).isInstanceOf(AccessDeniedException.class);
        signIn("editor", "EDITOR");
        assertThatThrownBy(() -> replies.reply(approved, "Redakteur")).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from comment where parent_id = ?", Integer.class, approved))
                .isZero();
    }
}
