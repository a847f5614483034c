package org.munacademy.contest.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.munacademy.contest.control.AttachmentRules;
import org.munacademy.contest.entity.ContestError;
import org.munacademy.contest.entity.Criterion;
import org.munacademy.contest.entity.CriterionRow;
import org.munacademy.contest.entity.Nomination;
import org.munacademy.contest.entity.NominationKind;
import org.munacademy.contest.entity.NominationRow;
import org.munacademy.contest.entity.QuestionField;
import org.munacademy.contest.entity.Season;
import org.munacademy.contest.entity.SeasonDefinition;
import org.munacademy.contest.entity.SeasonRow;
import org.munacademy.contest.entity.SeasonStatus;
import org.munacademy.contest.entity.Stage;
import org.munacademy.contest.entity.StageKind;
import org.munacademy.contest.entity.StageRow;
import org.munacademy.contest.entity.StageStatus;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent.Outcome;
import org.munacademy.identity.entity.Role;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.ConcurrentModificationException;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.SharedError;

/**
 * Seasons, nominations, stages and rubrics: everyone signed in reads them (candidates choose a nomination); the contest
 * administrator defines a season whole ({@link #define}), opens stages and fixes their aggregation method before
 * scoring opens. Closing and publishing a stage are {@link RankingFacade}'s.
 */
@ApplicationScoped
@Transactional
public class SeasonFacade {

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

    /** Every season, newest first, with nominations, stages and rubrics (four statements whatever their number). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SeasonRow> seasons() {
        currentUser.require();
        return rows(em.createQuery("select s from Season s order by s.year desc, s.code", Season.class)
                .getResultList());
    }

    /** One season (404 SEASON_NOT_FOUND). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SeasonRow season(String code) {
        currentUser.require();
        return rows(List.of(find(code))).get(0);
    }

    /** One stage as a row (404 STAGE_NOT_FOUND). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StageRow stage(long stageId) {
        currentUser.require();
        Stage s = em.find(Stage.class, stageId);
        if (s == null) {
            throw new NotFoundException(ContestError.STAGE_NOT_FOUND, stageId);
        }
        return stageRow(s, criteria(List.of(s)).getOrDefault(s.getId(), List.of()));
    }

    Season find(String code) {
        return em.createQuery("select s from Season s where s.code = :c", Season.class)
                .setParameter("c", code == null ? "" : code.strip()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(ContestError.SEASON_NOT_FOUND, code));
    }

    /**
     * The contest administrator defines a new season whole (status DRAFT until {@link #openSeason}). Refused with 400
     * DEFINITION_INVALID naming what is inconsistent: dates, a team's size for a non-team nomination, a jury stage
     * without criteria or jurors per application, a test stage without a test.
     */
    public SeasonRow define(SeasonDefinition d) {
        currentUser.require(Role.CONTEST_ADMIN, Role.ADMIN);
        Season season = create(d, SeasonStatus.DRAFT);
        audit.record(AuditAction.CONTEST_CHANGED, Outcome.SUCCESS, "contest-season", d.code(), "defined");
        return rows(List.of(season)).get(0);
    }

    /** Creates the season (the content loader calls this for the seeded season, with its status). */
    Season create(SeasonDefinition d, SeasonStatus status) {
        validator.validate(d);
        check(d);
        if (!em.createQuery("select s.id from Season s where s.code = :c", Long.class).setParameter("c", d.code())
                .getResultList().isEmpty()) {
            throw new BusinessException(ContestError.DEFINITION_INVALID, "code " + d.code() + " exists");
        }
        Season season = new Season(d.code().strip(), d.title().strip(), d.year(), status, d.applicationsFrom(),
                d.applicationsUntil(), clock.instant());
        em.persist(season);
        for (SeasonDefinition.NominationDefinition n : d.nominations()) {
            Nomination nomination = new Nomination(season, n.code().strip(), n.title().strip(), n.kind());
            nomination.setTeamMin(n.teamMin());
            nomination.setTeamMax(n.teamMax());
            nomination.setMinAge(n.minAge());
            nomination.setMaxAge(n.maxAge());
            nomination.setMinExperience(n.minExperience());
            nomination.setPositionGroups(join(n.positionGroups()));
            nomination.setRegionCodes(join(n.regionCodes()));
            nomination.setQuestionnaire(ContestJson.fields(n.questionnaire()));
            em.persist(nomination);
            em.flush(); // ids in the definition's order
            int seq = 0;
            for (SeasonDefinition.StageDefinition s : n.stages()) {
                Stage stage = new Stage(nomination, ++seq, s.kind(), s.level(), s.title().strip(), s.opensOn(),
                        s.closesOn(), s.passRule(), s.passValue(), s.method(), s.jurorsPerApplication(), s.blind(),
                        blankToNull(s.testCode()), StageStatus.PLANNED, s.appealDays());
                em.persist(stage);
                em.flush();
                int c = 0;
                for (SeasonDefinition.CriterionDefinition k : s.criteria() == null
                        ? List.<SeasonDefinition.CriterionDefinition>of() : s.criteria()) {
                    em.persist(new Criterion(stage, ++c, k.code().strip(), k.title().strip(), k.weight(),
                            k.maxScore(), blankToNull(k.anchorLow()), blankToNull(k.anchorMid()),
                            blankToNull(k.anchorHigh())));
                }
            }
        }
        em.flush();
        return season;
    }

