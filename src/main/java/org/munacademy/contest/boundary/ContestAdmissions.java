package org.munacademy.contest.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.munacademy.contest.entity.Application;
import org.munacademy.contest.entity.ApplicationStatus;
import org.munacademy.contest.entity.NominationKind;
import org.munacademy.contest.entity.Stage;
import org.munacademy.contest.entity.StageLevel;
import org.munacademy.reserve.boundary.ContestIntake;
import org.munacademy.reserve.entity.ContestAdmission;
import org.munacademy.reserve.entity.ContestIntakeResult;
import org.munacademy.reserve.entity.ContestOutcome;
import org.munacademy.reserve.entity.ReserveLevel;

/**
 * Winners and finalists of a published stage into the personnel reserve, through reserve's system-only intake, in
 * the publishing transaction (a refusal rolls the publication back, so nothing is half done). The basis is the
 * contest's results protocol: numbered after the season, nomination and stage, dated the day of publication. The
 * mentor is the chair of the published stage's jury (when the chair has a person), who knows the winner's work.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ContestAdmissions {

    private static final Logger LOG = Logger.getLogger(ContestAdmissions.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ContestIntake intake;

    @Inject
    Clock clock;

    /** One person the publication admits: the application, the stage published, the outcome. */
    record Admitted(Application application, Stage stage, ApplicationStatus outcome) {
    }

    void admit(List<Admitted> admitted) {
        LocalDate today = LocalDate.now(clock);
        for (Admitted a : admitted) {
            Stage s = a.stage();
            Long mentor = em.createQuery("select j.personId from Juror j where j.stage = :s and j.chair = true "
                    + "and j.personId is not null and j.personId <> :p order by j.id", Long.class)
                    .setParameter("s", s).setParameter("p", a.application().getPersonId()).setMaxResults(1)
                    .getResultStream().findFirst().orElse(null);
            String reference = s.getNomination().getSeason().getTitle() + ", " + s.getNomination().getTitle();
            if (reference.length() > ContestAdmission.REFERENCE_MAX) {
                reference = reference.substring(0, ContestAdmission.REFERENCE_MAX);
            }
            String protocol = s.getNomination().getSeason().getCode() + "/" + s.getNomination().getCode() + "/"
                    + s.getSeq();
            if (protocol.length() > 40) {
                protocol = protocol.substring(0, 40);
            }
            ContestIntakeResult result = intake.admit(new ContestAdmission(a.application().getPersonId(),
                    a.outcome() == ApplicationStatus.WINNER ? ContestOutcome.WINNER : ContestOutcome.FINALIST,
                    s.getLevel() == StageLevel.REGIONAL ? ReserveLevel.REGIONAL : ReserveLevel.NATIONAL,
                    a.application().getRegionId(), s.getNomination().getKind() == NominationKind.DEPUTY, reference,
                    protocol, today, null, mentor));
            LOG.fine(() -> "Contest admission of " + a.application().getNumber() + ": " + result);
        }
    }
}
