package org.munacademy.contest.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.contest.entity.AggregationMethod;
import org.munacademy.contest.entity.AppealData;
import org.munacademy.contest.entity.AppealDecision;
import org.munacademy.contest.entity.AppealRow;
import org.munacademy.contest.entity.ApplicationData;
import org.munacademy.contest.entity.ApplicationDetail;
import org.munacademy.contest.entity.ApplicationRow;
import org.munacademy.contest.entity.AssignmentRow;
import org.munacademy.contest.entity.AssignmentSummary;
import org.munacademy.contest.entity.AttachmentRow;
import org.munacademy.contest.entity.ConflictData;
import org.munacademy.contest.entity.ConflictRow;
import org.munacademy.contest.entity.JurorData;
import org.munacademy.contest.entity.JurorRow;
import org.munacademy.contest.entity.RankingView;
import org.munacademy.contest.entity.ScoreSheet;
import org.munacademy.contest.entity.SeasonDefinition;
import org.munacademy.contest.entity.SeasonRow;
import org.munacademy.contest.entity.SheetData;
import org.munacademy.contest.entity.StageRow;
import org.munacademy.contest.entity.StageStep;

/**
 * The contest «Муниципальный лидер» over REST, the whole cycle: seasons and stages, applications, jurors and
 * assignment, score sheets, conflicts, rankings with the sensitivity panel, appeals and publication. Public results
 * and diploma checks are {@link PublicContestResource}'s.
 */
@ApplicationScoped
@Path("contest")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contest")
public class ContestResource {

    private static final String EMPLOYEE = "EMPLOYEE";
    private static final String HR = "HR_OFFICER";
    private static final String METHODOLOGIST = "METHODOLOGIST";
    private static final String JUROR = "JUROR";
    private static final String CONTEST_ADMIN = "CONTEST_ADMIN";
    private static final String COMMISSION = "COMMISSION_MEMBER";
    private static final String ADMIN = "ADMIN";

    @Inject
    SeasonFacade seasons;

    @Inject
    ApplicationFacade applications;

    @Inject
    JuryFacade jury;

    @Inject
    RankingFacade rankings;

    @Inject
    ContestAttachments attachments;

    /** A step on a stage, with the version the caller saw. */
    public record StepData(StageStep step, long version) {
    }

    /** A method chosen for a stage before scoring opens. */
    public record MethodData(AggregationMethod method, long version) {
    }

    /** The administrator's documents check of one application at a stage. */
    public record DocumentsData(long stageId, boolean passed, String note) {
    }

    /** A decision on a declared conflict. */
    public record ConflictDecision(boolean confirmed, long version) {
    }

    /** A reason (reopening a sheet). */
    public record ReasonData(String reason) {
    }

    // ---- seasons and stages ----

    @RolesAllowed({EMPLOYEE, HR, METHODOLOGIST, JUROR, CONTEST_ADMIN, COMMISSION, ADMIN})
    @GET
    @Path("seasons")
    @Operation(summary = "Every season with nominations, questionnaires, stages and rubrics")
    public List<SeasonRow> seasons() {
        return seasons.seasons();
    }

    @RolesAllowed({EMPLOYEE, HR, METHODOLOGIST, JUROR, CONTEST_ADMIN, COMMISSION, ADMIN})
    @GET
    @Path("seasons/{code}")
    @Operation(summary = "One season")
    public SeasonRow season(@PathParam("code") String code) {
        return seasons.season(code);
    }

    @RolesAllowed({CONTEST_ADMIN, ADMIN})
    @POST
    @Path("seasons")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Defines a season whole (draft): nominations, questionnaires, stages, rubrics")
    public SeasonRow define(SeasonDefinition definition) {
        return seasons.define(definition);
    }

    @RolesAllowed({CONTEST_ADMIN, ADMIN})
    @POST
    @Path("seasons/{code}/open")
    @Operation(summary = "Opens a drafted season for applications")
    public SeasonRow openSeason(@PathParam("code") String code, @QueryParam("version") long version) {
        return seasons.openSeason(code, version);
    }

    @RolesAllowed({EMPLOYEE, HR, METHODOLOGIST, JUROR, CONTEST_ADMIN, COMMISSION, ADMIN})
    @GET
    @Path("stages/{id}")
    @Operation(summary = "One stage with its rubric")
    public StageRow stage(@PathParam("id") long id) {
        return seasons.stage(id);
    }

    @RolesAllowed({CONTEST_ADMIN, ADMIN})
    @PUT
    @Path("stages/{id}/method")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Chooses the stage's aggregation method (only before scoring opens)")
    public StageRow method(@PathParam("id") long id, MethodData data) {
        if (data == null || data.method() == null) {
            throw new org.munacademy.shared.entity.InvalidInputException("method",
                    org.munacademy.shared.entity.SharedError.BAD_REQUEST);
        }
        return seasons.setMethod(id, data.method(), data.version());
    }

