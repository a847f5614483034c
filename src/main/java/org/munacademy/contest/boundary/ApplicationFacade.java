package org.munacademy.contest.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.munacademy.contest.control.Eligibility;
import org.munacademy.contest.control.Questionnaire;
import org.munacademy.contest.entity.Appeal;
import org.munacademy.contest.entity.AppealRow;
import org.munacademy.contest.entity.Application;
import org.munacademy.contest.entity.ApplicationData;
import org.munacademy.contest.entity.ApplicationDetail;
import org.munacademy.contest.entity.ApplicationRow;
import org.munacademy.contest.entity.ApplicationStatus;
import org.munacademy.contest.entity.Assignment;
import org.munacademy.contest.entity.CandidateFacts;
import org.munacademy.contest.entity.ContestError;
import org.munacademy.contest.entity.EligibilityRules;
import org.munacademy.contest.entity.FieldProblem;
import org.munacademy.contest.entity.Ineligibility;
import org.munacademy.contest.entity.Member;
import org.munacademy.contest.entity.MemberRow;
import org.munacademy.contest.entity.Nomination;
import org.munacademy.contest.entity.NominationKind;
import org.munacademy.contest.entity.ResultRow;
import org.munacademy.contest.entity.ResultStatus;
import org.munacademy.contest.entity.Season;
import org.munacademy.contest.entity.SeasonStatus;
import org.munacademy.contest.entity.Stage;
import org.munacademy.contest.entity.StageKind;
import org.munacademy.contest.entity.StageResult;
import org.munacademy.contest.entity.StageStatus;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.DataScope;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent.Outcome;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Person;
import org.munacademy.identity.entity.Role;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.entity.AccessDeniedException;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.ConcurrentModificationException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.SharedError;

/**
 * Applications: a candidate applies (questionnaire, consent, team), sees their applications with results and appeals,
 * withdraws; team members consent; the contest administrator lists applications in scope and decides the documents
 * check. Eligibility is checked automatically at submission; an ineligible application is kept with its reasons.
 */