    private static void check(SeasonDefinition d) {
        if (d.applicationsUntil().isBefore(d.applicationsFrom())) {
            throw new BusinessException(ContestError.DEFINITION_INVALID, "applications end before they start");
        }
        Set<String> codes = new HashSet<>();
        for (SeasonDefinition.NominationDefinition n : d.nominations()) {
            if (!codes.add(n.code().strip())) {
                throw new BusinessException(ContestError.DEFINITION_INVALID, "nomination " + n.code() + " twice");
            }
            if (String.valueOf(join(n.positionGroups())).length() > 300
                    || String.valueOf(join(n.regionCodes())).length() > 1000) {
                throw new BusinessException(ContestError.DEFINITION_INVALID, n.code() + ": too many groups or regions");
            }
            if (d.code().strip().length() + n.code().strip().length() > 28) {
                // application numbers are <season>-<nomination>-0001, diplomas add -D<stage>: 40 characters at most
                throw new BusinessException(ContestError.DEFINITION_INVALID, n.code() + ": season and nomination "
                        + "codes together longer than 28 characters");
            }
            for (QuestionField f : n.questionnaire() == null ? List.<QuestionField>of() : n.questionnaire()) {
                List<String> problems = f == null ? List.of() : AttachmentRules.definitionProblems(f);
                if (!problems.isEmpty()) {
                    throw new BusinessException(ContestError.DEFINITION_INVALID, n.code() + ": "
                            + String.join("; ", problems));
                }
            }
            boolean team = n.kind() == NominationKind.TEAM;
            if (team != (n.teamMin() != null && n.teamMax() != null)
                    || team && (n.teamMin() < 2 || n.teamMax() < n.teamMin())) {
                throw new BusinessException(ContestError.DEFINITION_INVALID, n.code() + ": team size");
            }
            LocalDate previous = null;
            for (SeasonDefinition.StageDefinition s : n.stages()) {
                if (s.closesOn().isBefore(s.opensOn()) || previous != null && s.opensOn().isBefore(previous)) {
                    throw new BusinessException(ContestError.DEFINITION_INVALID, n.code() + ": " + s.title()
                            + ": dates");
                }
                previous = s.opensOn();
                boolean scored = s.kind() == StageKind.JURY || s.kind() == StageKind.FINAL;
                if (scored && (s.criteria() == null || s.criteria().isEmpty() || s.jurorsPerApplication() < 1)) {
                    throw new BusinessException(ContestError.DEFINITION_INVALID, n.code() + ": " + s.title()
                            + ": criteria and jurors per application");
                }
                if (s.kind() == StageKind.TEST && blankToNull(s.testCode()) == null) {
                    throw new BusinessException(ContestError.DEFINITION_INVALID, n.code() + ": " + s.title()
                            + ": test");
                }
                if (s.criteria() != null && s.criteria().stream().map(c -> c.code().strip()).distinct().count()
                        != s.criteria().size()) {
                    throw new BusinessException(ContestError.DEFINITION_INVALID, n.code() + ": " + s.title()
                            + ": criterion codes");
                }
            }
        }
    }

    /** The administrator opens a drafted season for applications. */
    public SeasonRow openSeason(String code, long version) {
        currentUser.require(Role.CONTEST_ADMIN, Role.ADMIN);
        Season s = em.find(Season.class, find(code).getId(), LockModeType.PESSIMISTIC_WRITE);
        if (s.getVersion() != version) {
            throw new ConcurrentModificationException(SharedError.CONCURRENT_MODIFICATION);
        }
        if (s.getStatus() != SeasonStatus.DRAFT) {
            throw new BusinessException(ContestError.STAGE_STATUS, "open", s.getStatus());
        }
        s.setStatus(SeasonStatus.OPEN);
        em.flush();
        audit.record(AuditAction.CONTEST_CHANGED, Outcome.SUCCESS, "contest-season", code, "opened");
        return rows(List.of(s)).get(0);
    }

    /**
     * Changes a stage's aggregation method while scoring has not opened (afterwards the recorded method stands: 409
     * STAGE_STATUS).
     */
    public StageRow setMethod(long stageId, org.munacademy.contest.entity.AggregationMethod method, long version) {
        currentUser.require(Role.CONTEST_ADMIN, Role.ADMIN);
        Stage s = lock(stageId, version);
        if (s.getMethodFixedAt() != null) {
            throw new BusinessException(ContestError.STAGE_STATUS, "method", s.getStatus());
        }
        s.setMethod(method);
        em.flush();
        audit.record(AuditAction.CONTEST_CHANGED, Outcome.SUCCESS, "contest-stage", String.valueOf(stageId),
                "method " + method);
        return stage(stageId);
    }

