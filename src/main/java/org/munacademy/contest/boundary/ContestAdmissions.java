package org.munacademy.contest.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.munacademy.contest.entity.Application;
import org.munacademy.contest.entity.ApplicationStatus;
import org.munacademy.contest.entity.Stage;

/** Winners and finalists of a published stage into the personnel reserve, through reserve's system-only intake. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ContestAdmissions {

    /** One person the publication admits: the application, the stage published, the outcome. */
    record Admitted(Application application, Stage stage, ApplicationStatus outcome) {
    }

    void admit(List<Admitted> admitted) {
        // wired to reserve's ContestIntake when it lands
    }
}
