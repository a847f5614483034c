package org.munacademy.it.contest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Map;
import org.munacademy.reserve.boundary.ContestIntake;
import org.munacademy.reserve.entity.ContestAdmission;
import org.munacademy.reserve.entity.ContestIntakeResult;
import org.munacademy.reserve.entity.ContestOutcome;
import org.munacademy.reserve.entity.ReserveLevel;

/**
 * Calls the reserve's contest intake ({@link ContestIntake#admit}, a boundary that trusts its caller) the way the
 * contest's boundary does when a stage's results are published — for integration tests only (added to the WAR the
 * tests deploy by {@code Deployments.builtWar}, never to the application's own, where no REST resource may reach it).
 */
@Path("it/contest-intake")
@RolesAllowed("ADMIN")
public class ContestIntakeResource {

    @Inject
    ContestIntake intake;

    /** One admission; the answer is the intake's result. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> admit(@QueryParam("person") long personId, @QueryParam("outcome") ContestOutcome outcome,
            @QueryParam("level") ReserveLevel level, @QueryParam("region") Long regionId,
            @QueryParam("deputies") boolean deputies, @QueryParam("reference") String reference,
            @QueryParam("number") String number, @QueryParam("date") String date, @QueryParam("group") String group,
            @QueryParam("mentor") Long mentor) {
        ContestIntakeResult r = intake.admit(new ContestAdmission(personId, outcome, level, regionId, deputies,
                reference, number, date == null ? null : LocalDate.parse(date), group, mentor));
        return Map.of("status", r.status().name(), "entryId", r.entryId(), "reserveCode", r.reserveCode(),
                "entryStatus", r.entryStatus().name(), "planItems", r.planItems());
    }
}
