package org.munacademy.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.munacademy.assessment.control.ItemDraw;
import org.munacademy.assessment.control.ResultCalculator;
import org.munacademy.assessment.entity.Accommodation;
import org.munacademy.assessment.entity.AccommodationRow;
import org.munacademy.assessment.entity.AssessmentError;
import org.munacademy.assessment.entity.AssessmentNotice;
import org.munacademy.assessment.entity.AssessmentTest;
import org.munacademy.assessment.entity.Assignment;
import org.munacademy.assessment.entity.AssignmentInput;
import org.munacademy.assessment.entity.AssignmentRow;
import org.munacademy.assessment.entity.AssignmentTarget;
import org.munacademy.assessment.entity.BlueprintRule;
import org.munacademy.assessment.entity.Candidate;
import org.munacademy.assessment.entity.QuestionStatus;
import org.munacademy.assessment.entity.RuleRow;
import org.munacademy.assessment.entity.Shortfall;
import org.munacademy.assessment.entity.TestDetail;
import org.munacademy.assessment.entity.TestRow;
import org.munacademy.assessment.entity.TestSettings;
import org.munacademy.assessment.entity.TestStatus;
import org.munacademy.competency.boundary.CompetencySettings;
import org.munacademy.competency.boundary.StandardFacade;
import org.munacademy.competency.entity.Framework;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.DataScope;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.identity.boundary.Recipients;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Person;
import org.munacademy.identity.entity.Role;
import org.munacademy.organisation.entity.Municipality;
import org.munacademy.organisation.entity.Region;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.boundary.Notifier;
import org.munacademy.shared.entity.AccessDeniedException;
import org.munacademy.shared.entity.ConcurrentModificationException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.InvalidInputException.Violation;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.Recipient;
import org.munacademy.shared.entity.SharedError;

/**
 * Tests and who takes them. Methodologists (and administrators) define tests: blueprint, shuffling, time, window,
 * attempts, cut scores, review policy, accommodations; a test is published only when the bank can serve every
 * blueprint rule. HR officers assign published tests to people, municipalities or regions in their scope.
 */
@ApplicationScoped
@Transactional
public class TestFacade {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PersonFacade persons;

    @Inject
    DataScope scope;

    @Inject
    StandardFacade standards;

    @Inject
    CompetencySettings competencySettings;

    @Inject
    InputValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    Recipients recipients;

    @Inject
    Notifier notifier;

    /** Every test (methodologists, administrators, HR officers, who assign them). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TestRow> list() {
        currentUser.require(Role.METHODOLOGIST, Role.ADMIN, Role.HR_OFFICER);
        return em.createQuery("select t from AssessmentTest t order by t.code", AssessmentTest.class)
                .getResultList().stream().map(TestFacade::row).toList();
    }

    /**
     * A test with its settings. Accommodations (extra time, which hints at a person's health) are personal data:
     * methodologists and administrators, who define tests, see all of them; an HR officer only those of people in
     * their scope. Reading accommodations is audited.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TestDetail detail(long id) {
        Caller caller = currentUser.require(Role.METHODOLOGIST, Role.ADMIN, Role.HR_OFFICER);
        AssessmentTest t = find(id);
        TestDetail detail = detailOf(t, !caller.hasAnyRole(Role.METHODOLOGIST, Role.ADMIN));
        List<Accommodation> shown = detail.settings().getAccommodations();
        if (!shown.isEmpty()) {
            audit.record(AuditAction.ACCOMMODATIONS_READ, AuditEvent.Outcome.SUCCESS, "test", String.valueOf(id),
                    "persons=" + shown.stream().map(a -> String.valueOf(a.personId())).toList()
                            + (shown.size() < t.getAccommodations().size()
                                    ? " (" + shown.size() + " of " + t.getAccommodations().size() + " in scope)"
                                    : "")); // a long list is cut by AuditEvent
        }
        return detail;
    }

    public TestDetail create(String code, TestSettings settings) {
        Caller caller = currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        if (code == null || !code.matches("[A-Za-z0-9._-]{1,60}")) {
            throw new InvalidInputException("code", AssessmentError.TEST_CODE_FORMAT);
        }
        validator.validate(settings);
        check(settings);
        if (!em.createQuery("select t.id from AssessmentTest t where lower(t.code) = lower(:c)", Long.class)
                .setParameter("c", code).getResultList().isEmpty()) {
            throw new InvalidInputException("code", AssessmentError.TEST_CODE_TAKEN, code);
        }
        AssessmentTest t = new AssessmentTest(code, competencySettings.standardCode(), caller.username(),
                clock.instant());
        t.apply(settings);
        em.persist(t);
        em.flush();
        return detailOf(t);
    }

    /** Saves a test's settings; a published test's blueprint still has to be servable by the bank. */
    public TestDetail update(long id, long expectedVersion, TestSettings settings) {
        currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        AssessmentTest t = find(id);
        if (t.getVersion() != expectedVersion) {
            throw new ConcurrentModificationException(SharedError.CONCURRENT_MODIFICATION);
        }
        validator.validate(settings);
        check(settings);
        List<Accommodation> before = settingsOf(t).getAccommodations();
        if (t.getStatus() == TestStatus.PUBLISHED) {
            List<Shortfall> shortfalls = ItemDraw.shortfalls(settings.getRules(), pool(settings.getRules()));
            if (!shortfalls.isEmpty()) {
                throw new InvalidInputException(shortfalls.stream().map(Shortfall::violation).toList());
            }
        }
        t.apply(settings);
        em.flush();
        if (!new HashSet<>(before).equals(new HashSet<>(settings.getAccommodations()))) {
            audit.record(AuditAction.ACCOMMODATIONS_READ, AuditEvent.Outcome.SUCCESS, "test", String.valueOf(id),
                    "changed: persons=" + settings.getAccommodations().stream()
                            .map(a -> a.personId() + "+" + a.extraMinutes()).toList());
        }
        return detailOf(t);
    }

