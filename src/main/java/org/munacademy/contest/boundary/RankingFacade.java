package org.munacademy.contest.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.munacademy.assessment.boundary.CheckResults;
import org.munacademy.contest.control.AgreementStatistics;
import org.munacademy.contest.control.JurorBiases;
import org.munacademy.contest.control.PassRules;
import org.munacademy.contest.control.RankingMethods;
import org.munacademy.contest.control.Sensitivity;
import org.munacademy.contest.entity.AggregationMethod;
import org.munacademy.contest.entity.Appeal;
import org.munacademy.contest.entity.AppealData;
import org.munacademy.contest.entity.AppealDecision;
import org.munacademy.contest.entity.AppealRow;
import org.munacademy.contest.entity.AppealStatus;
import org.munacademy.contest.entity.Application;
import org.munacademy.contest.entity.ApplicationStatus;
import org.munacademy.contest.entity.Assignment;
import org.munacademy.contest.entity.ContestError;
import org.munacademy.contest.entity.Criterion;
import org.munacademy.contest.entity.Diploma;
import org.munacademy.contest.entity.DiplomaCheck;
import org.munacademy.contest.entity.JurorBias;
import org.munacademy.contest.entity.PublicResult;
import org.munacademy.contest.entity.RankedApplication;
import org.munacademy.contest.entity.RankingView;
import org.munacademy.contest.entity.ResultStatus;
import org.munacademy.contest.entity.Score;
import org.munacademy.contest.entity.ScoreTable;
import org.munacademy.contest.entity.SensitivityReport;
import org.munacademy.contest.entity.Stage;
import org.munacademy.contest.entity.StageKind;
import org.munacademy.contest.entity.StageLevel;
import org.munacademy.contest.entity.StageResult;
import org.munacademy.contest.entity.StageRow;
import org.munacademy.contest.entity.StageStatus;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent.Outcome;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Role;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.ConcurrentModificationException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.SharedError;

/**
 * Rankings, closing, appeals and publication. A stage closes when every sheet is submitted (jury and final), every
 * documents check is decided, or from the distance test's best results; it is ranked by the method recorded when
 * scoring opened (per region on a regional stage), the pass rule marks who passes, and the appeal window opens. An
 * upheld appeal changes scores (audited) and ranks the stage again. Publishing moves those who passed to the next
 * stage, makes winners and finalists of the last stage, issues diplomas and admits winners into the reserve.
 */
@ApplicationScoped
@Transactional
public class RankingFacade {

    /** The stated tie-break rule (equal aggregate: the earlier application first), a key of the UI's bundle. */
    public static final String TIE_RULE = "EARLIER_APPLICATION";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    @Inject
    ContestPeople people;

    @Inject
    org.munacademy.identity.boundary.DataScope scope;

    @Inject
    JuryFacade jury;

    @Inject
    SeasonFacade seasons;

    @Inject
    CheckResults checkResults;

    @Inject
    ContestAdmissions admissions;

    @Inject
    org.munacademy.identity.boundary.PublicRequestLimit requestLimit;

    /** One group of a stage's ranking: a region's applications on a regional stage, all of them on a federal one. */
    record Group(long regionKey, List<Application> applications) {
    }

    /** The stage's rankings (one per region on a regional stage) with the sensitivity panel and agreement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RankingView> rankings(long stageId) {
        currentUser.require(Role.CONTEST_ADMIN, Role.ADMIN);
        Stage s = jury.stage(stageId);
        List<RankingView> out = new ArrayList<>();
        List<Group> groups = groups(s);
        Map<Long, String> regions = people.regions(groups.stream().map(Group::regionKey).toList());
        Set<Long> visible = scope.contestPersonsAmong(groups.stream().flatMap(g -> g.applications().stream())
                .map(Application::getPersonId).toList());
        for (Group g : groups) {
            // a regional contest administrator sees the rankings of the regions in their scope
            if (g.applications().stream().allMatch(a -> visible.contains(a.getPersonId()))) {
                out.add(view(s, g, regions.getOrDefault(g.regionKey(), null)));
            }
        }
        audit.record(AuditAction.CONTEST_APPLICATION_READ, Outcome.SUCCESS, "contest-stage", String.valueOf(stageId),
                "ranking");
        return out;
    }

    /** Applications at the stage (a result row for it, not withdrawn), grouped by region for a regional stage. */
    List<Group> groups(Stage s) {
        List<Application> apps = em.createQuery("select r.application from StageResult r where r.stage = :s "
                + "and r.application.status <> :w order by r.application.id", Application.class).setParameter("s", s)
                .setParameter("w", ApplicationStatus.WITHDRAWN).getResultList();
        Map<Long, List<Application>> by = new LinkedHashMap<>();
        for (Application a : apps) {
            by.computeIfAbsent(s.getLevel() == StageLevel.REGIONAL ? a.getRegionId() : 0L, k -> new ArrayList<>())
                    .add(a);
        }
        return by.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }

    /** The group's score table from submitted sheets (applications without one are left out). */
    ScoreTable table(Stage s, Group g, List<Criterion> criteria) {
        List<Assignment> sheets = em.createQuery("select x from JuryAssignment x where x.stage = :s "
                + "and x.application in :a and x.submitted = true order by x.id", Assignment.class)
                .setParameter("s", s).setParameter("a", g.applications()).getResultList();
        ScoreTable.Builder b = ScoreTable.builder();
        Set<Long> scored = new HashSet<>();
        sheets.forEach(x -> scored.add(x.getApplication().getId()));
        for (Application a : g.applications()) {
            if (scored.contains(a.getId())) {
                b.application(a.getId(), a.getId());
            }
        }
        Set<Long> jurors = new java.util.TreeSet<>();
        sheets.forEach(x -> jurors.add(x.getJuror().getId()));
        jurors.forEach(b::juror);
        for (Criterion c : criteria) {
            b.criterion(c.getId(), c.getWeight().doubleValue(), c.getMaxScore());
        }
        if (!sheets.isEmpty()) {
            for (Score c : em.createQuery("select c from Score c where c.assignment in :x", Score.class)
                    .setParameter("x", sheets).getResultList()) {
                b.score(c.getAssignment().getApplication().getId(), c.getAssignment().getJuror().getId(),
                        c.getCriterion().getId(), c.getScore());
            }
        }
        return b.build();
    }