    /** PLANNED → OPEN: applications that reached the stage get a pending result. */
    public StageRow open(long stageId, long version) {
        currentUser.require(Role.CONTEST_ADMIN, Role.ADMIN);
        Stage s = lock(stageId, version);
        if (s.getStatus() != StageStatus.PLANNED) {
            throw new BusinessException(ContestError.STAGE_STATUS, "open", s.getStatus());
        }
        s.setStatus(StageStatus.OPEN);
        em.flush();
        audit.record(AuditAction.CONTEST_CHANGED, Outcome.SUCCESS, "contest-stage", String.valueOf(stageId), "open");
        return stage(stageId);
    }

    /** OPEN → SCORING: the method is fixed and recorded (time and actor in the audit). */
    public StageRow startScoring(long stageId, long version) {
        currentUser.require(Role.CONTEST_ADMIN, Role.ADMIN);
        Stage s = lock(stageId, version);
        if (s.getStatus() != StageStatus.OPEN || s.getKind() != StageKind.JURY && s.getKind() != StageKind.FINAL) {
            throw new BusinessException(ContestError.STAGE_STATUS, "scoring", s.getStatus());
        }
        s.setStatus(StageStatus.SCORING);
        s.setMethodFixedAt(clock.instant());
        em.flush();
        audit.record(AuditAction.CONTEST_CHANGED, Outcome.SUCCESS, "contest-stage", String.valueOf(stageId),
                "scoring opened; method " + s.getMethod());
        return stage(stageId);
    }

    Stage lock(long stageId, long version) {
        Stage s = em.find(Stage.class, stageId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw new NotFoundException(ContestError.STAGE_NOT_FOUND, stageId);
        }
        if (s.getVersion() != version) {
            throw new ConcurrentModificationException(SharedError.CONCURRENT_MODIFICATION);
        }
        return s;
    }

    private List<SeasonRow> rows(List<Season> seasons) {
        if (seasons.isEmpty()) {
            return List.of();
        }
        List<Nomination> nominations = em.createQuery("select n from Nomination n where n.season in :s order by n.id",
                Nomination.class).setParameter("s", seasons).getResultList();
        List<Stage> stages = nominations.isEmpty() ? List.of() : em.createQuery("select s from Stage s "
                + "where s.nomination in :n order by s.nomination.id, s.seq", Stage.class)
                .setParameter("n", nominations).getResultList();
        Map<Long, List<CriterionRow>> criteria = criteria(stages);
        Map<Long, List<StageRow>> stagesBy = new LinkedHashMap<>();
        for (Stage s : stages) {
            stagesBy.computeIfAbsent(s.getNomination().getId(), k -> new ArrayList<>())
                    .add(stageRow(s, criteria.getOrDefault(s.getId(), List.of())));
        }
        Map<Long, List<NominationRow>> nominationsBy = new LinkedHashMap<>();
        for (Nomination n : nominations) {
            nominationsBy.computeIfAbsent(n.getSeason().getId(), k -> new ArrayList<>()).add(new NominationRow(
                    n.getId(), n.getCode(), n.getTitle(), n.getKind(), n.getTeamMin(), n.getTeamMax(), n.getMinAge(),
                    n.getMaxAge(), n.getMinExperience(), ContestJson.fields(n.getQuestionnaire()),
                    stagesBy.getOrDefault(n.getId(), List.of())));
        }
        return seasons.stream().map(s -> new SeasonRow(s.getCode(), s.getTitle(), s.getYear(), s.getStatus(),
                s.getApplicationsFrom(), s.getApplicationsUntil(), nominationsBy.getOrDefault(s.getId(), List.of()),
                s.getVersion()))
                .toList();
    }

    private Map<Long, List<CriterionRow>> criteria(List<Stage> stages) {
        Map<Long, List<CriterionRow>> by = new LinkedHashMap<>();
        if (stages.isEmpty()) {
            return by;
        }
        for (Criterion c : em.createQuery("select c from Criterion c where c.stage in :s order by c.stage.id, c.seq",
                Criterion.class).setParameter("s", stages).getResultList()) {
            by.computeIfAbsent(c.getStage().getId(), k -> new ArrayList<>()).add(criterionRow(c));
        }
        return by;
    }

    static CriterionRow criterionRow(Criterion c) {
        return new CriterionRow(c.getId(), c.getCode(), c.getTitle(), c.getWeight(), c.getMaxScore(),
                c.getAnchorLow(), c.getAnchorMid(), c.getAnchorHigh());
    }

    static StageRow stageRow(Stage s, List<CriterionRow> criteria) {
        return new StageRow(s.getId(), s.getNomination().getId(), s.getSeq(), s.getKind(), s.getLevel(), s.getTitle(),
                s.getOpensOn(), s.getClosesOn(), s.getStatus(), s.getPassRule(), s.getPassValue(), s.getMethod(),
                s.getMethodFixedAt() != null, s.getJurorsPerApplication(), s.isBlind(), s.getTestCode(),
                s.getAppealUntil(), s.getPublishedOn(), criteria, s.getVersion());
    }

    private static String join(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return String.join(";", values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
