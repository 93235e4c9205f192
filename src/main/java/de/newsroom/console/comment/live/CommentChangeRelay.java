package de.newsroom.console.comment.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells every other instance about committed comment changes through {@code NOTIFY newsroom_comments} and reads
 * what they send. The payload carries this instance's id, so it ignores its own echo.
 */
@Component
class CommentChangeRelay {

    static final String CHANNEL = "newsroom_comments";
    static final String INSTANCE_ID = UUID.randomUUID().toString();
    private static final Logger log = LoggerFactory.getLogger(CommentChangeRelay.class);
    private static final int MAX_IDS_IN_PAYLOAD = 200;

    private final DataSource dataSource;

    CommentChangeRelay(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Sends {@code change} to the other instances, in notifications of at most 200 ids each (a NOTIFY payload is
     * limited to 8,000 bytes). New reader comments come here batched by {@link NewCommentNotifier}.
     */
    void notifyOtherInstances(CommentsChanged change) {
        // A fresh pooled connection in auto-commit: the committed transaction's connection is not ours to reuse.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            List<Long> ids = change.ids();
            int from = 0;
            do {
                String payload = INSTANCE_ID + "|" + change.kind() + "|" + ids.subList(from,
                        Math.min(ids.size(), from + MAX_IDS_IN_PAYLOAD)).stream().map(String::valueOf)
                        .collect(Collectors.joining(","));
                notify.setString(1, CHANNEL);
                notify.setString(2, payload);
                notify.execute();
                from += MAX_IDS_IN_PAYLOAD;
            } while (from < ids.size());
        } catch (SQLException e) {
            log.warn("Could not NOTIFY other instances about {} comments: {}", change.ids().size(), e.getMessage());
        }
    }

    /** Parses a payload from another instance; null for this instance's own or a malformed one. */
    static CommentsChanged parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split("\\|", -1);
        if (parts.length != 3 || INSTANCE_ID.equals(parts[0])) {
            return null;
        }
        try {
            var kind = CommentsChanged.Kind.valueOf(parts[1]);
            var ids = parts[2].isEmpty() ? java.util.List.<Long>of()
                    : java.util.Arrays.stream(parts[2].split(",")).map(Long::valueOf).toList();
            return new CommentsChanged(kind, ids);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
