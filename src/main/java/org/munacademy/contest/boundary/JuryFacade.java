package org.munacademy.contest.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.munacademy.contest.control.ConflictRules;
import org.munacademy.contest.control.JuryAssigner;
import org.munacademy.contest.entity.ApplicantFacts;
import org.munacademy.contest.entity.Application;
import org.munacademy.contest.entity.ApplicationStatus;
import org.munacademy.contest.entity.Assignment;
import org.munacademy.contest.entity.AssignmentPlan;
import org.munacademy.contest.entity.AssignmentRow;
import org.munacademy.contest.entity.AssignmentSummary;
import org.munacademy.contest.entity.ConflictData;
import org.munacademy.contest.entity.ConflictFinding;
import org.munacademy.contest.entity.ConflictRow;
import org.munacademy.contest.entity.ConflictStatus;
import org.munacademy.contest.entity.ContestError;
import org.munacademy.contest.entity.Criterion;
import org.munacademy.contest.entity.JurorConflict;
import org.munacademy.contest.entity.Juror;
import org.munacademy.contest.entity.JurorData;
import org.munacademy.contest.entity.JurorFacts;
import org.munacademy.contest.entity.JurorRow;
import org.munacademy.contest.entity.Member;
import org.munacademy.contest.entity.MemberFacts;
import org.munacademy.contest.entity.Score;
import org.munacademy.contest.entity.ScoreSheet;
import org.munacademy.contest.entity.SheetData;
import org.munacademy.contest.entity.Shortfall;
import org.munacademy.contest.entity.Stage;
import org.munacademy.contest.entity.StageKind;
import org.munacademy.contest.entity.StageLevel;
import org.munacademy.contest.entity.StageStatus;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.Account;
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
 * The jury: the contest administrator seats jurors on a stage (per region for a regional stage) and assigns k jurors
 * to every application with even loads and no conflict of interest (automatic ones found from organisation data,
 * declared ones from {@link #declare}); a juror sees only their assignments, scores against the rubric, sees other
 * jurors' sheets only after submitting their own (for a live final only after the chair closes the round), and
 * declares conflicts, which unassign them at once and rebalance. Submitted sheets are locked; the administrator
 * reopens one with a reason (audited).
 */
@ApplicationScoped
@Transactional
public class JuryFacade {

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

    // ---- jurors (administrator) ----

    /** The stage's jurors with their loads. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JurorRow> jurors(long stageId) {
        currentUser.require(Role.CONTEST_ADMIN, Role.ADMIN);
        return jurorRows(stage(stageId));
    }

    /** Seats a juror (an account with the JUROR role) on a stage, for a region on a regional stage. */
    public List<JurorRow> seat(long stageId, JurorData data) {
        currentUser.require(Role.CONTEST_ADMIN, Role.ADMIN);
        validator.validate(data);
        Stage s = stage(stageId);
        Account account = em.createQuery("select a from Account a left join fetch a.person where a.username = :u",
                Account.class).setParameter("u", data.username().strip()).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("username", ContestError.JUROR_UNKNOWN,
                        data.username()));
        if (!em.createQuery("select j.id from Juror j where j.stage = :s and j.accountId = :a", Long.class)
                .setParameter("s", s).setParameter("a", account.getId()).getResultList().isEmpty()) {
            return jurorRows(s);
        }
        Long region = null;
        if (s.getLevel() == StageLevel.REGIONAL) {
            String code = SeasonFacade.blankToNull(data.regionCode());
            region = code == null ? null : people.regionIds(List.of(code)).get(code);
            if (region == null) {
                throw new InvalidInputException("regionCode", ContestError.JUROR_UNKNOWN, data.regionCode());
            }
        }
        em.persist(new Juror(s, region, account.getId(),
                account.getPerson() == null ? null : account.getPerson().getId(), data.chair()));
        em.flush();
        audit.record(AuditAction.CONTEST_CHANGED, Outcome.SUCCESS, "contest-stage", String.valueOf(stageId),
                "juror seated " + account.getUsername());
        return jurorRows(s);
    }

    /**
     * Assigns jurors to the stage's active applications: k per application (per region on a regional stage), never a
     * conflicted pair, loads as even as the conflicts allow, keeping existing pairs where possible (submitted sheets
     * always stay). Applications that cannot get k jurors are listed with the reason.
     */
    public AssignmentSummary assign(long stageId) {
        currentUser.require(Role.CONTEST_ADMIN, Role.ADMIN);
        Stage s = em.find(Stage.class, stage(stageId).getId(), LockModeType.PESSIMISTIC_WRITE);
        if (s.getStatus() != StageStatus.OPEN && s.getStatus() != StageStatus.SCORING
                || s.getKind() != StageKind.JURY && s.getKind() != StageKind.FINAL) {
            throw new BusinessException(ContestError.STAGE_STATUS, "assign", s.getStatus());
        }
        AssignmentSummary summary = rebalance(s);
        audit.record(AuditAction.CONTEST_CHANGED, Outcome.SUCCESS, "contest-stage", String.valueOf(stageId),
                "assigned " + summary.pairs() + " pairs; shortfalls " + summary.shortfalls().size());
        return summary;
    }

    /** Recomputes the stage's assignment (after a conflict): removes forbidden open pairs, then assigns again. */
    AssignmentSummary rebalance(Stage s) {
        List<Application> apps = em.createQuery("select a from Application a where a.nomination = :n "
                + "and a.status = :active and a.stageSeq = :seq order by a.id", Application.class)
                .setParameter("n", s.getNomination()).setParameter("active", ApplicationStatus.ACTIVE)
                .setParameter("seq", s.getSeq()).getResultList();
        List<Juror> jurors = em.createQuery("select j from Juror j where j.stage = :s order by j.id", Juror.class)
                .setParameter("s", s).getResultList();
        List<Assignment> existing = em.createQuery("select x from JuryAssignment x where x.stage = :s",
                Assignment.class)
                .setParameter("s", s).getResultList();
        Set<Long> forbidden = forbidden(s, apps, jurors);
        int automatic = forbidden.size();
        // a declared conflict is forbidden whatever its decision, unless the administrator rejected it
        for (Object[] o : em.createQuery("select c.juror.id, c.application.id, c.status from JurorConflict c "
                + "where c.juror.stage = :s", Object[].class).setParameter("s", s).getResultList()) {
            if (o[2] != ConflictStatus.REJECTED) {
                forbidden.add(pair((Long) o[0], (Long) o[1]));
            }
        }
        for (Assignment x : new ArrayList<>(existing)) {
            boolean gone = !apps.contains(x.getApplication());
            if (!x.isSubmitted() && (gone || forbidden.contains(pair(x.getJuror().getId(),
                    x.getApplication().getId())))) {
                em.createQuery("delete from Score c where c.assignment = :x").setParameter("x", x).executeUpdate();
                em.remove(x);
                existing.remove(x);
            }
        }
        Map<Long, List<Long>> appsByRegion = new LinkedHashMap<>();
        Map<Long, List<Long>> jurorsByRegion = new LinkedHashMap<>();
        for (Application a : apps) {
            appsByRegion.computeIfAbsent(regionKey(s, a.getRegionId()), k -> new ArrayList<>()).add(a.getId());
        }
        for (Juror j : jurors) {
            jurorsByRegion.computeIfAbsent(regionKey(s, j.getRegionId()), k -> new ArrayList<>()).add(j.getId());
        }
        Map<Long, Application> appById = new HashMap<>();
        apps.forEach(a -> appById.put(a.getId(), a));
        Map<Long, Juror> jurorById = new HashMap<>();
        jurors.forEach(j -> jurorById.put(j.getId(), j));
        Set<Long> kept = new HashSet<>();
        existing.forEach(x -> kept.add(pair(x.getJuror().getId(), x.getApplication().getId())));
        List<String> shortfalls = new ArrayList<>();
        int pairs = 0;
        for (Map.Entry<Long, List<Long>> region : appsByRegion.entrySet()) {
            List<Long> regionJurors = jurorsByRegion.getOrDefault(region.getKey(), List.of());
            Set<AssignmentPlan.Pair> banned = new HashSet<>();
            for (long j : regionJurors) {
                for (long a : region.getValue()) {
                    if (forbidden.contains(pair(j, a))) {
                        banned.add(new AssignmentPlan.Pair(j, a));
                    }
                }
            }
            List<AssignmentPlan.Pair> previous = new ArrayList<>();
            for (long j : regionJurors) {
                for (long a : region.getValue()) {
                    if (kept.contains(pair(j, a))) {
                        previous.add(new AssignmentPlan.Pair(j, a));
                    }
                }
            }
            AssignmentPlan plan = JuryAssigner.assign(region.getValue(), regionJurors, banned,
                    s.getJurorsPerApplication(), previous.isEmpty() ? null
                    : new AssignmentPlan(s.getJurorsPerApplication(), previous, Map.of(), List.of(), 0));
            for (AssignmentPlan.Pair p : plan.pairs()) {
                pairs++;
                if (!kept.contains(pair(p.jurorId(), p.applicationId()))) {
                    em.persist(new Assignment(s, appById.get(p.applicationId()), jurorById.get(p.jurorId())));
                }
            }
            Set<AssignmentPlan.Pair> planned = new HashSet<>(plan.pairs());
            for (Assignment x : existing) {
                AssignmentPlan.Pair p = new AssignmentPlan.Pair(x.getJuror().getId(), x.getApplication().getId());
                if (region.getValue().contains(p.applicationId()) && !planned.contains(p) && !x.isSubmitted()) {
                    em.createQuery("delete from Score c where c.assignment = :x").setParameter("x", x)
                            .executeUpdate();
                    em.remove(x);
                }
            }
            for (Shortfall f : plan.shortfalls()) {
                shortfalls.add(appById.get(f.applicationId()).getNumber() + ": " + f.assigned() + " of "
                        + f.needed() + " (" + f.reason() + ", " + f.eligibleJurors() + ")");
            }
        }
        em.flush();
        List<JurorRow> rows = jurorRows(s);
        int min = rows.stream().mapToInt(JurorRow::assigned).min().orElse(0);
        int max = rows.stream().mapToInt(JurorRow::assigned).max().orElse(0);
        return new AssignmentSummary(s.getId(), apps.size(), pairs, min, max, automatic, shortfalls, rows);
    }

    private static long regionKey(Stage s, Long region) {
        return s.getLevel() == StageLevel.REGIONAL && region != null ? region : 0L;
    }

    /** Pairs juror→application forbidden by an automatic conflict, as {@link #pair} keys. */
    private Set<Long> forbidden(Stage s, List<Application> apps, List<Juror> jurors) {
        Set<Long> out = new HashSet<>();
        if (apps.isEmpty() || jurors.isEmpty()) {
            return out;
        }
        Map<Long, List<Long>> membersBy = new HashMap<>();
        for (Member m : em.createQuery("select m from Member m where m.application in :a", Member.class)
                .setParameter("a", apps).getResultList()) {
            membersBy.computeIfAbsent(m.getApplication().getId(), k -> new ArrayList<>()).add(m.getPersonId());
        }
        Set<Long> personIds = new HashSet<>();
        membersBy.values().forEach(personIds::addAll);
        jurors.stream().map(Juror::getPersonId).filter(Objects::nonNull).forEach(personIds::add);
        Map<Long, MemberFacts> facts = people.facts(personIds);
        List<JurorFacts> jf = new ArrayList<>();
        for (Juror j : jurors) {
            MemberFacts f = j.getPersonId() == null ? null : facts.get(j.getPersonId());
            jf.add(new JurorFacts(j.getId(), j.getPersonId() == null ? -j.getId() : j.getPersonId(),
                    f == null ? null : f.municipalityId(), j.getRegionId(), f == null ? null : f.department(),
                    f == null ? null : f.positionRank()));
        }
        List<ApplicantFacts> af = new ArrayList<>();
        for (Application a : apps) {
            List<MemberFacts> ms = new ArrayList<>();
            for (long p : membersBy.getOrDefault(a.getId(), List.of(a.getPersonId()))) {
                MemberFacts f = facts.get(p);
                ms.add(f != null ? f : new MemberFacts(p, a.getMunicipalityId(), null, null));
            }
            af.add(new ApplicantFacts(a.getId(), a.getRegionId(), ms));
        }
        for (ConflictFinding c : ConflictRules.find(jf, af)) {
            out.add(pair(c.jurorId(), c.applicationId()));
        }
        return out;
    }

    static long pair(long juror, long application) {
        return juror * 1_000_000_007L + application;
    }

    /** Whether the caller chairs the stage's jury. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean chairs(long stageId) {
        Caller caller = currentUser.require();
        return !em.createQuery("select j.id from Juror j where j.stage.id = :s and j.accountId = :a and j.chair = true",
                Long.class).setParameter("s", stageId).setParameter("a", caller.accountId()).getResultList().isEmpty();
    }

    // ---- the juror ----

    /** The calling juror's assignments (blind stages without name and municipality). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssignmentRow> mine() {
        Caller caller = currentUser.require(Role.JUROR, Role.CONTEST_ADMIN, Role.ADMIN);
        List<Assignment> list = em.createQuery("select x from JuryAssignment x join fetch x.application a "
                + "join fetch x.stage s where x.juror.accountId = :acc order by s.id, a.id", Assignment.class)
                .setParameter("acc", caller.accountId()).getResultList();
        Map<Long, String> names = people.names(list.stream().filter(x -> !x.getStage().isBlind())
                .map(x -> x.getApplication().getPersonId()).toList());
        Map<Long, String> places = people.municipalities(list.stream().filter(x -> !x.getStage().isBlind())
                .map(x -> x.getApplication().getMunicipalityId()).toList());
        return list.stream().map(x -> new AssignmentRow(x.getId(), x.getStage().getId(), x.getStage().getTitle(),
                x.getStage().getNomination().getTitle(), x.getApplication().getId(), x.getApplication().getNumber(),
                names.get(x.getApplication().getPersonId()), places.get(x.getApplication().getMunicipalityId()),
                x.isSubmitted(), x.getStage().getKind() == StageKind.FINAL)).toList();
    }

    /** The calling juror's sheet for one assignment (404 for anyone else's). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScoreSheet sheet(long assignmentId) {
        Assignment x = own(assignmentId);
        audit.record(AuditAction.CONTEST_APPLICATION_READ, Outcome.SUCCESS, "contest-application",
                x.getApplication().getNumber(), "juror sheet");
        return sheetOf(x);
    }

    private ScoreSheet sheetOf(Assignment x) {
        Stage s = x.getStage();
        Application a = x.getApplication();
        List<Criterion> criteria = criteria(s);
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Score c : em.createQuery("select c from Score c where c.assignment = :x", Score.class)
                .setParameter("x", x).getResultList()) {
            scores.put(c.getCriterion().getCode(), c.getScore());
        }
        boolean liveOpen = s.getKind() == StageKind.FINAL && s.getStatus() == StageStatus.SCORING;
        boolean visible = x.isSubmitted() && !liveOpen;
        List<ScoreSheet.OtherSheet> others = new ArrayList<>();
        if (visible) {
            List<Assignment> all = em.createQuery("select y from JuryAssignment y where y.application = :a "
                    + "and y.stage = :s and y.submitted = true and y.id <> :me order by y.submittedSeq, y.id",
                    Assignment.class).setParameter("a", a).setParameter("s", s).setParameter("me", x.getId())
                    .getResultList();
            Map<Long, Map<String, Integer>> by = new HashMap<>();
            if (!all.isEmpty()) {
                for (Score c : em.createQuery("select c from Score c where c.assignment in :y", Score.class)
                        .setParameter("y", all).getResultList()) {
                    by.computeIfAbsent(c.getAssignment().getId(), k -> new LinkedHashMap<>())
                            .put(c.getCriterion().getCode(), c.getScore());
                }
            }
            int n = 0;
            for (Assignment y : all) {
                Map<String, Integer> sc = by.getOrDefault(y.getId(), Map.of());
                others.add(new ScoreSheet.OtherSheet("#" + (++n), sc, total(criteria, sc)));
            }
        }
        return new ScoreSheet(x.getId(), x.getVersion(), SeasonFacade.stageRow(s,
                criteria.stream().map(SeasonFacade::criterionRow).toList()), a.getNumber(),
                s.isBlind() ? null : people.names(List.of(a.getPersonId())).get(a.getPersonId()),
                s.isBlind() ? null : people.municipalities(List.of(a.getMunicipalityId())).get(a.getMunicipalityId()),
                ContestJson.answers(a.getAnswers()), scores, x.getRemark(), x.isSubmitted(), visible, others,
                ContestAttachments.rows(em, a, s.isBlind()));
    }

    /** The weighted mean of a sheet's scores over the criteria (0 when nothing is scored). */
    static double total(List<Criterion> criteria, Map<String, Integer> scores) {
        double sum = 0;
        double weights = 0;
        for (Criterion c : criteria) {
            Integer v = scores.get(c.getCode());
            if (v != null) {
                sum += c.getWeight().doubleValue() * v;
                weights += c.getWeight().doubleValue();
            }
        }
        return weights == 0 ? 0 : Math.round(sum / weights * 1000) / 1000.0;
    }

    /**
     * The juror saves scores (and submits, which needs every criterion and locks the sheet). 409 SHEET_LOCKED after
     * submission; 409 STAGE_STATUS outside scoring; 400 SCORE_INVALID naming the criterion.
     */
    public ScoreSheet save(long assignmentId, SheetData data) {
        validator.validate(data);
        Assignment x = em.find(Assignment.class, own(assignmentId).getId(), LockModeType.PESSIMISTIC_WRITE);
        if (x.getVersion() != data.version()) {
            throw new ConcurrentModificationException(SharedError.CONCURRENT_MODIFICATION);
        }
        if (x.isSubmitted()) {
            throw new BusinessException(ContestError.SHEET_LOCKED);
        }
        if (x.getStage().getStatus() != StageStatus.SCORING) {
            throw new BusinessException(ContestError.STAGE_STATUS, "score", x.getStage().getStatus());
        }
        List<Criterion> criteria = criteria(x.getStage());
        Map<String, Integer> given = data.scores() == null ? Map.of() : data.scores();
        Map<String, Criterion> byCode = new HashMap<>();
        criteria.forEach(c -> byCode.put(c.getCode(), c));
        for (Map.Entry<String, Integer> e : given.entrySet()) {
            Criterion c = byCode.get(e.getKey());
            if (c == null) {
                throw new InvalidInputException("scores." + e.getKey(), ContestError.SCORE_INVALID, e.getKey(), 0);
            }
            if (e.getValue() != null && (e.getValue() < 1 || e.getValue() > c.getMaxScore())) {
                throw new InvalidInputException("scores." + e.getKey(), ContestError.SCORE_INVALID, c.getTitle(),
                        c.getMaxScore());
            }
        }
        Map<String, Score> current = new HashMap<>();
        em.createQuery("select c from Score c where c.assignment = :x", Score.class).setParameter("x", x)
                .getResultList().forEach(c -> current.put(c.getCriterion().getCode(), c));
        for (Map.Entry<String, Integer> e : given.entrySet()) {
            Score old = current.get(e.getKey());
            if (e.getValue() == null) {
                if (old != null) {
                    em.remove(old);
                    current.remove(e.getKey());
                }
            } else if (old == null) {
                Score c = new Score(x, byCode.get(e.getKey()), e.getValue());
                em.persist(c);
                current.put(e.getKey(), c);
            } else {
                old.setScore(e.getValue());
            }
        }
        x.setRemark(SeasonFacade.blankToNull(data.remark()));
        if (data.submit()) {
            for (Criterion c : criteria) {
                if (!current.containsKey(c.getCode())) {
                    throw new InvalidInputException("scores." + c.getCode(), ContestError.SCORE_INVALID,
                            c.getTitle(), c.getMaxScore());
                }
            }
            Long seq = em.createQuery("select max(y.submittedSeq) from JuryAssignment y where y.stage = :s", Long.class)
                    .setParameter("s", x.getStage()).getSingleResult();
            x.setSubmitted(true);
            x.setSubmittedSeq(seq == null ? 1 : seq + 1);
        }
        // a version bump even when only scores changed, so that a second tab's save fails loudly
        x.setRemark(x.getRemark());
        em.lock(x, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        if (data.submit()) {
            audit.record(AuditAction.CONTEST_CHANGED, Outcome.SUCCESS, "contest-application",
                    x.getApplication().getNumber(), "sheet submitted");
        }
        return sheetOf(x);
    }

    /** The juror declares a conflict with an application of their stage: unassigned at once, loads rebalanced. */
    public ConflictRow declare(long stageId, ConflictData data) {
        Caller caller = currentUser.require(Role.JUROR);
        validator.validate(data);
        if (data.kind().automatic()) {
            throw new InvalidInputException("kind", ContestError.REASON_REQUIRED);
        }
        Stage s = em.find(Stage.class, stage(stageId).getId(), LockModeType.PESSIMISTIC_WRITE);
        Juror j = em.createQuery("select j from Juror j where j.stage = :s and j.accountId = :a", Juror.class)
                .setParameter("s", s).setParameter("a", caller.accountId()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(ContestError.STAGE_NOT_FOUND, stageId));
        Application a = em.find(Application.class, data.applicationId());
        if (a == null || !a.getNomination().equals(s.getNomination())) {
            throw new NotFoundException(ContestError.APPLICATION_NOT_FOUND, data.applicationId());
        }
        JurorConflict c = em.createQuery("select c from JurorConflict c where c.juror = :j and c.application = :a",
                JurorConflict.class).setParameter("j", j).setParameter("a", a).getResultStream().findFirst()
                .orElse(null);
        if (c == null) {
            c = new JurorConflict(j, a, data.kind(), ConflictStatus.DECLARED, data.statement().strip(),
                    clock.instant());
            em.persist(c);
        }
        em.flush();
        List<Assignment> mine = em.createQuery("select x from JuryAssignment x where x.juror = :j "
                + "and x.application = :a",
                Assignment.class).setParameter("j", j).setParameter("a", a).getResultList();
        for (Assignment x : mine) {
            em.createQuery("delete from Score c where c.assignment = :x").setParameter("x", x).executeUpdate();
            em.remove(x);
        }
        em.flush();
        if (s.getStatus() == StageStatus.OPEN || s.getStatus() == StageStatus.SCORING) {
            rebalance(s);
        }
        audit.record(AuditAction.CONTEST_CHANGED, Outcome.SUCCESS, "contest-application", a.getNumber(),
                "conflict declared: " + data.kind());
        return conflictRow(c, caller.username());
    }

    /** The conflicts of a stage (administrator) or the caller's own (juror). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConflictRow> conflicts(long stageId) {
        Caller caller = currentUser.require(Role.JUROR, Role.CONTEST_ADMIN, Role.ADMIN);
        boolean admin = caller.hasAnyRole(Role.CONTEST_ADMIN, Role.ADMIN);
        jakarta.persistence.TypedQuery<JurorConflict> q = em.createQuery("select c from JurorConflict c "
                + "where c.juror.stage.id = :s" + (admin ? "" : " and c.juror.accountId = :acc") + " order by c.id",
                JurorConflict.class).setParameter("s", stageId);
        if (!admin) {
            q.setParameter("acc", caller.accountId());
        }
        List<JurorConflict> list = q.getResultList();
        Map<Long, String> usernames = usernames(list.stream().map(c -> c.getJuror().getAccountId()).toList());
        return list.stream().map(c -> conflictRow(c, usernames.get(c.getJuror().getAccountId()))).toList();
    }

    /** The administrator confirms or rejects a declared conflict (a rejected one lets assignment use the pair). */
    public ConflictRow decide(long conflictId, boolean confirmed, long version) {
        Caller caller = currentUser.require(Role.CONTEST_ADMIN, Role.ADMIN);
        JurorConflict c = em.find(JurorConflict.class, conflictId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new NotFoundException(ContestError.APPLICATION_NOT_FOUND, conflictId);
        }
        if (c.getVersion() != version) {
            throw new ConcurrentModificationException(SharedError.CONCURRENT_MODIFICATION);
        }
        c.setStatus(confirmed ? ConflictStatus.CONFIRMED : ConflictStatus.REJECTED);
        c.setDecidedBy(caller.username());
        em.flush();
        audit.record(AuditAction.CONTEST_CHANGED, Outcome.SUCCESS, "contest-application",
                c.getApplication().getNumber(), "conflict " + c.getStatus());
        return conflictRow(c, usernames(List.of(c.getJuror().getAccountId())).get(c.getJuror().getAccountId()));
    }

    /** The administrator reopens a submitted sheet with a reason (audited); the stage must still be scoring. */
    public ScoreSheet reopen(long assignmentId, String reason) {
        currentUser.require(Role.CONTEST_ADMIN, Role.ADMIN);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", ContestError.REASON_REQUIRED);
        }
        Assignment x = em.find(Assignment.class, assignmentId, LockModeType.PESSIMISTIC_WRITE);
        if (x == null) {
            throw new NotFoundException(ContestError.ASSIGNMENT_NOT_FOUND, assignmentId);
        }
        if (x.getStage().getStatus() != StageStatus.SCORING) {
            throw new BusinessException(ContestError.STAGE_STATUS, "reopen", x.getStage().getStatus());
        }
        x.setSubmitted(false);
        x.setSubmittedSeq(null);
        em.flush();
        audit.record(AuditAction.CONTEST_SCORES_CHANGED, Outcome.SUCCESS, "contest-application",
                x.getApplication().getNumber(), "sheet reopened: " + reason.strip());
        return sheetOf(x);
    }

    private Assignment own(long assignmentId) {
        Caller caller = currentUser.require(Role.JUROR);
        Assignment x = em.find(Assignment.class, assignmentId);
        if (x == null || x.getJuror().getAccountId() != caller.accountId()) {
            if (x != null) {
                audit.record(AuditAction.ACCESS_DENIED, Outcome.DENIED, "contest-assignment",
                        String.valueOf(assignmentId), "not the juror's");
            }
            throw new NotFoundException(ContestError.ASSIGNMENT_NOT_FOUND, assignmentId);
        }
        return x;
    }

    Stage stage(long stageId) {
        Stage s = em.find(Stage.class, stageId);
        if (s == null) {
            throw new NotFoundException(ContestError.STAGE_NOT_FOUND, stageId);
        }
        return s;
    }

    List<Criterion> criteria(Stage s) {
        return em.createQuery("select c from Criterion c where c.stage = :s order by c.seq", Criterion.class)
                .setParameter("s", s).getResultList();
    }

    private List<JurorRow> jurorRows(Stage s) {
        List<Juror> jurors = em.createQuery("select j from Juror j where j.stage = :s order by j.chair desc, j.id",
                Juror.class).setParameter("s", s).getResultList();
        Map<Long, int[]> loads = new HashMap<>();
        for (Object[] o : em.createQuery("select x.juror.id, x.submitted, count(x) from JuryAssignment x "
                + "where x.stage = :s group by x.juror.id, x.submitted", Object[].class).setParameter("s", s)
                .getResultList()) {
            int[] l = loads.computeIfAbsent((Long) o[0], k -> new int[2]);
            l[0] += ((Long) o[2]).intValue();
            if (Boolean.TRUE.equals(o[1])) {
                l[1] += ((Long) o[2]).intValue();
            }
        }
        Map<Long, String> usernames = usernames(jurors.stream().map(Juror::getAccountId).toList());
        Map<Long, String> names = people.names(jurors.stream().map(Juror::getPersonId).filter(Objects::nonNull)
                .toList());
        Map<Long, String> regions = people.regions(jurors.stream().map(Juror::getRegionId).toList());
        return jurors.stream().map(j -> {
            int[] l = loads.getOrDefault(j.getId(), new int[2]);
            return new JurorRow(j.getId(), s.getId(), usernames.get(j.getAccountId()),
                    j.getPersonId() == null ? usernames.get(j.getAccountId()) : names.get(j.getPersonId()),
                    regions.get(j.getRegionId()), j.isChair(), l[0], l[1]);
        }).toList();
    }

    private Map<Long, String> usernames(List<Long> accountIds) {
        Map<Long, String> out = new HashMap<>();
        if (accountIds.isEmpty()) {
            return out;
        }
        for (Object[] o : em.createQuery("select a.id, a.username from Account a where a.id in :ids", Object[].class)
                .setParameter("ids", accountIds.stream().distinct().toList()).getResultList()) {
            out.put((Long) o[0], (String) o[1]);
        }
        return out;
    }

    private static ConflictRow conflictRow(JurorConflict c, String juror) {
        return new ConflictRow(c.getId(), c.getJuror().getStage().getId(), juror, c.getApplication().getId(),
                c.getApplication().getNumber(), c.getKind(), c.getStatus(), c.getStatement(), c.getDeclaredAt(),
                c.getDecidedBy(), c.getVersion());
    }

    // ui2

    /** The stage's score sheets (administrator): application, juror's username, submitted or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<org.munacademy.contest.entity.SheetStatusRow> sheets(long stageId) {
        currentUser.require(Role.CONTEST_ADMIN, Role.ADMIN);
        Stage s = stage(stageId);
        List<Assignment> list = em.createQuery("select x from Assignment x join fetch x.application "
                + "join fetch x.juror where x.stage = :s order by x.application.id, x.id", Assignment.class)
                .setParameter("s", s).getResultList();
        Map<Long, String> names = usernames(list.stream().map(x -> x.getJuror().getAccountId()).toList());
        return list.stream().map(x -> new org.munacademy.contest.entity.SheetStatusRow(x.getId(),
                x.getApplication().getId(), x.getApplication().getNumber(), names.get(x.getJuror().getAccountId()),
                x.isSubmitted())).toList();
    }
}