    @RolesAllowed({CONTEST_ADMIN, ADMIN})
    @POST
    @Path("stages/{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A step on the stage: OPEN, START_SCORING (fixes the method), CLOSE (ranks), PUBLISH")
    public StageRow step(@PathParam("id") long id, StepData data) {
        if (data == null || data.step() == null) {
            throw new org.munacademy.shared.entity.InvalidInputException("step",
                    org.munacademy.shared.entity.SharedError.BAD_REQUEST);
        }
        return switch (data.step()) {
            case OPEN -> seasons.open(id, data.version());
            case START_SCORING -> seasons.startScoring(id, data.version());
            case CLOSE -> rankings.close(id, data.version());
            case PUBLISH -> rankings.publish(id, data.version());
        };
    }

    // ---- applications ----

    @RolesAllowed({EMPLOYEE, HR, METHODOLOGIST, JUROR, CONTEST_ADMIN, COMMISSION, ADMIN})
    @POST
    @Path("applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller applies to a nomination (questionnaire, consent, team); eligibility checked")
    public ApplicationDetail apply(ApplicationData data) {
        return applications.apply(data);
    }

    @RolesAllowed({EMPLOYEE, HR, METHODOLOGIST, JUROR, CONTEST_ADMIN, COMMISSION, ADMIN})
    @GET
    @Path("applications/mine")
    @Operation(summary = "The caller's applications with results and appeals")
    public List<ApplicationDetail> mine() {
        return applications.mine();
    }

    @RolesAllowed({EMPLOYEE, HR, METHODOLOGIST, JUROR, CONTEST_ADMIN, COMMISSION, ADMIN})
    @GET
    @Path("applications/{id}")
    @Operation(summary = "One application: its applicant or team member, or the administrator in scope")
    public ApplicationDetail application(@PathParam("id") long id) {
        return applications.application(id);
    }

    @RolesAllowed({EMPLOYEE, HR, METHODOLOGIST, JUROR, CONTEST_ADMIN, COMMISSION, ADMIN})
    @POST
    @Path("applications/{id}/consent")
    @Operation(summary = "A team member consents to personal data processing")
    public ApplicationDetail consent(@PathParam("id") long id) {
        return applications.consent(id);
    }

    @RolesAllowed({EMPLOYEE, HR, METHODOLOGIST, JUROR, CONTEST_ADMIN, COMMISSION, ADMIN})
    @POST
    @Path("applications/{id}/withdraw")
    @Operation(summary = "The applicant withdraws the application")
    public ApplicationDetail withdraw(@PathParam("id") long id, @QueryParam("version") long version) {
        return applications.withdraw(id, version);
    }

    @RolesAllowed({CONTEST_ADMIN, ADMIN})
    @GET
    @Path("seasons/{code}/nominations/{nomination}/applications")
    @Operation(summary = "The applications of a nomination in the administrator's scope")
    public List<ApplicationRow> applications(@PathParam("code") String code,
            @PathParam("nomination") String nomination) {
        return applications.applications(code, nomination);
    }

    @RolesAllowed({CONTEST_ADMIN, ADMIN})
    @POST
    @Path("applications/{id}/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The documents check of an application at an open documents stage")
    public ApplicationDetail documents(@PathParam("id") long id, DocumentsData data) {
        return applications.decideDocuments(id, data == null ? 0 : data.stageId(), data != null && data.passed(),
                data == null ? null : data.note());
    }

    // ---- jury ----

    @RolesAllowed({CONTEST_ADMIN, ADMIN})
    @GET
    @Path("stages/{id}/jurors")
    @Operation(summary = "The stage's jurors with their loads")
    public List<JurorRow> jurors(@PathParam("id") long id) {
        return jury.jurors(id);
    }

