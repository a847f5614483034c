package org.munacademy.assessment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.assessment.entity.AnswerInput;
import org.munacademy.assessment.entity.AssessmentError;
import org.munacademy.assessment.entity.AssignmentInput;
import org.munacademy.assessment.entity.AssignmentRow;
import org.munacademy.assessment.entity.AttemptView;
import org.munacademy.assessment.entity.ImportChange;
import org.munacademy.assessment.entity.ImportMode;
import org.munacademy.assessment.entity.ImportOptions;
import org.munacademy.assessment.entity.ImportSummary;
import org.munacademy.assessment.entity.MediaFile;
import org.munacademy.assessment.entity.MyTest;
import org.munacademy.assessment.entity.QuestionData;
import org.munacademy.assessment.entity.QuestionDetail;
import org.munacademy.assessment.entity.QuestionFilter;
import org.munacademy.assessment.entity.QuestionRow;
import org.munacademy.assessment.entity.QuestionStatus;
import org.munacademy.assessment.entity.QuestionType;
import org.munacademy.assessment.entity.ResultFilter;
import org.munacademy.assessment.entity.ResultRow;
import org.munacademy.assessment.entity.ResultView;
import org.munacademy.assessment.entity.SaveAck;
import org.munacademy.assessment.entity.StatisticsReport;
import org.munacademy.assessment.entity.TestDetail;
import org.munacademy.assessment.entity.TestRow;
import org.munacademy.assessment.entity.TestSettings;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.Role;
import org.munacademy.shared.control.BundleTexts;
import org.munacademy.shared.boundary.ErrorTexts;
import org.munacademy.shared.boundary.TextDecoding;
import org.munacademy.shared.boundary.Upload;
import org.munacademy.shared.control.SqlStatementProfiler;
import org.munacademy.shared.entity.ImportRejectedException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.entity.PageResult;

/**
 * Assessment over REST: the item bank with GIFT/QTI import and export (and Moodle XML import), tests and
 * assignments, the whole taking cycle (start, current questions, save an answer, finish, result) and results with
 * XLSX export.
 *
 * <p>One instance for the application ({@code @ApplicationScoped}): it holds only injected beans (the caller is a
 * request-scoped proxy), and JAX-RS would otherwise build it, with its eight injections, for every request — about a
 * tenth of the server's CPU per answer save on exam day (a JFR profile of {@code TakingBenchmark}).
 */
@ApplicationScoped
@Path("assessment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assessment")
public class AssessmentResource {

    @Inject
    Clock clock;

    @Inject
    QuestionBankFacade bank;

    @Inject
    QuestionMedia media;

    @Inject
    TestFacade tests;

    @Inject
    TakingFacade taking;

    @Inject
    ResultsFacade results;

    @Inject
    OverdueAttemptsJob overdue;

    @Inject
    CurrentUser currentUser;

    // ---- the server clock (also the benchmark's bare baseline) ----

    @GET
    @Path("clock")
    @Operation(summary = "The server's clock: takers' timers follow it")
    public Map<String, Object> clock() {
        currentUser.require();
        return Map.of("now", clock.instant().toString());
    }

    // ---- item bank ----

    @GET
    @Path("questions")
    public PageResult<QuestionRow> questions(@QueryParam("q") String text, @QueryParam("competency") String competency,
            @QueryParam("level") Integer level, @QueryParam("status") QuestionStatus status,
            @QueryParam("type") QuestionType type, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        QuestionFilter f = new QuestionFilter(text, competency, level, status, type);
        Page page = Page.of(offset, limit);
        return new PageResult<>(bank.list(f, page), bank.count(f), page.offset(), page.limit());
    }