@ApplicationScoped
@Transactional
public class ApplicationFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    DataScope scope;

    @Inject
    AuditLog audit;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    @Inject
    ContestPeople people;

    /** The calling person applies to a nomination of an open season. */
    public ApplicationDetail apply(ApplicationData data) {
        Caller caller = currentUser.require();
        validator.validate(data);
        if (caller.personId() == null) {
            throw new AccessDeniedException(SharedError.ACCESS_DENIED);
        }
        Season season = em.createQuery("select s from Season s where s.code = :c", Season.class)
                .setParameter("c", data.season().strip()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(ContestError.SEASON_NOT_FOUND, data.season()));
        Nomination nomination = em.createQuery("select n from Nomination n where n.season = :s and n.code = :c",
                Nomination.class).setParameter("s", season).setParameter("c", data.nomination().strip())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(ContestError.NOMINATION_NOT_FOUND, data.nomination()));
        LocalDate today = LocalDate.now(clock);
        if (season.getStatus() != SeasonStatus.OPEN || today.isBefore(season.getApplicationsFrom())
                || today.isAfter(season.getApplicationsUntil())) {
            throw new BusinessException(ContestError.APPLICATIONS_CLOSED, season.getApplicationsFrom() + " – "
                    + season.getApplicationsUntil());
        }
        em.createQuery("select a.number from Application a where a.nomination = :n and a.personId = :p", String.class)
                .setParameter("n", nomination).setParameter("p", caller.personId()).getResultStream().findFirst()
                .ifPresent(n -> {
                    throw new BusinessException(ContestError.ALREADY_APPLIED, n);
                });
        if (!data.consent()) {
            throw new InvalidInputException("consent", ContestError.CONSENT_REQUIRED, caller.displayName());
        }
        Map<String, String> answers = data.answers() == null ? Map.of() : data.answers();
        List<FieldProblem> problems = Questionnaire.validate(ContestJson.fields(nomination.getQuestionnaire()),
                answers);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().map(p -> new InvalidInputException.Violation(
                    "answers." + p.fieldCode(), ContestError.ANSWER_INVALID, p.fieldCode(),
                    p.kind() + (p.args().isEmpty() ? "" : " " + String.join(", ", p.args())))).toList());
        }
        Person applicant = em.find(Person.class, caller.personId());
        List<Person> team = team(nomination, applicant, data.members());
        Instant now = clock.instant();
        List<Ineligibility> reasons = Eligibility.check(rules(nomination, people), facts(applicant, answers), today);
        long count = em.createQuery("select count(a) from Application a where a.nomination = :n", Long.class)
                .setParameter("n", nomination).getSingleResult();
        String number = String.format("%s-%s-%04d", season.getCode(), nomination.getCode(), count + 1);
        Application a = new Application(nomination, number, applicant.getId(),
                applicant.getMunicipality().getRegion().getId(), applicant.getMunicipality().getId(),
                SeasonFacade.blankToNull(data.teamName()),
                reasons.isEmpty() ? ApplicationStatus.ACTIVE : ApplicationStatus.INELIGIBLE,
                ContestJson.answers(answers), now, now);
        a.setEligibility(reasons.isEmpty() ? null : encode(reasons));
        em.persist(a);
        int seq = 0;
        for (Person p : team) {
            em.persist(new Member(a, p.getId(), ++seq, p.getId().equals(applicant.getId()) ? now : null));
        }
        if (a.getStatus() == ApplicationStatus.ACTIVE) {
            firstStage(nomination).ifPresent(s -> em.persist(new StageResult(a, s, ResultStatus.PENDING)));
        }
        em.flush();
        audit.record(AuditAction.CONTEST_CHANGED, Outcome.SUCCESS, "contest-application", number,
                "applied; " + a.getStatus());
        return detail(a);
    }

    private java.util.Optional<Stage> firstStage(Nomination n) {
        return em.createQuery("select s from Stage s where s.nomination = :n and s.seq = 1", Stage.class)
                .setParameter("n", n).getResultStream().findFirst();
    }

    private List<Person> team(Nomination nomination, Person applicant, List<String> codes) {
        if (nomination.getKind() != NominationKind.TEAM) {
            return List.of(applicant);
        }
        List<String> wanted = new ArrayList<>();
        wanted.add(applicant.getCode());
        Set<String> seen = new HashSet<>(wanted);
        for (String c : codes == null ? List.<String>of() : codes) {
            String code = c.strip();
            if (code.equals(applicant.getCode())) {
                continue;
            }
            if (!seen.add(code)) {
                throw new InvalidInputException("members", ContestError.TEAM_MEMBER, code);
            }
            wanted.add(code);
        }
        if (wanted.size() < nomination.getTeamMin() || wanted.size() > nomination.getTeamMax()) {
            throw new InvalidInputException("members", ContestError.TEAM_SIZE, nomination.getTeamMin(),
                    nomination.getTeamMax());
        }
        Map<String, Person> found = new HashMap<>();
        em.createQuery("select p from Person p where p.code in :c", Person.class).setParameter("c", wanted)
                .getResultList().forEach(p -> found.put(p.getCode(), p));
        List<Person> out = new ArrayList<>();
        for (String code : wanted) {
            Person p = found.get(code);
            if (p == null) {
                throw new InvalidInputException("members", ContestError.TEAM_MEMBER, code);
            }
            out.add(p);
        }
        return out;
    }

    /** The nomination's eligibility rules, its admitted regions' codes turned into ids. */
    static EligibilityRules rules(Nomination n, ContestPeople people) {
        Set<String> regionCodes = split(n.getRegionCodes());
        Set<Long> regions = regionCodes == null ? null : new HashSet<>(people.regionIds(regionCodes).values());
        return new EligibilityRules(n.getMinAge(), n.getMaxAge(), n.getMinExperience(), split(n.getPositionGroups()),
                regions);
    }

    private static Set<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return null;
        }
        return new HashSet<>(Arrays.asList(joined.split(";")));
    }

    private static CandidateFacts facts(Person p, Map<String, String> answers) {
        Integer experience = null;
        String e = answers.get("experience_years");
        if (e != null && e.strip().matches("\\d{1,2}")) {
            experience = Integer.valueOf(e.strip());
        }
        String group = p.getPosition() == null || p.getPosition().getGroup() == null ? null
                : p.getPosition().getGroup().getCode();
        return new CandidateFacts(p.getBirthDate(), experience, group, p.getMunicipality().getRegion().getId());
    }

    private static String encode(List<Ineligibility> reasons) {
        StringBuilder out = new StringBuilder();
        for (Ineligibility r : reasons) {
            out.append(out.length() == 0 ? "" : "\n").append(r.reason().name());
            r.args().forEach(a -> out.append('|').append(a));
        }
        return out.length() > 2000 ? out.substring(0, 2000) : out.toString();
    }

    /** The caller's own applications (as applicant or team member), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApplicationDetail> mine() {
        Caller caller = currentUser.require();
        if (caller.personId() == null) {
            return List.of();
        }
        List<Application> list = em.createQuery("select distinct a from Application a, Member m where m.application = a"
                + " and m.personId = :p order by a.id desc", Application.class)
                .setParameter("p", caller.personId()).getResultList();
        List<ApplicationDetail> out = list.stream().map(this::detail).toList();
        if (!out.isEmpty()) {
            audit.record(AuditAction.CONTEST_APPLICATION_READ, Outcome.SUCCESS, "contest-application", "own",
                    out.size() + " own");
        }
        return out;
    }

    /** One application: its applicant or team member, or a contest administrator whose scope covers the applicant. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ApplicationDetail application(long id) {
        Application a = readable(id);
        audit.record(AuditAction.CONTEST_APPLICATION_READ, Outcome.SUCCESS, "contest-application", a.getNumber(), "");
        return detail(a);
    }

    Application readable(long id) {
        Caller caller = currentUser.require();
        Application a = em.find(Application.class, id);
        if (a == null) {
            throw new NotFoundException(ContestError.APPLICATION_NOT_FOUND, id);
        }
        boolean own = caller.personId() != null && !em.createQuery("select m.id from Member m where m.application = :a"
                + " and m.personId = :p", Long.class).setParameter("a", a).setParameter("p", caller.personId())
                .getResultList().isEmpty();
        boolean admin = caller.hasAnyRole(Role.CONTEST_ADMIN, Role.ADMIN)
                && scope.contestPersonsAmong(List.of(a.getPersonId())).contains(a.getPersonId());
        if (!own && !admin) {
            audit.record(AuditAction.ACCESS_DENIED, Outcome.DENIED, "contest-application", String.valueOf(id), "");
            throw new NotFoundException(ContestError.APPLICATION_NOT_FOUND, id);
        }
        return a;
    }

    /** A team member consents to the processing of their personal data for the team's application. */
    public ApplicationDetail consent(long id) {
        Caller caller = currentUser.require();
        Application a = readable(id);
        Member m = em.createQuery("select m from Member m where m.application = :a and m.personId = :p", Member.class)
                .setParameter("a", a).setParameter("p", caller.personId() == null ? -1L : caller.personId())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(ContestError.APPLICATION_NOT_FOUND, id));
        if (m.getConsentAt() == null) {
            m.setConsentAt(clock.instant());
            em.flush();
            audit.record(AuditAction.CONTEST_CHANGED, Outcome.SUCCESS, "contest-application", a.getNumber(),
                    "member consented");
        }
        return detail(a);
    }

    /** The applicant withdraws; open (not submitted) assignments are removed. */
    public ApplicationDetail withdraw(long id, long version) {
        Caller caller = currentUser.require();
        Application a = em.find(Application.class, readable(id).getId(), LockModeType.PESSIMISTIC_WRITE);
        if (caller.personId() == null || a.getPersonId() != caller.personId()) {
            throw new NotFoundException(ContestError.APPLICATION_NOT_FOUND, id);
        }
        if (a.getVersion() != version) {
            throw new ConcurrentModificationException(SharedError.CONCURRENT_MODIFICATION);
        }
        if (a.getStatus() != ApplicationStatus.ACTIVE && a.getStatus() != ApplicationStatus.INELIGIBLE
                && a.getStatus() != ApplicationStatus.SUBMITTED) {
            throw new BusinessException(ContestError.APPLICATION_STATUS, "withdraw", a.getStatus());
        }
        a.setStatus(ApplicationStatus.WITHDRAWN);
        a.setWithdrawnAt(clock.instant());
        // per open sheet (k of them): a bulk delete through the assignment's path makes EclipseLink's MySQL
        // platform write DELETE … USING with a temporary table, which H2 refuses (a withdrawal failed with 500 on
        // the embedded database; found by the browser journey)
        for (Assignment x : em.createQuery("select x from JuryAssignment x where x.application = :a "
                + "and x.submitted = false", Assignment.class).setParameter("a", a).getResultList()) {
            em.createQuery("delete from Score c where c.assignment = :x").setParameter("x", x).executeUpdate();
            em.remove(x);
        }
        em.flush();
        audit.record(AuditAction.CONTEST_CHANGED, Outcome.SUCCESS, "contest-application", a.getNumber(), "withdrawn");
        return detail(a);
    }

    /** The applications of a nomination the administrator's scope covers, by number. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApplicationRow> applications(String season, String nomination) {
        currentUser.require(Role.CONTEST_ADMIN, Role.ADMIN);
        List<Application> list = em.createQuery("select a from Application a where a.nomination.season.code = :s "
                + "and a.nomination.code = :n order by a.id", Application.class).setParameter("s", season)
                .setParameter("n", nomination).getResultList();
        Set<Long> visible = scope.contestPersonsAmong(list.stream().map(Application::getPersonId).toList());
        List<Application> shown = list.stream().filter(a -> visible.contains(a.getPersonId())).toList();
        audit.record(AuditAction.CONTEST_APPLICATION_READ, Outcome.SUCCESS, "contest-nomination",
                season + "/" + nomination, shown.size() + " listed");
        return rows(shown, false);
    }

    /**
     * The administrator's documents check at an open DOCUMENTS stage: passed or failed with a note. A team passes
     * only when every member has consented.
     *
     * @throws BusinessException 409 TEAM_CONSENT_MISSING naming the members who have not consented
     */
    public ApplicationDetail decideDocuments(long applicationId, long stageId, boolean passed, String note) {
        currentUser.require(Role.CONTEST_ADMIN, Role.ADMIN);
        Application a = readable(applicationId);
        Stage s = em.find(Stage.class, stageId);
        if (s == null || !s.getNomination().equals(a.getNomination())) {
            throw new NotFoundException(ContestError.STAGE_NOT_FOUND, stageId);
        }
        if (s.getKind() != StageKind.DOCUMENTS || s.getStatus() != StageStatus.OPEN) {
            throw new BusinessException(ContestError.STAGE_STATUS, "documents", s.getStatus());
        }
        if (a.getStatus() != ApplicationStatus.ACTIVE || a.getStageSeq() != s.getSeq()) {
            throw new BusinessException(ContestError.APPLICATION_STATUS, "documents", a.getStatus());
        }
        if (passed) {
            List<Long> without = em.createQuery("select m.personId from Member m where m.application = :a "
                    + "and m.consentAt is null order by m.seq", Long.class).setParameter("a", a).getResultList();
            if (!without.isEmpty()) {
                // a team's members consent one by one (152-ФЗ): their data goes to the jury only with it
                Map<Long, String> names = people.names(without);
                throw new BusinessException(ContestError.TEAM_CONSENT_MISSING,
                        without.stream().map(names::get).collect(java.util.stream.Collectors.joining(", ")));
            }
        }
        StageResult r = ContestResults.result(em, a, s);
        r.setStatus(passed ? ResultStatus.PASSED : ResultStatus.FAILED);
        r.setNote(SeasonFacade.blankToNull(note));
        em.flush();
        audit.record(AuditAction.CONTEST_CHANGED, Outcome.SUCCESS, "contest-application", a.getNumber(),
                "documents " + (passed ? "passed" : "failed"));
        return detail(a);
    }

    ApplicationDetail detail(Application a) {
        ApplicationRow row = rows(List.of(a), false).get(0);
        List<MemberRow> members = new ArrayList<>();
        List<Member> ms = em.createQuery("select m from Member m where m.application = :a order by m.seq",
                Member.class).setParameter("a", a).getResultList();
        Map<Long, String> names = people.names(ms.stream().map(Member::getPersonId).toList());
        for (Member m : ms) {
            members.add(new MemberRow(m.getPersonId(), names.get(m.getPersonId()), m.getConsentAt() != null));
        }
        List<ResultRow> results = em.createQuery("select r from StageResult r where r.application = :a "
                + "order by r.stage.seq", StageResult.class).setParameter("a", a).getResultList().stream()
                .map(r -> new ResultRow(r.getStage().getId(), r.getStage().getSeq(), r.getStage().getTitle(),
                        r.getStage().getKind(), r.getStatus(), shown(r) ? r.getScore() : null,
                        shown(r) ? r.getPlace() : null, r.getNote())).toList();
        List<AppealRow> appeals = em.createQuery("select p from Appeal p where p.application = :a order by p.id",
                Appeal.class).setParameter("a", a).getResultList().stream().map(ContestResults::appealRow).toList();
        List<org.munacademy.contest.entity.DiplomaRow> diplomas = new ArrayList<>();
        for (Object[] o : em.createQuery("select d, s.title from Diploma d, Stage s where s.id = d.stageId "
                + "and d.applicationId = :a order by d.id", Object[].class).setParameter("a", a.getId())
                .getResultList()) {
            org.munacademy.contest.entity.Diploma d = (org.munacademy.contest.entity.Diploma) o[0];
            diplomas.add(new org.munacademy.contest.entity.DiplomaRow(d.getNumber(), d.getCode(), d.getOutcome(),
                    (String) o[1], d.getIssuedOn()));
        }
        return new ApplicationDetail(row, ContestJson.answers(a.getAnswers()), members, results, appeals, diplomas,
                ContestAttachments.rows(em, a, false));
    }

    private boolean shown(StageResult r) {
        return r.getStage().getStatus() == StageStatus.PUBLISHED || r.getStage().getStatus() == StageStatus.CLOSED
                || currentUser.caller().map(c -> c.hasAnyRole(Role.CONTEST_ADMIN, Role.ADMIN)).orElse(false);
    }

    List<ApplicationRow> rows(List<Application> list, boolean blind) {
        Map<Long, String> names = blind ? Map.of() : people.names(list.stream().map(Application::getPersonId).toList());
        Map<Long, String> municipalities = blind ? Map.of()
                : people.municipalities(list.stream().map(Application::getMunicipalityId).toList());
        Map<Long, String> regions = people.regions(list.stream().map(Application::getRegionId).toList());
        Map<String, String> stageTitles = new LinkedHashMap<>();
        for (Object[] o : list.isEmpty() ? List.<Object[]>of() : em.createQuery("select s.nomination.id, s.seq, "
                + "s.title from Stage s where s.nomination in :n", Object[].class)
                .setParameter("n", list.stream().map(Application::getNomination).distinct().toList())
                .getResultList()) {
            stageTitles.put(o[0] + "/" + o[1], (String) o[2]);
        }
        return list.stream().map(a -> new ApplicationRow(a.getId(), a.getNumber(),
                a.getNomination().getSeason().getCode(), a.getNomination().getCode(), a.getNomination().getTitle(),
                a.getNomination().getKind(), blind ? null : a.getPersonId(), names.get(a.getPersonId()),
                municipalities.get(a.getMunicipalityId()), regions.get(a.getRegionId()), a.getTeamName(),
                a.getStatus(), a.getStageSeq(), stageTitles.get(a.getNomination().getId() + "/" + a.getStageSeq()),
                a.getEligibility() == null ? List.of() : List.of(a.getEligibility().split("\n")),
                a.getSubmittedAt(), a.getVersion())).toList();
    }
}