    @RolesAllowed({CONTEST_ADMIN, ADMIN})
    @POST
    @Path("stages/{id}/jurors")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Seats a juror on the stage (a region's for a regional stage)")
    public List<JurorRow> seat(@PathParam("id") long id, JurorData data) {
        return jury.seat(id, data);
    }

    @RolesAllowed({CONTEST_ADMIN, ADMIN})
    @POST
    @Path("stages/{id}/assignment")
    @Operation(summary = "Assigns k jurors per application: even loads, no conflicts; shortfalls explained")
    public AssignmentSummary assign(@PathParam("id") long id) {
        return jury.assign(id);
    }

    @RolesAllowed({JUROR, CONTEST_ADMIN, ADMIN})
    @GET
    @Path("jury/assignments")
    @Operation(summary = "The calling juror's assigned applications")
    public List<AssignmentRow> assignments() {
        return jury.mine();
    }

    @RolesAllowed(JUROR)
    @GET
    @Path("jury/assignments/{id}")
    @Operation(summary = "The juror's score sheet; others' scores only after their own is submitted")
    public ScoreSheet sheet(@PathParam("id") long id) {
        return jury.sheet(id);
    }

    @RolesAllowed(JUROR)
    @PUT
    @Path("jury/assignments/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Saves (and submits, locking) the juror's scores")
    public ScoreSheet save(@PathParam("id") long id, SheetData data) {
        return jury.save(id, data);
    }

    @RolesAllowed(JUROR)
    @POST
    @Path("stages/{id}/round/close")
    @Operation(summary = "The chair of a live final's jury closes the round: ranked, and the scores are shown")
    public StageRow closeRound(@PathParam("id") long id, @QueryParam("version") long version) {
        return rankings.closeRound(id, version);
    }

    @RolesAllowed({CONTEST_ADMIN, ADMIN})
    @POST
    @Path("jury/assignments/{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reopens a submitted sheet with a reason (audited)")
    public ScoreSheet reopen(@PathParam("id") long id, ReasonData data) {
        return jury.reopen(id, data == null ? null : data.reason());
    }

    @RolesAllowed(JUROR)
    @POST
    @Path("stages/{id}/conflicts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The juror declares a conflict of interest in writing; unassigned at once, loads rebalanced")
    public ConflictRow declare(@PathParam("id") long id, ConflictData data) {
        return jury.declare(id, data);
    }

    @RolesAllowed({JUROR, CONTEST_ADMIN, ADMIN})
    @GET
    @Path("stages/{id}/conflicts")
    @Operation(summary = "Declared conflicts: all of the stage's for the administrator, the juror's own")
    public List<ConflictRow> conflicts(@PathParam("id") long id) {
        return jury.conflicts(id);
    }

    @RolesAllowed({CONTEST_ADMIN, ADMIN})
    @POST
    @Path("conflicts/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirms or rejects a declared conflict")
    public ConflictRow decide(@PathParam("id") long id, ConflictDecision data) {
        return jury.decide(id, data != null && data.confirmed(), data == null ? -1 : data.version());
    }

    // ---- rankings, appeals ----

    @RolesAllowed({CONTEST_ADMIN, ADMIN})
    @GET
    @Path("stages/{id}/rankings")
    @Operation(summary = "The stage's rankings with the sensitivity panel, agreement and outlier jurors")
    public List<RankingView> rankings(@PathParam("id") long id) {
        return rankings.rankings(id);
    }

    @RolesAllowed({EMPLOYEE, HR, METHODOLOGIST, JUROR, CONTEST_ADMIN, COMMISSION, ADMIN})
    @POST
    @Path("applications/{id}/appeals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The applicant appeals a closed stage's result inside the appeal window")
    public AppealRow appeal(@PathParam("id") long id, AppealData data) {
        return rankings.appeal(id, data);
    }

    @RolesAllowed({CONTEST_ADMIN, ADMIN})
    @GET
    @Path("stages/{id}/appeals")
    @Operation(summary = "The stage's appeals")
    public List<AppealRow> appeals(@PathParam("id") long id) {
        return rankings.appeals(id);
    }

    @RolesAllowed({CONTEST_ADMIN, ADMIN})
    @POST
    @Path("appeals/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decides an appeal: upheld with audited score changes (stage ranked again) or rejected")
    public AppealRow decideAppeal(@PathParam("id") long id, AppealDecision data) {
        return rankings.decide(id, data);
    }

    // ---- attach: attachments ----

    @RolesAllowed({EMPLOYEE, HR, METHODOLOGIST, JUROR, CONTEST_ADMIN, COMMISSION, ADMIN})
    @POST
    @Path("applications/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The applicant stores a file (the raw body) in a FILE field of the questionnaire (slot): the "
            + "type judged by content against the slot's types (400 naming the slot and the type found), over the "
            + "slot's size 413; replaces the slot's file; only while the documents are not checked yet (409)")
    public Response upload(@PathParam("id") long id, @QueryParam("slot") String slot, @QueryParam("name") String name,
            InputStream body) {
        AttachmentRow row = attachments.upload(id, slot, body, name);
        return Response.created(URI.create("contest/applications/" + id + "/attachments/" + row.id())).entity(row)
                .build();
    }

    @RolesAllowed({EMPLOYEE, HR, METHODOLOGIST, JUROR, CONTEST_ADMIN, COMMISSION, ADMIN})
    @GET
    @Path("applications/{id}/attachments/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "An attachment's file: the applicant, the administrator in scope and the application's "
            + "assigned jurors (blind: named after the slot, no photo); anybody else 404")
    public Response attachment(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        ContestAttachments.Download d = attachments.download(id, fileId);
        StreamingOutput body = out -> {
            try (InputStream in = d.content().stream()) {
                in.transferTo(out);
            }
        };
        String ascii = d.name().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(body, d.content().info().type().mediaType())
                .header("Content-Length", d.content().info().size())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(d.name(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