    /** Opens a test to takers: every blueprint rule must be servable by active questions. */
    public TestDetail publish(long id, long expectedVersion) {
        currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        AssessmentTest t = find(id);
        if (t.getVersion() != expectedVersion) {
            throw new ConcurrentModificationException(SharedError.CONCURRENT_MODIFICATION);
        }
        List<BlueprintRule> rules = rules(t);
        t.publish(ItemDraw.shortfalls(rules, pool(rules)));
        em.flush();
        return detailOf(t);
    }

    /** Closes a test to new attempts (attempts in progress may finish). */
    public TestDetail archive(long id) {
        currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        AssessmentTest t = find(id);
        t.archive();
        em.flush();
        return detailOf(t);
    }

    /** The assignments of a test that the caller may see: HR officers their scope's, administrators all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssignmentRow> assignments(long testId) {
        currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        AssessmentTest t = find(testId);
        List<AssignmentRow> out = new ArrayList<>();
        for (Assignment a : em.createQuery("select a from Assignment a where a.testId = :t order by a.id",
                Assignment.class).setParameter("t", testId).getResultList()) {
            if (visible(a)) {
                out.add(row(a, t));
            }
        }
        return out;
    }

    /** Assigns a published test to a person, municipality or region in the caller's scope. */
    public AssignmentRow assign(long testId, AssignmentInput input) {
        Caller caller = currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        AssessmentTest t = find(testId);
        validator.validate(input);
        if (!t.isPublished()) {
            throw new InvalidInputException("testId", AssessmentError.ASSIGN_UNPUBLISHED);
        }
        switch (input.getTarget()) {
            case PERSON -> persons.card(input.getTargetId()); // refused and audited outside the scope
            case MUNICIPALITY -> {
                if (!scope.coversMunicipality(input.getTargetId())) {
                    throw new AccessDeniedException(AssessmentError.MUNICIPALITY_OUTSIDE_SCOPE);
                }
            }
            case REGION -> {
                if (em.find(Region.class, input.getTargetId()) == null) {
                    throw new InvalidInputException("targetId", AssessmentError.UNKNOWN_REGION);
                }
                if (!scope.coversRegion(input.getTargetId())) {
                    throw new AccessDeniedException(AssessmentError.REGION_OUTSIDE_SCOPE);
                }
            }
        }
        boolean duplicate = em.createQuery("select a from Assignment a where a.testId = :t and a.target = :k",
                Assignment.class).setParameter("t", testId).setParameter("k", input.getTarget()).getResultList()
                .stream().anyMatch(a -> input.getTargetId().equals(a.targetId()));
        if (duplicate) {
            throw new InvalidInputException("targetId", AssessmentError.ALREADY_ASSIGNED);
        }
        Assignment a = new Assignment(testId, input.getTarget(), input.getTargetId(), input.getDueDate(),
                caller.username(), clock.instant());
        em.persist(a);
        em.flush();
        List<Recipient> to = switch (input.getTarget()) {
            case PERSON -> recipients.ofPersons(List.of(input.getTargetId()));
            case MUNICIPALITY -> recipients.ofMunicipality(input.getTargetId());
            case REGION -> recipients.ofRegion(input.getTargetId());
        };
        notifier.send(to, AssessmentNotice.TEST_ASSIGNED, "tests", t.getTitle(), DueSoonJob.date(input.getDueDate()),
                t.getCode());
        audit.record(AuditAction.TEST_ASSIGNED, AuditEvent.Outcome.SUCCESS, "test", String.valueOf(testId),
                "assigned " + input.getTarget() + " " + input.getTargetId()
                        + (input.getDueDate() == null ? "" : ", due " + input.getDueDate())
                        + "; assignment " + a.getId());
        return row(a, t);
    }

