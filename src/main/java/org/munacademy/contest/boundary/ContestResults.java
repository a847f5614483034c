package org.munacademy.contest.boundary;

import jakarta.persistence.EntityManager;
import org.munacademy.contest.entity.Appeal;
import org.munacademy.contest.entity.AppealRow;
import org.munacademy.contest.entity.Application;
import org.munacademy.contest.entity.ResultStatus;
import org.munacademy.contest.entity.Stage;
import org.munacademy.contest.entity.StageResult;

/** Small shared steps of the contest's facades. */
final class ContestResults {

    private ContestResults() {
    }

    /** The application's result at the stage, created pending when missing. */
    static StageResult result(EntityManager em, Application a, Stage s) {
        return em.createQuery("select r from StageResult r where r.application = :a and r.stage = :s",
                StageResult.class).setParameter("a", a).setParameter("s", s).getResultStream().findFirst()
                .orElseGet(() -> {
                    StageResult r = new StageResult(a, s, ResultStatus.PENDING);
                    em.persist(r);
                    return r;
                });
    }

    static AppealRow appealRow(Appeal p) {
        return new AppealRow(p.getId(), p.getApplication().getId(), p.getApplication().getNumber(),
                p.getStage().getId(), p.getStage().getTitle(), p.getReason(), p.getStatus(), p.getDecision(),
                p.getDecidedBy(), p.getFiledAt(), p.getVersion());
    }
}
