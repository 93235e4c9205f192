package de.newsroom.console.article;

import de.newsroom.console.base.domain.CurrentUser;
import de.newsroom.console.security.UserDirectory;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Resolves accounts for articles (author, last editor) through security's directory: app_user is not ours (decision 10). */
@Component
class ArticlePeople {

    private final UserDirectory users;
    private final CurrentUser currentUser;

    ArticlePeople(UserDirectory users, CurrentUser currentUser) {
        this.users = users;
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
        return users.idOf(username);
    }

    /** The account's display name; empty when there is no such account. */
    Optional<String> accountName(long userId) {
        return users.displayName(userId);
    }

    String displayName(Long userId) {
        if (userId == null) {
            return "system";
        }
        return users.displayName(userId).orElse("?");
    }
}
