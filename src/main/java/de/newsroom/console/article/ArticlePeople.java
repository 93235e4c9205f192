package de.newsroom.console.article;

import de.newsroom.console.base.domain.CurrentUser;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Resolves accounts for articles (author, last editor) by plain SQL, so the article feature needs no account internals. */
@Component
class ArticlePeople {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    ArticlePeople(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** The signed-in user's account id; empty for the system actor. */
    Optional<Long> currentUserId() {
        return currentUser.username().flatMap(this::idOf);
    }

    /** The signed-in username; empty for the system actor. */
    Optional<String> currentUser() {
        return currentUser.username();
    }

    String currentActor() {
        return currentUser.actorName();
    }

    Optional<Long> idOf(String username) {
        return jdbc.queryForList("select id from app_user where lower(username) = lower(?)", Long.class, username)
                .stream().findFirst();
    }

    String displayName(Long userId) {
        if (userId == null) {
            return "system";
        }
        return jdbc.queryForList("select display_name from app_user where id = ?", String.class, userId)
                .stream().findFirst().orElse("?");
    }
}
