package de.newsroom.console.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.comment.CommentTestData.Article;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CommentEditServiceTest {

    @Autowired CommentEditService edits;
    @Autowired CommentModerationService moderation;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired org.springframework.context.ApplicationContext applicationContext;

    @BeforeEach
    void strategy() {
        applicationContext.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    private static void signIn(String username, String... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, java.util.Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                        .toList()));
    }

    private String publicThread(Article article) throws Exception {
        var response = mvc.perform(get("/api/public/articles/{slug}/comments", article.slug())).andReturn()
                .getResponse();
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }

    @Test
    void a_moderator_redacts_the_text_the_original_is_kept_for_admins_only_and_never_published() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        long id = CommentTestData.comment(jdbc, article.id(), "PENDING", "Leser",
                "Ruft mich an unter 0171 1234567, ich erkläre es.");
        signIn("moderator", "MODERATOR");

        long version = edits.edit(id, 0, "  Ruft mich an unter [entfernt], ich erkläre es.  ");
        moderation.approve(id, CommentStatus.PENDING, version);

        assertThat(version).isEqualTo(1);
        assertThat(jdbc.queryForObject("select body from comment where id = ?", String.class, id))
                .isEqualTo("Ruft mich an unter [entfernt], ich erkläre es.");
        assertThat(moderation.detail(id).editedByNewsroom()).isTrue();
        assertThatThrownBy(() -> edits.original(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select detail is null from audit_event where action = 'COMMENT_EDITED' "
                + "and target_id = ? and actor = 'moderator'", Boolean.class, String.valueOf(id))).isTrue();

        signIn("admin", "ADMIN", "MODERATOR");
        assertThat(edits.original(id)).contains("Ruft mich an unter 0171 1234567, ich erkläre es.");

        // A second edit keeps the reader's own words, not the first edit.
        edits.edit(id, 2, "Ruft mich an, ich erkläre es.");
        assertThat(edits.original(id)).contains("Ruft mich an unter 0171 1234567, ich erkläre es.");

        SecurityContextHolder.clearContext();
        assertThat(publicThread(article)).contains("\"body\":\"Ruft mich an, ich erkläre es.\"")
                .contains("\"editedByNewsroom\":true").doesNotContain("0171");
    }

    @Test
    void a_stale_version_is_a_conflict_and_bad_text_is_refused_with_a_reason() {
        Article article = CommentTestData.publishedArticle(jdbc);
        long id = CommentTestData.comment(jdbc, article.id(), "PENDING", "Leser", "Text");
        signIn("moderator", "MODERATOR");
        moderation.approve(id, CommentStatus.PENDING, 0);

        assertThatThrownBy(() -> edits.edit(id, 0, "Neu")).isInstanceOf(DecisionConflictException.class);
        assertThatThrownBy(() -> edits.edit(id, 1, "   ")).hasMessage("comment.edit.error.too_short");
        assertThatThrownBy(() -> edits.edit(id, 1, "😀".repeat(5001))).hasMessage("comment.edit.error.too_long");
        assertThatThrownBy(() -> edits.edit(id, 1, "a\u0000b")).hasMessage("comment.edit.error.unstorable");
        assertThat(jdbc.queryForObject("select count(*) from comment_original where comment_id = ?", Integer.class,
                id)).isZero();
        assertThat(List.of(jdbc.queryForObject("select body from comment where id = ?", String.class, id)))
                .containsExactly("Text");
    }
}
