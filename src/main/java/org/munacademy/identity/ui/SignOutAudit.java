package org.munacademy.identity.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent;
import org.munacademy.shared.ui.SignOutRequested;

/** Records sign-outs from the main layout in the audit log. */
@ApplicationScoped
class SignOutAudit {

    @Inject
    AuditLog audit;

    void signedOut(@Observes SignOutRequested event) {
        if (event.username() != null) {
            audit.record(event.username(), AuditAction.LOGOUT, AuditEvent.Outcome.SUCCESS, "account", event.username(),
                    null);
        }
    }
}