    /** Withdraws an assignment in the caller's scope (attempts already made stay). */
    public void unassign(long assignmentId) {
        currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        Assignment a = em.find(Assignment.class, assignmentId);
        if (a == null) {
            throw new NotFoundException(AssessmentError.ASSIGNMENT_NOT_FOUND, assignmentId);
        }
        if (!visible(a)) {
            throw new AccessDeniedException(AssessmentError.ASSIGNMENT_OUTSIDE_SCOPE);
        }
        em.remove(a);
        audit.record(AuditAction.TEST_ASSIGNED, AuditEvent.Outcome.SUCCESS, "test", String.valueOf(a.getTestId()),
                "withdrawn " + a.getTarget() + " " + a.targetId() + "; assignment " + assignmentId);
    }

    /** Seeds an assignment without a caller (content loader). */
    void seedAssignment(long testId, AssignmentTarget target, long targetId, java.time.LocalDate due) {
        em.persist(new Assignment(testId, target, targetId, due, "content", clock.instant()));
    }

    private boolean visible(Assignment a) {
        return switch (a.getTarget()) {
            case PERSON -> scope.coversPerson(a.getPersonId());
            case MUNICIPALITY -> scope.coversMunicipality(a.getMunicipalityId());
            case REGION -> scope.coversRegion(a.getRegionId());
        };
    }

    private AssignmentRow row(Assignment a, AssessmentTest t) {
        String name = switch (a.getTarget()) {
            case PERSON -> {
                Person p = em.find(Person.class, a.getPersonId());
                yield p == null ? "?" : p.getFullName();
            }
            case MUNICIPALITY -> {
                Municipality m = em.find(Municipality.class, a.getMunicipalityId());
                yield m == null ? "?" : m.getName();
            }
            case REGION -> {
                Region r = em.find(Region.class, a.getRegionId());
                yield r == null ? "?" : r.getName();
            }
        };
        return new AssignmentRow(a.getId(), t.getId(), t.getCode(), t.getTitle(), a.getTarget(), a.targetId(), name,
                a.getDueDate(), a.getAssignedBy(), a.getAssignedAt());
    }

