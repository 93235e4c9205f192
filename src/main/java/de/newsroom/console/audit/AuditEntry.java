package de.newsroom.console.audit;

import java.time.Instant;

/**
 * One row of the audit log as the audit view shows it. {@code actor} is the stored username; {@code actorName} the
 * account's display name as the rest of the console shows it, null when there is no such account (deleted since,
 * {@code system}, a mistyped login).
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String targetType,
                         String targetId, String clientHash, String detail, String actorName) {

    /** An entry whose actor has no display name. */
    public AuditEntry(long id, Instant occurredAt, String actor, String action, String targetType, String targetId,
                      String clientHash, String detail) {
        this(id, occurredAt, actor, action, targetType, targetId, clientHash, detail, null);
    }

    AuditEntry withActorName(String name) {
        return new AuditEntry(id, occurredAt, actor, action, targetType, targetId, clientHash, detail, name);
    }
}