    /** A ranking of the group by the stage's kind: scores, test results or the documents check. */
    private List<RankedApplication> rank(Stage s, Group g, ScoreTable table) {
        if (s.getKind() == StageKind.JURY || s.getKind() == StageKind.FINAL) {
            List<RankedApplication> ranked = new ArrayList<>(table.applicationCount() == 0 ? List.of()
                    : RankingMethods.of(s.getMethod()).rank(table).applications());
            Set<Long> in = new HashSet<>();
            ranked.forEach(r -> in.add(r.applicationId()));
            int place = ranked.size();
            for (Application a : g.applications()) {
                if (!in.contains(a.getId())) {
                    ranked.add(new RankedApplication(a.getId(), Double.NaN, ++place, false));
                }
            }
            return ranked;
        }
        Map<Long, Double> values = new HashMap<>();
        if (s.getKind() == StageKind.TEST) {
            Map<Long, BigDecimal> best = checkResults.bestPercents(g.applications().stream()
                    .map(Application::getPersonId).toList(), s.getTestCode());
            g.applications().forEach(a -> values.put(a.getId(), best.containsKey(a.getPersonId())
                    ? best.get(a.getPersonId()).doubleValue() : Double.NaN));
        } else {
            for (StageResult r : results(s, g)) {
                values.put(r.getApplication().getId(), r.getStatus() == ResultStatus.PASSED ? 1.0
                        : r.getStatus() == ResultStatus.FAILED ? 0.0 : Double.NaN);
            }
        }
        List<Application> order = new ArrayList<>(g.applications());
        order.sort(Comparator.<Application>comparingDouble(a -> {
            double v = values.getOrDefault(a.getId(), Double.NaN);
            return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : -v;
        }).thenComparingLong(Application::getId));
        List<RankedApplication> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            double v = values.getOrDefault(order.get(i).getId(), Double.NaN);
            boolean tied = i > 0 && v == values.getOrDefault(order.get(i - 1).getId(), Double.NaN)
                    || i + 1 < order.size() && v == values.getOrDefault(order.get(i + 1).getId(), Double.NaN);
            out.add(new RankedApplication(order.get(i).getId(), v, i + 1, tied));
        }
        return out;
    }

    /** Who passes: the documents check decides itself; otherwise the stage's pass rule over the ranking. */
    private Set<Long> passing(Stage s, List<RankedApplication> ranked) {
        List<RankedApplication> valued = ranked.stream().filter(r -> !Double.isNaN(r.value())).toList();
        if (s.getKind() == StageKind.DOCUMENTS) {
            Set<Long> out = new HashSet<>();
            valued.stream().filter(r -> r.value() > 0.5).forEach(r -> out.add(r.applicationId()));
            return out;
        }
        return new HashSet<>(PassRules.passing(s.getPassRule(), s.getPassValue(),
                valued.stream().map(RankedApplication::applicationId).toList(),
                valued.stream().map(RankedApplication::value).toList()));
    }

    private List<StageResult> results(Stage s, Group g) {
        return em.createQuery("select r from StageResult r where r.stage = :s and r.application in :a",
                StageResult.class).setParameter("s", s).setParameter("a", g.applications()).getResultList();
    }

    private RankingView view(Stage s, Group g, String region) {
        List<Criterion> criteria = jury.criteria(s);
        boolean scored = s.getKind() == StageKind.JURY || s.getKind() == StageKind.FINAL;
        ScoreTable table = scored ? table(s, g, criteria) : null;
        List<RankedApplication> ranked = rank(s, g, table);
        Set<Long> pass = passing(s, ranked);
        SensitivityReport sensitivity = null;
        org.munacademy.contest.entity.Agreement agreement = null;
        List<RankingView.Bias> biases = List.of();
        Map<Long, Map<AggregationMethod, Integer>> placesBy = new HashMap<>();
        if (scored && table.applicationCount() > 1) {
            sensitivity = Sensitivity.panel(table, s.getMethod(), Math.max(1, Math.min(pass.size(),
                    table.applicationCount())));
            sensitivity.applications().forEach(p -> placesBy.put(p.applicationId(), p.places()));
            if (table.jurorCount() > 1) {
                agreement = AgreementStatistics.of(table);
                List<JurorBias> found = JurorBiases.of(table);
                Map<Long, String> names = jurorNames(found.stream().map(JurorBias::jurorId).toList());
                biases = found.stream().map(b -> new RankingView.Bias(names.get(b.jurorId()), b.meanDeviation(),
                        b.z(), b.flag().name())).toList();
            }
        }
        Map<Long, Application> apps = new HashMap<>();
        g.applications().forEach(a -> apps.put(a.getId(), a));
        Map<Long, String> names = people.names(g.applications().stream().map(Application::getPersonId).toList());
        Map<Long, String> places = people.municipalities(g.applications().stream()
                .map(Application::getMunicipalityId).toList());
        List<RankingView.Place> rows = new ArrayList<>();
        for (RankedApplication r : ranked) {
            Application a = apps.get(r.applicationId());
            Map<AggregationMethod, Integer> pm = placesBy.getOrDefault(r.applicationId(), Map.of());
            List<Integer> byMethod = new ArrayList<>();
            for (AggregationMethod m : AggregationMethod.values()) {
                byMethod.add(pm.get(m));
            }
            rows.add(new RankingView.Place(r.place(), a.getId(), a.getNumber(), names.get(a.getPersonId()),
                    places.get(a.getMunicipalityId()), Double.isNaN(r.value()) ? null
                    : BigDecimal.valueOf(r.value()).setScale(3, RoundingMode.HALF_UP), pass.contains(a.getId()),
                    r.tied(), byMethod));
        }
        return new RankingView(s.getId(), s.getTitle(), region, s.getMethod(), pass.size(), rows, sensitivity,
                agreement, biases, TIE_RULE);
    }

    private Map<Long, String> jurorNames(List<Long> jurorIds) {
        Map<Long, String> out = new HashMap<>();
        if (jurorIds.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createQuery("select j.id, j.personId, a.username from Juror j, Account a "
                + "where a.id = j.accountId and j.id in :ids", Object[].class).setParameter("ids", jurorIds)
                .getResultList();
        Map<Long, String> persons = people.names(rows.stream().map(o -> (Long) o[1])
                .filter(java.util.Objects::nonNull).toList());
        for (Object[] o : rows) {
            out.put((Long) o[0], o[1] == null ? (String) o[2] : persons.get((Long) o[1]));
        }
        return out;
    }

    /**
     * Closes the stage: every sheet submitted (409 SCORING_INCOMPLETE with the count), every documents check decided;
     * ranks by the recorded method, stores scores, places and who passed, and opens the appeal window.
     */
    public StageRow close(long stageId, long version) {
        Caller caller = currentUser.require(Role.CONTEST_ADMIN, Role.ADMIN);
        return close(caller, seasons.lock(stageId, version));
    }

    /**
     * The chair of a live final's jury closes the round: the stage is ranked and closed as by {@link #close}, and
     * only now do the jurors see each other's scores (403 NOT_CHAIR for anyone else, 409 outside a scoring final).
     */
    public StageRow closeRound(long stageId, long version) {
        Caller caller = currentUser.require(Role.JUROR);
        if (!jury.chairs(stageId)) {
            audit.record(AuditAction.ACCESS_DENIED, Outcome.DENIED, "contest-stage", String.valueOf(stageId),
                    "not the chair");
            throw new org.munacademy.shared.entity.AccessDeniedException(ContestError.NOT_CHAIR);
        }
        Stage s = seasons.lock(stageId, version);
        if (s.getKind() != StageKind.FINAL) {
            throw new BusinessException(ContestError.STAGE_STATUS, "round", s.getStatus());
        }
        return close(caller, s);
    }

    private StageRow close(Caller caller, Stage s) {
        long stageId = s.getId();
        boolean scored = s.getKind() == StageKind.JURY || s.getKind() == StageKind.FINAL;
        if (scored ? s.getStatus() != StageStatus.SCORING : s.getStatus() != StageStatus.OPEN) {
            throw new BusinessException(ContestError.STAGE_STATUS, "close", s.getStatus());
        }
        if (scored) {
            long open = em.createQuery("select count(x) from JuryAssignment x where x.stage = :s "
                    + "and x.submitted = false",
                    Long.class).setParameter("s", s).getSingleResult();
            if (open > 0) {
                throw new BusinessException(ContestError.SCORING_INCOMPLETE, open);
            }
        }
        if (s.getKind() == StageKind.DOCUMENTS) {
            long pending = em.createQuery("select count(r) from StageResult r where r.stage = :s and r.status = :p "
                    + "and r.application.status = :a", Long.class).setParameter("s", s)
                    .setParameter("p", ResultStatus.PENDING).setParameter("a", ApplicationStatus.ACTIVE)
                    .getSingleResult();
            if (pending > 0) {
                throw new BusinessException(ContestError.SCORING_INCOMPLETE, pending);
            }
        }
        if (s.getMethodFixedAt() == null) {
            s.setMethodFixedAt(clock.instant());
        }
        storeResults(s);
        s.setStatus(StageStatus.CLOSED);
        s.setClosedBy(caller.username());
        s.setAppealUntil(LocalDate.now(clock).plusDays(s.getAppealDays()));
        em.flush();
        audit.record(AuditAction.CONTEST_CHANGED, Outcome.SUCCESS, "contest-stage", String.valueOf(stageId),
                "closed by " + s.getMethod() + "; appeals until " + s.getAppealUntil());
        return seasons.stage(stageId);
    }

    /** Ranks every group and stores each application's score, place and passed/failed. */
    void storeResults(Stage s) {
        List<Criterion> criteria = jury.criteria(s);
        boolean scored = s.getKind() == StageKind.JURY || s.getKind() == StageKind.FINAL;
        for (Group g : groups(s)) {
            List<RankedApplication> ranked = rank(s, g, scored ? table(s, g, criteria) : null);
            Set<Long> pass = passing(s, ranked);
            Map<Long, StageResult> results = new HashMap<>();
            results(s, g).forEach(r -> results.put(r.getApplication().getId(), r));
            for (RankedApplication r : ranked) {
                StageResult result = results.get(r.applicationId());
                if (result == null) {
                    continue;
                }
                if (s.getKind() != StageKind.DOCUMENTS) {
                    result.setScore(Double.isNaN(r.value()) ? null
                            : BigDecimal.valueOf(r.value()).setScale(4, RoundingMode.HALF_UP));
                    result.setPlace(r.place());
                }
                result.setStatus(pass.contains(r.applicationId()) ? ResultStatus.PASSED : ResultStatus.FAILED);
            }
        }
    }

    // ---- appeals ----

    /** The applicant appeals a closed stage's result inside its window (409 APPEAL_WINDOW outside). */
    public AppealRow appeal(long applicationId, AppealData data) {
        Caller caller = currentUser.require();
        validator.validate(data);
        Application a = em.find(Application.class, applicationId);
        if (a == null || caller.personId() == null || a.getPersonId() != caller.personId()) {
            throw new NotFoundException(ContestError.APPLICATION_NOT_FOUND, applicationId);
        }
        Stage s = jury.stage(data.stageId());
        if (!s.getNomination().equals(a.getNomination())) {
            throw new NotFoundException(ContestError.STAGE_NOT_FOUND, data.stageId());
        }
        if (s.getStatus() != StageStatus.CLOSED || s.getAppealUntil() == null
                || LocalDate.now(clock).isAfter(s.getAppealUntil())) {
            throw new BusinessException(ContestError.APPEAL_WINDOW, s.getAppealUntil());
        }
        Appeal p = new Appeal(a, s, data.reason().strip(), AppealStatus.FILED, clock.instant());
        em.persist(p);
        em.flush();
        audit.record(AuditAction.CONTEST_CHANGED, Outcome.SUCCESS, "contest-application", a.getNumber(),
                "appeal filed");
        return ContestResults.appealRow(p);
    }

    /** The appeals of a stage (administrator). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AppealRow> appeals(long stageId) {
        currentUser.require(Role.CONTEST_ADMIN, Role.ADMIN);
        return em.createQuery("select p from Appeal p where p.stage.id = :s order by p.id", Appeal.class)
                .setParameter("s", stageId).getResultList().stream().map(ContestResults::appealRow).toList();
    }

    /**
     * The administrator decides an appeal. Upheld with score changes: each changed score is audited (old → new,
     * the decision as the reason) and the stage is ranked again; upheld on a documents or test stage: the result
     * becomes passed.
     */
    public AppealRow decide(long appealId, AppealDecision d) {
        Caller caller = currentUser.require(Role.CONTEST_ADMIN, Role.ADMIN);
        validator.validate(d);
        Appeal p = em.find(Appeal.class, appealId, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw new NotFoundException(ContestError.APPLICATION_NOT_FOUND, appealId);
        }
        if (p.getVersion() != d.version()) {
            throw new ConcurrentModificationException(SharedError.CONCURRENT_MODIFICATION);
        }
        if (p.getStatus() != AppealStatus.FILED) {
            throw new BusinessException(ContestError.APPLICATION_STATUS, "decide", p.getStatus());
        }
        Stage s = em.find(Stage.class, p.getStage().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (s.getStatus() != StageStatus.CLOSED) {
            throw new BusinessException(ContestError.STAGE_STATUS, "appeal", s.getStatus());
        }
        if (d.upheld()) {
            List<AppealDecision.ScoreChange> changes = d.changes() == null ? List.of() : d.changes();
            for (AppealDecision.ScoreChange c : changes) {
                Assignment x = em.find(Assignment.class, c.assignmentId());
                if (x == null || !x.getStage().equals(s) || !x.getApplication().equals(p.getApplication())) {
                    throw new NotFoundException(ContestError.ASSIGNMENT_NOT_FOUND, c.assignmentId());
                }
                Criterion k = jury.criteria(s).stream().filter(q -> q.getCode().equals(c.criterion())).findFirst()
                        .orElseThrow(() -> new InvalidInputException("changes", ContestError.SCORE_INVALID,
                                c.criterion(), 0));
                if (c.score() < 1 || c.score() > k.getMaxScore()) {
                    throw new InvalidInputException("changes", ContestError.SCORE_INVALID, k.getTitle(),
                            k.getMaxScore());
                }
                Score score = em.createQuery("select c from Score c where c.assignment = :x and c.criterion = :k",
                        Score.class).setParameter("x", x).setParameter("k", k).getResultStream().findFirst()
                        .orElseThrow(() -> new NotFoundException(ContestError.ASSIGNMENT_NOT_FOUND, c.assignmentId()));
                int old = score.getScore();
                score.setScore(c.score());
                audit.record(AuditAction.CONTEST_SCORES_CHANGED, Outcome.SUCCESS, "contest-application",
                        p.getApplication().getNumber(), "appeal " + p.getId() + ": " + k.getCode() + " " + old + " → "
                        + c.score() + "; " + d.decision().strip());
            }
            if (changes.isEmpty() && s.getKind() != StageKind.JURY && s.getKind() != StageKind.FINAL) {
                StageResult r = ContestResults.result(em, p.getApplication(), s);
                r.setStatus(ResultStatus.PASSED);
                r.setNote(d.decision().strip());
            }
            em.flush();
            if (!changes.isEmpty()) {
                storeResults(s);
            }
        }
        p.setStatus(d.upheld() ? AppealStatus.UPHELD : AppealStatus.REJECTED);
        p.setDecision(d.decision().strip());
        p.setDecidedBy(caller.username());
        em.flush();
        audit.record(AuditAction.CONTEST_CHANGED, Outcome.SUCCESS, "contest-application",
                p.getApplication().getNumber(), "appeal " + p.getStatus());
        return ContestResults.appealRow(p);
    }

    // ---- publication ----

    /**
     * Publishes a closed stage (409 while an appeal awaits its decision): those who passed go on to the next stage
     * (or become winners of the last one; the others who reached it finalists), the rest are eliminated; diplomas
     * are issued to winners and finalists of the last stage and to the winners of the last regional stage, who are
     * admitted into the reserve of their level.
     */
    public StageRow publish(long stageId, long version) {
        currentUser.require(Role.CONTEST_ADMIN, Role.ADMIN);
        Stage s = seasons.lock(stageId, version);
        if (s.getStatus() != StageStatus.CLOSED) {
            throw new BusinessException(ContestError.STAGE_STATUS, "publish", s.getStatus());
        }
        long pending = em.createQuery("select count(p) from Appeal p where p.stage = :s and p.status = :f", Long.class)
                .setParameter("s", s).setParameter("f", AppealStatus.FILED).getSingleResult();
        if (pending > 0) {
            throw new BusinessException(ContestError.STAGE_STATUS, "publish: appeals " + pending, s.getStatus());
        }
        Stage next = em.createQuery("select n from Stage n where n.nomination = :n and n.seq = :q", Stage.class)
                .setParameter("n", s.getNomination()).setParameter("q", s.getSeq() + 1).getResultStream().findFirst()
                .orElse(null);
        boolean lastRegional = s.getLevel() == StageLevel.REGIONAL && next != null
                && next.getLevel() == StageLevel.FEDERAL
                && (s.getKind() == StageKind.JURY || s.getKind() == StageKind.FINAL);
        LocalDate today = LocalDate.now(clock);
        List<ContestAdmissions.Admitted> admitted = new ArrayList<>();
        for (StageResult r : em.createQuery("select r from StageResult r where r.stage = :s "
                + "and r.application.status = :a order by r.application.id", StageResult.class).setParameter("s", s)
                .setParameter("a", ApplicationStatus.ACTIVE).getResultList()) {
            Application a = r.getApplication();
            boolean passed = r.getStatus() == ResultStatus.PASSED;
            if (next == null) {
                a.setStatus(passed ? ApplicationStatus.WINNER : ApplicationStatus.FINALIST);
                diploma(a, s, a.getStatus(), today);
                admitted.add(new ContestAdmissions.Admitted(a, s, a.getStatus()));
            } else if (passed) {
                a.setStageSeq(next.getSeq());
                em.persist(new StageResult(a, next, ResultStatus.PENDING));
                if (lastRegional) {
                    diploma(a, s, ApplicationStatus.WINNER, today);
                    admitted.add(new ContestAdmissions.Admitted(a, s, ApplicationStatus.WINNER));
                }
            } else {
                a.setStatus(ApplicationStatus.ELIMINATED);
            }
        }
        s.setStatus(StageStatus.PUBLISHED);
        s.setPublishedOn(today);
        em.flush();
        admissions.admit(admitted);
        audit.record(AuditAction.CONTEST_CHANGED, Outcome.SUCCESS, "contest-stage", String.valueOf(stageId),
                "published; admitted " + admitted.size());
        return seasons.stage(stageId);
    }

    /**
     * A diploma numbered after its application and stage (e.g. {@code ML26-EMP-0002-D3}): unique because the pair is,
     * with no count to race on when two stages publish at once.
     */
    private void diploma(Application a, Stage s, ApplicationStatus outcome, LocalDate today) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(CODE_CHARS[RANDOM.nextInt(CODE_CHARS.length)]);
        }
        em.persist(new Diploma(a.getId(), s.getId(), a.getNumber() + "-D" + s.getSeq(), code.toString(), outcome,
                today));
    }


    /** The public results page: winners and finalists of published stages (names of those who consented). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicResult> publicResults(String seasonCode) {
        requestLimit.acquire("contest-results", 120, java.time.Duration.ofMinutes(1));
        List<Object[]> rows = em.createQuery("select d, a, s from Diploma d, Application a, Stage s "
                + "where a.id = d.applicationId and s.id = d.stageId and a.nomination.season.code = :c "
                + "order by a.nomination.id, s.seq desc, d.outcome desc, d.id", Object[].class)
                .setParameter("c", seasonCode).getResultList();
        List<Application> apps = rows.stream().map(o -> (Application) o[1]).toList();
        Map<Long, String> names = people.names(apps.stream().map(Application::getPersonId).toList());
        Map<Long, String> places = people.municipalities(apps.stream().map(Application::getMunicipalityId).toList());
        Map<Long, String> regions = people.regions(apps.stream().map(Application::getRegionId).toList());
        Map<String, StageResult> results = new HashMap<>();
        if (!apps.isEmpty()) {
            for (StageResult r : em.createQuery("select r from StageResult r where r.application in :a",
                    StageResult.class).setParameter("a", apps).getResultList()) {
                results.put(r.getApplication().getId() + "/" + r.getStage().getId(), r);
            }
        }
        List<PublicResult> out = new ArrayList<>();
        for (Object[] o : rows) {
            Diploma d = (Diploma) o[0];
            Application a = (Application) o[1];
            Stage s = (Stage) o[2];
            StageResult r = results.get(a.getId() + "/" + s.getId());
            out.add(new PublicResult(a.getNomination().getSeason().getTitle(), a.getNomination().getTitle(),
                    s.getTitle(), s.getLevel(), regions.get(a.getRegionId()), r == null ? null : r.getPlace(),
                    a.getTeamName() != null ? a.getTeamName() + " (" + names.get(a.getPersonId()) + ")"
                    : names.get(a.getPersonId()), places.get(a.getMunicipalityId()), d.getOutcome(),
                    r == null ? null : r.getScore()));
        }
        return out;
    }

    /** The public check of a diploma by its number and code (404 DIPLOMA_NOT_FOUND for a wrong pair). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DiplomaCheck verify(String number, String code) {
        requestLimit.acquire("contest-diploma-verification", 30, java.time.Duration.ofMinutes(1));
        Object[] o = em.createQuery("select d, a, s from Diploma d, Application a, Stage s where a.id = d.applicationId"
                + " and s.id = d.stageId and d.number = :n and d.code = :c", Object[].class)
                .setParameter("n", number == null ? "" : number.strip())
                .setParameter("c", code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(ContestError.DIPLOMA_NOT_FOUND, number));
        Diploma d = (Diploma) o[0];
        Application a = (Application) o[1];
        Stage s = (Stage) o[2];
        return new DiplomaCheck(d.getNumber(), people.names(List.of(a.getPersonId())).get(a.getPersonId()),
                a.getNomination().getSeason().getTitle(), a.getNomination().getTitle(), s.getTitle(), d.getOutcome(),
                d.getIssuedOn());
    }
}