    private void check(TestSettings s) {
        Framework framework = standards.publishedFramework(competencySettings.standardCode())
                .orElseThrow(() -> new NotFoundException(AssessmentError.STANDARD_NOT_PUBLISHED,
                        competencySettings.standardCode()));
        int maxLevel = framework.levels().size();
        List<Violation> errors = new ArrayList<>();
        if (s.getOpensAt() != null && s.getClosesAt() != null && !s.getOpensAt().isBefore(s.getClosesAt())) {
            errors.add(new Violation("closesAt", AssessmentError.CLOSES_BEFORE_OPENS));
        }
        Set<String> seen = new HashSet<>();
        for (BlueprintRule r : s.getRules()) {
            if (r == null || framework.competency(r.competencyCode()) == null) {
                errors.add(new Violation("rules", AssessmentError.UNKNOWN_COMPETENCY,
                        r == null ? "" : r.competencyCode()));
                continue;
            }
            if (r.level() != null && (r.level() < 1 || r.level() > maxLevel)) {
                errors.add(new Violation("rules", AssessmentError.RULE_LEVEL_RANGE, r.competencyCode(), maxLevel));
            }
            if (r.count() < 1 || r.count() > 100) {
                errors.add(new Violation("rules", AssessmentError.RULE_COUNT_RANGE, r.competencyCode()));
            }
            if (!seen.add(r.competencyCode() + "/" + r.level())) {
                errors.add(new Violation("rules", AssessmentError.RULE_REPEATED, r.competencyCode()));
            }
        }
        for (var cut : s.getCuts()) {
            if (cut.competencyCode() != null && framework.competency(cut.competencyCode()) == null) {
                errors.add(new Violation("cuts", AssessmentError.UNKNOWN_COMPETENCY, cut.competencyCode()));
            }
        }
        Map<String, List<org.munacademy.assessment.entity.CutScore>> byCompetency = new HashMap<>();
        s.getCuts().forEach(c -> byCompetency.computeIfAbsent(String.valueOf(c.competencyCode()),
                k -> new ArrayList<>()).add(c));
        byCompetency.values().forEach(cuts -> errors.addAll(ResultCalculator.checkCuts(cuts, maxLevel)));
        Set<Long> people = new HashSet<>();
        for (Accommodation a : s.getAccommodations()) {
            if (em.find(Person.class, a.personId()) == null) {
                errors.add(new Violation("accommodations", AssessmentError.UNKNOWN_PERSON, a.personId()));
            }
            if (a.extraMinutes() < 1 || a.extraMinutes() > 240) {
                errors.add(new Violation("accommodations", AssessmentError.EXTRA_MINUTES_RANGE));
            }
            if (!people.add(a.personId())) {
                errors.add(new Violation("accommodations", AssessmentError.PERSON_TWICE));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Active questions of the competencies the rules name (id, competency, level only). */
    List<Candidate> pool(List<BlueprintRule> rules) {
        List<String> competencies = rules.stream().map(BlueprintRule::competencyCode).distinct().toList();
        if (competencies.isEmpty()) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (Object[] r : em.createQuery("select q.id, q.competencyCode, q.level from Question q "
                + "where q.status = :s and q.competencyCode in :c", Object[].class)
                .setParameter("s", QuestionStatus.ACTIVE).setParameter("c", competencies).getResultList()) {
            out.add(new Candidate((Long) r[0], (String) r[1], (Integer) r[2]));
        }
        return out;
    }

    static List<BlueprintRule> rules(AssessmentTest t) {
        List<BlueprintRule> out = new ArrayList<>();
        for (RuleRow r : t.getRules()) {
            out.add(new BlueprintRule(r.getCompetencyCode(), r.getLevel(), r.getCount()));
        }
        return out;
    }

    private TestDetail detailOf(AssessmentTest t) {
        return detailOf(t, false);
    }

    /** The detail; {@code scoped}: only the accommodations of people in the caller's (HR) scope. */
    private TestDetail detailOf(AssessmentTest t, boolean scoped) {
        TestSettings s = settingsOf(t);
        if (scoped && !s.getAccommodations().isEmpty()) {
            Set<Long> inScope = scope.personsAmong(s.getAccommodations().stream().map(Accommodation::personId)
                    .toList());
            s.setAccommodations(s.getAccommodations().stream().filter(a -> inScope.contains(a.personId())).toList());
        }
        long attempts = em.createQuery("select count(a) from Attempt a where a.testId = :t", Long.class)
                .setParameter("t", t.getId()).getSingleResult();
        Map<Long, String> names = new HashMap<>();
        List<Long> ids = s.getAccommodations().stream().map(Accommodation::personId).toList();
        if (!ids.isEmpty()) {
            for (Person p : em.createQuery("select p from Person p where p.id in :ids", Person.class)
                    .setParameter("ids", ids).getResultList()) {
                names.put(p.getId(), p.getFullName());
            }
        }
        return new TestDetail(t.getId(), t.getCode(), t.getStandardCode(), t.getStatus(), t.getVersion(), s,
                ItemDraw.shortfalls(s.getRules(), pool(s.getRules())), attempts, names);
    }

    static TestSettings settingsOf(AssessmentTest t) {
        TestSettings s = new TestSettings();
        s.setTitle(t.getTitle());
        s.setDescription(t.getDescription());
        s.setPositionGroupCode(t.getPositionGroupCode());
        s.setTimeLimitSeconds(t.getTimeLimitSeconds());
        s.setOpensAt(t.getOpensAt());
        s.setClosesAt(t.getClosesAt());
        s.setAttemptsAllowed(t.getAttemptsAllowed());
        s.setShuffleQuestions(t.isShuffleQuestions());
        s.setShuffleOptions(t.isShuffleOptions());
        s.setOnePerPage(t.isOnePerPage());
        s.setReview(t.getReview());
        s.setOpenForSelf(t.isOpenForSelf());
        s.setBlindGrading(t.isBlindGrading());
        s.setRules(rules(t));
        s.setCuts(t.cutScores());
        List<Accommodation> acc = new ArrayList<>();
        for (AccommodationRow a : t.getAccommodations()) {
            acc.add(new Accommodation(a.getPersonId(), a.getExtraMinutes()));
        }
        s.setAccommodations(acc);
        return s;
    }

    AssessmentTest find(long id) {
        AssessmentTest t = em.find(AssessmentTest.class, id);
        if (t == null) {
            throw new NotFoundException(AssessmentError.TEST_NOT_FOUND, id);
        }
        return t;
    }

    static TestRow row(AssessmentTest t) {
        return new TestRow(t.getId(), t.getCode(), t.getTitle(), t.getPositionGroupCode(), t.getStatus(),
                t.getTimeLimitSeconds(), t.getRules().stream().mapToInt(RuleRow::getCount).sum(),
                t.getAttemptsAllowed(), t.getReview(), t.isOpenForSelf(), t.getVersion());
    }
}
