package de.newsroom.console.audit;

import java.time.Instant;

/** Which audit rows to show; every part is optional (null or blank means "any"). {@code to} is exclusive. */
public record AuditFilter(String actor, String action, String targetType, String targetId, Instant from, Instant to) {

    public static final AuditFilter ANY = new AuditFilter(null, null, null, null, null, null);
}
