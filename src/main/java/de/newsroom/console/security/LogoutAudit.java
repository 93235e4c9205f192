package de.newsroom.console.security;

import de.newsroom.console.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes a LOGOUT audit row when someone signs out. */
@Component
class LogoutAudit {

    private final AuditLog audit;

    LogoutAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    @Transactional
    public void onLogout(LogoutSuccessEvent event) {
        String name = event.getAuthentication().getName();
        audit.recordAs(name, AuditActions.LOGOUT, "user", name, null, null);
    }
}
