package org.munacademy.reserve.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.munacademy.competency.boundary.ProfileGaps;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.DataScope;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Role;
import org.munacademy.reserve.control.ReadinessRules;
import org.munacademy.reserve.entity.ReadinessReport;
import org.munacademy.reserve.entity.ReadinessThresholds;
import org.munacademy.reserve.entity.ReserveEntry;
import org.munacademy.reserve.entity.ReserveError;
import org.munacademy.shared.entity.NotFoundException;

/**
 * An entry's readiness with its reasons, computed now from the person's evidence against the entry's TARGET profile
 * (the recorded level on the entry is what the last recomputation stored; this is the live explanation). Read by HR,
 * commission members and administrators for entries in their reserve scope (audited as a read of personal data), and
 * by the person for their own entries.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadinessFacade {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    DataScope scope;

    @Inject
    AuditLog audit;

    @Inject
    ProfileGaps profileGaps;

    @Inject
    ReadinessSettings settings;

    /** The entry's readiness with reasons; 404 for an entry outside the caller's scope (as for a missing one). */
    public ReadinessReport readiness(long entryId) {
        Caller caller = currentUser.require();
        ReserveEntry e = em.find(ReserveEntry.class, entryId);
        boolean own = e != null && caller.personId() != null && caller.personId().equals(e.getPersonId());
        if (!own) {
            currentUser.require(Role.HR_OFFICER, Role.COMMISSION_MEMBER, Role.ADMIN);
            if (e == null || !scope.coversReservePerson(e.getPersonId())) {
                throw new NotFoundException(ReserveError.ENTRY_NOT_FOUND, entryId);
            }
        }
        ReadinessReport r = ReadinessRules.assess(e.getId(), profileGaps.against(e.getPersonId(),
                e.getTargetGroupId(), e.getTargetPositionId()), settings.thresholds(), LocalDate.now(clock));
        if (!own) {
            audit.record(AuditAction.PERSON_READ, AuditEvent.Outcome.SUCCESS, "reserve-entry", String.valueOf(entryId),
                    "readiness, person " + e.getPersonId() + ", " + r.level());
        }
        return r;
    }

    /** The thresholds in force, for explaining readiness in words. */
    public ReadinessThresholds thresholds() {
        return settings.thresholds();
    }
}
