package de.newsroom.console.comment.commenter;

import de.newsroom.console.base.db.RefreshingSnapshot;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the intake does with a new comment because of its commenter: refuse it (ban, suspension), hold it
 * (pre-moderation), approve it (trust) or let automatic trust decide. Answers from an in-memory snapshot of the active
 * actions and the trust setting, renewed after this instance's own changes commit and otherwise every
 * {@link #MAX_AGE}, like the rules snapshot ({@code CommentRules}), so that a comment costs no extra statement
 * (decision 14).
 */
@Component
public class CommenterGate {

    /** How long a snapshot serves before it is read again (bounds how late another instance's change arrives). */
    static final Duration MAX_AGE = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final RefreshingSnapshot<Snapshot> snapshot;

    CommenterGate(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.snapshot = new RefreshingSnapshot<>(clock, MAX_AGE, this::read);
    }

    /**
     * The commenter's standing for one new comment. {@code action} is the strongest active action matching the
     * e-mail or the client hash (null: none); {@code until} ends a suspension; {@code trustMin} is the automatic
     * trust threshold to apply (null: automatic trust is off or does not apply to this commenter).
     */
    public record Admission(CommenterActionKind action, Instant until, Integer trustMin) {

        /** Banned or suspended: the comment is refused. */
        public boolean refused() {
            return action == CommenterActionKind.BAN || action == CommenterActionKind.SUSPEND;
        }

        /** Trusted by a moderator: an unflagged comment is approved on arrival. */
        public boolean trusted() {
            return action == CommenterActionKind.TRUST;
        }
    }

    private record Snapshot(Map<String, List<CommenterAction>> byEmail, Map<String, List<CommenterAction>> byClient,
                            TrustSettings trust) {
    }

    /** The standing of the commenter with {@code email} (may be null) and {@code clientHash}. */
    public Admission admission(String email, String clientHash) {
        Snapshot current = snapshot.get();
        Instant now = clock.instant();
        List<CommenterAction> matching = new ArrayList<>();
        if (email != null) {
            matching.addAll(current.byEmail().getOrDefault(email.strip().toLowerCase(Locale.ROOT), List.of()));
        }
        if (clientHash != null) {
            matching.addAll(current.byClient().getOrDefault(clientHash, List.of()));
        }
        CommenterAction strongest = matching.stream().filter(a -> a.activeAt(now))
                .min(Comparator.comparing(CommenterAction::kind)).orElse(null);
        CommenterActionKind kind = strongest == null ? null : strongest.kind();
        Integer trustMin = kind == null && current.trust().enabled() ? current.trust().minApproved() : null;
        return new Admission(kind, strongest == null ? null : strongest.endsAt(), trustMin);
    }

    private Snapshot read() {
        Map<String, List<CommenterAction>> byEmail = new HashMap<>();
        Map<String, List<CommenterAction>> byClient = new HashMap<>();
        for (CommenterAction action : active(clock.instant())) {
            if (action.key().email() != null) {
                byEmail.computeIfAbsent(action.key().email(), k -> new ArrayList<>()).add(action);
            }
            if (action.key().clientHash() != null) {
                byClient.computeIfAbsent(action.key().clientHash(), k -> new ArrayList<>()).add(action);
            }
        }
        return new Snapshot(byEmail, byClient, trustSettings());
    }

    /** Drops the snapshot once the current transaction commits (at once outside a transaction). */
    void changed() {
        snapshot.dropAfterCommit();
    }

    /**
     * The columns {@link CommenterService#action} reads. Who acted is stored as the username; the moderation shows
     * names ("seit 5. Dezember 2026, von Mona Moderatorin", as "Entschieden von …" in the queue), so the display name
     * is read here, the username kept for an account deleted since.
     */
    static final String COLUMNS = """
            id, kind, email_lower, client_hash, reason, ends_at,
            coalesce((select u.display_name from user_display_name u where lower(u.username) = lower(created_by)),
                     created_by),
            created_at,
            coalesce((select u.display_name from user_display_name u where lower(u.username) = lower(lifted_by)),
                     lifted_by),
            lifted_at, lift_reason""";

    /** The actions neither lifted nor over at {@code now}, newest first. */
    List<CommenterAction> active(Instant now) {
        return jdbc.query("select " + COLUMNS + " from commenter_action where lifted_at is null"
                        + " and (ends_at is null or ends_at > ?) order by created_at desc, id desc",
                (rs, i) -> CommenterService.action(rs), Timestamp.from(now));
    }

    TrustSettings trustSettings() {
        return jdbc.queryForObject("select trust_enabled, trust_min_approved from comment_moderation_setting",
                (rs, i) -> new TrustSettings(rs.getBoolean(1), rs.getInt(2)));
    }
}
