package org.munacademy.competency.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.munacademy.competency.entity.CompetencyError;
import org.munacademy.competency.entity.Evidence;
import org.munacademy.competency.entity.EvidenceItem;
import org.munacademy.competency.entity.EvidenceRecorded;
import org.munacademy.competency.entity.EvidenceSource;
import org.munacademy.competency.entity.Framework;
import org.munacademy.shared.boundary.TrustsItsCaller;
import org.munacademy.shared.entity.NotFoundException;

/**
 * The system's way into the evidence store: another context's boundary records evidence it has produced and
 * authorised itself (an assessment result when its taker finishes or the server closes the attempt; later course
 * completions and contest scores). It trusts its caller, so it takes no caller and checks no role: only other
 * contexts' boundaries may use it, never a view or a REST resource ({@code ArchitectureTest} holds that
 * rule). People record evidence through {@link EvidenceFacade#record}, which refuses these sources. Both fire
 * {@link EvidenceRecorded} (the reserve recomputes readiness on it).
 */
@ApplicationScoped
@Transactional
@TrustsItsCaller("other contexts' boundaries recording evidence they produced and authorised")
public class SystemEvidence {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    StandardFacade standards;

    @Inject
    CompetencySettings settings;

    @Inject
    Event<EvidenceRecorded> recorded;

    @Inject
    RecordedPersons recordedPersons;

    /**
     * Records a piece of evidence of a system-only source; the competency and level are checked against the
     * published standard.
     *
     * @throws IllegalArgumentException for a source people record (manager rating, self-assessment)
     */
    public EvidenceItem record(long personId, EvidenceSource source, String competencyCode, int level,
            LocalDate observedOn, LocalDate expiresOn, String reference, String recordedBy) {
        if (source == null || !source.systemOnly()) {
            throw new IllegalArgumentException("The system records assessment, course and contest evidence only, not "
                    + source);
        }
        Framework framework = standards.publishedFramework(settings.standardCode())
                .orElseThrow(() -> new NotFoundException(CompetencyError.NO_PUBLISHED_STANDARD,
                        settings.standardCode()));
        framework.requireOnScale(competencyCode, level);
        Evidence e = new Evidence(personId, framework.standardCode(), competencyCode, level, source, observedOn,
                expiresOn, reference, recordedBy, clock.instant());
        em.persist(e);
        if (recordedPersons.firstTime(personId)) { // once per person and transaction
            recorded.fire(new EvidenceRecorded(personId));
        }
        return e.toItem();
    }

    /**
     * Withdraws the evidence of a system-only source that one record produced (its reference ends with
     * {@code referenceEnd}), before that record writes its corrected evidence: a regraded assessment replaces its
     * evidence instead of adding to it. Returns how many pieces were withdrawn; the person's levels are computed
     * anew as after a recording.
     */
    public int withdraw(long personId, EvidenceSource source, String referenceEnd) {
        if (source == null || !source.systemOnly() || referenceEnd == null || referenceEnd.isBlank()) {
            throw new IllegalArgumentException("The system withdraws its own evidence of one record only");
        }
        int n = em.createQuery("delete from Evidence e where e.personId = :p and e.source = :s "
                        + "and e.reference like :r").setParameter("p", personId).setParameter("s", source)
                .setParameter("r", "%" + referenceEnd) // the caller's own text: no wildcards
                .executeUpdate();
        if (n > 0) { // the scope gaps' stamp sees the highest evidence id, which a withdrawal does not move
            em.createNativeQuery("UPDATE competency_evidence_withdrawals SET withdrawn = withdrawn + 1 WHERE id = 1")
                    .executeUpdate();
        }
        if (recordedPersons.firstTime(personId)) { // once per person and transaction
            recorded.fire(new EvidenceRecorded(personId));
        }
        return n;
    }
}
