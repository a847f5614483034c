package org.munacademy.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent.Outcome;
import org.munacademy.shared.entity.AccessRefused;

/**
 * Writes every refused access as an {@code ACCESS_DENIED} audit entry: the caller's user name (or anonymous), what
 * was refused, and the path or view (152-FZ: attempts to reach personal data are logged too). One observer for
 * the REST API and the UI, so that no refusal goes unlogged because a facade forgot it.
 */
@ApplicationScoped
public class AccessRefusalAudit {

    @Inject
    AuditLog audit;

    @Inject
    RequestInfo requestInfo;

    void refused(@Observes AccessRefused event) {
        String where = event.where() != null ? event.where() : requestInfo.requestLine();
        audit.record(AuditAction.ACCESS_DENIED, Outcome.DENIED, "path", where,
                (where == null ? "" : where + ": ") + (event.what() == null ? "refused" : event.what()));
    }
}