    @GET
    @Path("questions/{id}")
    public QuestionDetail question(@PathParam("id") long id) {
        return bank.detail(id);
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @POST
    @Path("questions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(QuestionData data) {
        return Response.status(201).entity(bank.create(require(data))).build();
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @PUT
    @Path("questions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Saves a question; version must be the one read (else 409). "
            + "A used question gets a new revision")
    public QuestionDetail update(@PathParam("id") long id, @QueryParam("version") Long version, QuestionData data) {
        return bank.update(id, version == null ? -1 : version, require(data));
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @POST
    @Path("questions/{id}/status")
    public QuestionDetail status(@PathParam("id") long id, @QueryParam("version") Long version,
            @QueryParam("status") QuestionStatus status) {
        if (status == null) {
            throw new InvalidInputException("status", AssessmentError.STATUS_REQUIRED);
        }
        return bank.setStatus(id, version == null ? -1 : version, status);
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @POST
    @Path("questions/import")
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Imports GIFT (text in UTF-8 or Windows-1251), Moodle XML (text starting with <?xml or "
            + "<quiz, its images embedded) or a QTI 2.1/2.2 package (zip), the format judged by the content "
            + "(format=gift, moodlexml or qti is optional; when given, the content must agree): all or "
            + "nothing, or with partial=true the valid items while the others are listed in 'refused' (each problem "
            + "with its place); with Accept: text/csv the answer is that list as a CSV report (UTF-8 with BOM; the "
            + "counts in X-Import-Created/-Revised/-Unchanged/-Refused). category=<category>=><competency code> "
            + "(repeatable) gives the items of a category without a competency of their own that competency (the "
            + "dry run lists the file's categories); an unknown code is a 400 naming it. mode=create (default) only "
            + "adds questions, a taken code gets a fresh one; mode=update revises the questions named by code (a "
            + "question in use gets a new revision and keeps its type and competency). dryRun=true stores nothing "
            + "and returns the preview of every change. The body is read with a limit (413 beyond it).")
    public Response importItems(@QueryParam("format") String format,
            @QueryParam("competency") String competency, @QueryParam("level") Integer level,
            @QueryParam("activate") @DefaultValue("false") boolean activate,
            @QueryParam("mode") @DefaultValue("create") String mode,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @QueryParam("partial") @DefaultValue("false") boolean partial,
            @QueryParam("category") List<String> categories,
            @Context HttpHeaders headers, InputStream body) {
        ImportMode importMode = switch (mode.toLowerCase(java.util.Locale.ROOT)) {
            case "create" -> ImportMode.CREATE;
            case "update" -> ImportMode.UPDATE;
            default -> throw new InvalidInputException("mode", AssessmentError.IMPORT_MODE_UNKNOWN);
        };
        ImportOptions options = new ImportOptions(competency, level, activate, importMode, dryRun,
                categoryMap(categories), partial);
        // read with the limit while streaming: a larger body is refused at the limit, never held whole
        Upload upload = Upload.read(null, body, QuestionBankFacade.MAX_PACKAGE_BYTES);
        ImportSummary summary = bank.importFile(upload, TextDecoding.declaredCharset(headers), format, options);
        ErrorTexts texts = ErrorTexts.accepting(headers.getAcceptableLanguages());
        if (wantsCsv(headers)) {
            return Response.ok(bank.refusedReport(summary, texts), "text/csv;charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"import-report.csv\"")
                    .header("X-Import-Created", summary.created()).header("X-Import-Revised", summary.revised())
                    .header("X-Import-Unchanged", summary.unchanged())
                    .header("X-Import-Refused", summary.refusedItems()).build();
        }
        return Response.ok(ImportResult.of(summary, texts), MediaType.APPLICATION_JSON).build();
    }

    /**
     * The JSON answer of an import: the summary and, of a partial import, the problems of the items left out in
     * the form of a problem's {@code errors} ({@code field} the place's machine form, {@code message} translated).
     */
    public record ImportResult(int created, int revised, int unchanged, int renamed, ImportMode mode,
            boolean dryRun, List<ImportChange> items, List<String> categories, long refusedItems,
            List<InvalidInputException.FieldError> refused) {

        static ImportResult of(ImportSummary s, ErrorTexts texts) {
            return new ImportResult(s.created(), s.revised(), s.unchanged(), s.renamed(), s.mode(), s.dryRun(),
                    s.items(), s.categories(), s.refusedItems(), new ImportRejectedException(s.refused().isEmpty()
                            ? List.of() : s.refused()).details(texts));
        }
    }

    private static boolean wantsCsv(HttpHeaders headers) {
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        return !accepted.isEmpty() && !accepted.get(0).isWildcardType()
                && accepted.get(0).isCompatible(MediaType.valueOf("text/csv"));
    }

    /** The repeated {@code category=<category>=><competency code>} parameters as a map (the last "=>" splits). */
    static Map<String, String> categoryMap(List<String> values) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (String v : values == null ? List.<String>of() : values) {
            int arrow = v == null ? -1 : v.lastIndexOf("=>");
            if (arrow <= 0) {
                String shown = v == null ? "" : v.length() > 60 ? v.substring(0, 60) + "…" : v;
                throw new InvalidInputException("category", AssessmentError.CATEGORY_MAP_MALFORMED, shown);
            }
            map.put(v.substring(0, arrow).strip(), v.substring(arrow + 2).strip());
        }
        return map;
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @POST
    @Path("media")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Stores an image for question texts (PNG, JPEG, GIF or WebP, checked by content; SVG is "
            + "refused): 201 with its SHA-256 and the reference to put in a text; served by GET /files/{sha256}.")
    public Response uploadMedia(@QueryParam("name") String name, java.io.InputStream body) {
        MediaFile file = media.upload(body, name);
        return Response.created(java.net.URI.create("files/" + file.sha256())).entity(file).build();
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @GET
    @Path("questions/export")
    @Produces({MediaType.TEXT_PLAIN, "application/zip"})
    public Response export(@QueryParam("format") @DefaultValue("gift") String format,
            @QueryParam("competency") String competency, @QueryParam("status") QuestionStatus status) {
        QuestionFilter f = new QuestionFilter(null, competency, null, status, null);
        return switch (format) {
            case "gift" -> Response.ok(bank.exportGift(f), "text/plain; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"questions.gift.txt\"").build();
            case "qti" -> Response.ok(bank.exportQti(f), "application/zip")
                    .header("Content-Disposition", "attachment; filename=\"questions-qti21.zip\"").build();
            default -> throw new InvalidInputException("format", AssessmentError.FORMAT_UNKNOWN);
        };
    }

    // ---- tests and assignments ----

    @GET
    @Path("tests")
    public List<TestRow> tests() {
        return tests.list();
    }

    @GET
    @Path("tests/{id}")
    public TestDetail test(@PathParam("id") long id) {
        return tests.detail(id);
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @POST
    @Path("tests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createTest(@QueryParam("code") String code, TestSettings settings) {
        return Response.status(201).entity(tests.create(code, require(settings))).build();
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @PUT
    @Path("tests/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TestDetail updateTest(@PathParam("id") long id, @QueryParam("version") Long version,
            TestSettings settings) {
        return tests.update(id, version == null ? -1 : version, require(settings));
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @POST
    @Path("tests/{id}/publish")
    public TestDetail publish(@PathParam("id") long id, @QueryParam("version") Long version) {
        return tests.publish(id, version == null ? -1 : version);
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @POST
    @Path("tests/{id}/archive")
    public TestDetail archive(@PathParam("id") long id) {
        return tests.archive(id);
    }

    @GET
    @Path("tests/{id}/assignments")
    public List<AssignmentRow> assignments(@PathParam("id") long id) {
        return tests.assignments(id);
    }

    @RolesAllowed({"HR_OFFICER", "ADMIN"})
    @POST
    @Path("tests/{id}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(@PathParam("id") long id, AssignmentInput input) {
        return Response.status(201).entity(tests.assign(id, require(input))).build();
    }

    @RolesAllowed({"HR_OFFICER", "ADMIN"})
    @DELETE
    @Path("assignments/{id}")
    public Response unassign(@PathParam("id") long id) {
        tests.unassign(id);
        return Response.noContent().build();
    }

    @GET
    @Path("tests/{id}/statistics")
    @Operation(summary = "Item statistics: facility, discrimination, Cronbach's alpha (methodologists)")
    public StatisticsReport statistics(@PathParam("id") long id) {
        return results.statistics(id);
    }

    // ---- taking ----

    @GET
    @Path("my/tests")
    public List<MyTest> myTests() {
        return taking.myTests();
    }

    @GET
    @Path("my/results")
    public List<ResultView> myResults() {
        return taking.myResults();
    }

    @POST
    @Path("tests/{id}/attempts")
    @Operation(summary = "Starts an attempt, or resumes the one in progress")
    public AttemptView start(@PathParam("id") long id) {
        return taking.start(id);
    }

    @GET
    @Path("attempts/{id}")
    @Operation(summary = "The attempt's questions, saved answers, sequence number and remaining time")
    public AttemptView attempt(@PathParam("id") long id) {
        return taking.view(id);
    }

    @POST
    @Path("attempts/{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Saves one answer; seq must be the attempt's current sequence number (else 409)")
    public SaveAck save(@PathParam("id") long id, AnswerInput input) {
        return taking.save(id, require(input));
    }

    @POST
    @Path("attempts/{id}/finish")
    @Operation(summary = "Finishes the attempt (idempotent) and returns the result the review policy allows")
    public ResultView finish(@PathParam("id") long id) {
        return taking.finish(id);
    }

    @GET
    @Path("attempts/{id}/result")
    public ResultView result(@PathParam("id") long id) {
        return taking.result(id);
    }

    // ---- results ----

    @GET
    @Path("results")
    public PageResult<ResultRow> results(@QueryParam("test") Long test, @QueryParam("q") String text,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        ResultFilter f = new ResultFilter(test, text);
        Page page = Page.of(offset, limit);
        return new PageResult<>(results.results(f, page), results.count(f), page.offset(), page.limit());
    }

    @GET
    @Path("results/export")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response resultsXlsx(@QueryParam("test") Long test, @QueryParam("q") String text,
            @Context HttpHeaders headers) {
        return Response.ok(results.xlsx(new ResultFilter(test, text),
                        BundleTexts.accepting("assessment-admin", headers.getAcceptableLanguages()).locale()))
                .header("Content-Disposition", "attachment; filename=\"assessment-results.xlsx\"").build();
    }

    @RolesAllowed({"ADMIN"})
    @POST
    @Path("maintenance/close-overdue")
    @Operation(summary = "Runs the overdue job now (administrators); it also runs on its own schedule")
    public Map<String, Integer> closeOverdue() {
        currentUser.require(Role.ADMIN);
        return Map.of("closed", overdue.closeOverdue());
    }

    @RolesAllowed({"ADMIN"})
    @GET
    @Path("maintenance/sql-statements")
    @Operation(summary = "SQL statements this server executed since start (administrators; for benchmarks and tests): "
            + "statements = those sent while serving requests, all = with the scheduled jobs' own, writes = of "
            + "statements, those that change data")
    public Map<String, Long> sqlStatements() {
        currentUser.require(Role.ADMIN);
        return Map.of("statements", SqlStatementProfiler.servingStatements(), "all",
                SqlStatementProfiler.statements(), "writes", SqlStatementProfiler.servingWrites());
    }

    private static <T> T require(T body) {
        if (body == null) {
            throw new InvalidInputException("body", AssessmentError.BODY_EMPTY);
        }
        return body;
    }
}
