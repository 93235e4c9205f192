package de.newsroom.console.audit;

import java.time.Instant;

/** One row of the audit log as the audit view shows it. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String targetType,
                         String targetId, String clientHash, String detail) {
}
