package org.munacademy.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.munacademy.assessment.control.AnswerText;
import org.munacademy.assessment.control.ItemDraw;
import org.munacademy.assessment.control.ItemJson;
import org.munacademy.assessment.control.Presentation;
import org.munacademy.assessment.control.Scoring;
import org.munacademy.assessment.entity.AnswerInput;
import org.munacademy.assessment.entity.AssessmentError;
import org.munacademy.assessment.entity.AssessmentTest;
import org.munacademy.assessment.entity.Assignment;
import org.munacademy.assessment.entity.Attempt;
import org.munacademy.assessment.entity.AttemptClosedException;
import org.munacademy.assessment.entity.AttemptItem;
import org.munacademy.assessment.entity.AttemptNotFinishedException;
import org.munacademy.assessment.entity.AttemptResult;
import org.munacademy.assessment.entity.AttemptStatus;
import org.munacademy.assessment.entity.AttemptView;
import org.munacademy.assessment.entity.BlueprintRule;
import org.munacademy.assessment.entity.Candidate;
import org.munacademy.assessment.entity.ClosedBy;
import org.munacademy.assessment.entity.CompetencyResult;
import org.munacademy.assessment.entity.CompetencyScore;
import org.munacademy.assessment.entity.DeadlinePassedException;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.MyTest;
import org.munacademy.assessment.entity.QuestionRevision;
import org.munacademy.assessment.entity.Response;
import org.munacademy.assessment.entity.ResultView;
import org.munacademy.assessment.entity.ReviewItem;
import org.munacademy.assessment.entity.ReviewPolicy;
import org.munacademy.assessment.entity.SaveAck;
import org.munacademy.assessment.entity.SlotView;
import org.munacademy.assessment.entity.StaleSequenceException;
import org.munacademy.assessment.entity.TestStatus;
import org.munacademy.competency.boundary.CompetencySettings;
import org.munacademy.competency.boundary.EvidenceFacade;
import org.munacademy.competency.boundary.StandardFacade;
import org.munacademy.competency.entity.Framework;
import org.munacademy.competency.entity.Gap;
import org.munacademy.competency.entity.GapReport;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.DataScope;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Person;
import org.munacademy.identity.entity.PersonPlace;
import org.munacademy.identity.entity.Role;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.entity.AccessDeniedException;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.NotFoundException;

/**
 * Taking tests: "my tests", starting or resuming an attempt, saving each answer in its own transaction with the
 * attempt's sequence number (a stale or repeated save is refused, an acknowledged one is committed), finishing
 * (idempotent, see {@link AttemptCloser}) and the result as far as the review policy allows. The server owns the
 * clock: the remaining time is always computed from the stored deadline.
 */
@ApplicationScoped
@Transactional
public class TakingFacade {

    /** The longest text answer accepted. */
    public static final int MAX_TEXT = 1000;

    private static final Random SEEDS = new SecureRandom();

    /** Drawn items stored by one {@code INSERT} (see {@link #insertItems}); 7 parameters each. */
    static final int ITEMS_PER_INSERT = 500;

    private static final int ITEM_COLUMNS = 7;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    DataScope scope;

    @Inject
    AttemptCloser closer;

    @Inject
    AssessmentSettings settings;

    @Inject
    TestFacade tests;

    @Inject
    EvidenceFacade evidence;

    @Inject
    StandardFacade standards;

    @Inject
    CompetencySettings competencySettings;

    @Inject
    InputValidator validator;

    @Inject
    AnswerStore answers;

    /** The tests the caller may take: assigned to them (directly or via their municipality or region) or open. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MyTest> myTests() {
        long me = me();
        Map<Long, LocalDate> assigned = new HashMap<>();
        for (Assignment a : assignmentsOf(me)) {
            assigned.merge(a.getTestId(), a.getDueDate() == null ? LocalDate.MAX : a.getDueDate(),
                    (x, y) -> x.isBefore(y) ? x : y);
        }
        List<AssessmentTest> candidates = em.createQuery("select t from AssessmentTest t where t.status = :s "
                + "order by t.title", AssessmentTest.class).setParameter("s", TestStatus.PUBLISHED).getResultList();
        Map<Long, List<Attempt>> attempts = new HashMap<>();
        for (Attempt a : em.createQuery("select a from Attempt a where a.personId = :p order by a.attemptNo",
                Attempt.class).setParameter("p", me).getResultList()) {
            attempts.computeIfAbsent(a.getTestId(), k -> new ArrayList<>()).add(a);
        }
        Instant now = clock.instant();
        List<MyTest> out = new ArrayList<>();
        for (AssessmentTest t : candidates) {
            boolean isAssigned = assigned.containsKey(t.getId());
            List<Attempt> mine = attempts.getOrDefault(t.getId(), List.of());
            if (!isAssigned && !t.isOpenForSelf() && mine.isEmpty()) {
                continue;
            }
            Attempt active = mine.stream().filter(a -> a.getStatus() == AttemptStatus.IN_PROGRESS).findFirst()
                    .orElse(null);
            Attempt last = mine.stream().filter(a -> a.getStatus() != AttemptStatus.IN_PROGRESS)
                    .reduce((x, y) -> y).orElse(null);
            String blocked = blockedReason(t, mine.size(), now, isAssigned);
            LocalDate due = assigned.get(t.getId());
            out.add(new MyTest(t.getId(), t.getCode(), t.getTitle(), t.getDescription(), isAssigned,
                    due == null || due.equals(LocalDate.MAX) ? null : due,
                    t.getTimeLimitSeconds() + 60 * t.extraMinutesFor(me), t.getAttemptsAllowed(), mine.size(),
                    t.getOpensAt(), t.getClosesAt(), active == null ? null : active.getId(),
                    last == null ? null : last.getId(), last == null ? null : last.getPercent(),
                    active == null && blocked == null, active == null ? blocked : null));
        }
        return out;
    }

    private static String blockedReason(AssessmentTest t, int used, Instant now, boolean assigned) {
        if (!assigned && !t.isOpenForSelf()) {
            return "assessment.blocked.notAssigned";
        }
        if (t.getOpensAt() != null && now.isBefore(t.getOpensAt())) {
            return "assessment.blocked.notOpen";
        }
        if (t.getClosesAt() != null && !now.isBefore(t.getClosesAt())) {
            return "assessment.blocked.closed";
        }
        if (used >= t.getAttemptsAllowed()) {
            return "assessment.blocked.noAttempts";
        }
        return null;
    }

    /**
     * Starts an attempt, or resumes the one in progress. Draws the questions from the blueprint at random, fixes
     * the presentation order and the deadline (time limit plus accommodation, never past the test's closing).
     */
    public AttemptView start(long testId) {
        long me = me();
        AssessmentTest t = em.find(AssessmentTest.class, testId);
        if (t == null || !t.isPublished()) {
            throw new NotFoundException(AssessmentError.TEST_NOT_AVAILABLE, testId);
        }
        List<Attempt> mine = em.createQuery("select a from Attempt a where a.personId = :p and a.testId = :t "
                + "order by a.attemptNo", Attempt.class).setParameter("p", me).setParameter("t", testId)
                .getResultList();
        for (Attempt a : mine) {
            if (a.getStatus() == AttemptStatus.IN_PROGRESS) {
                if (!overdue(a)) {
                    return viewOf(a, t);
                }
                closer.finish(a.getId(), ClosedBy.TIMER);
            }
        }
        Instant now = clock.instant();
        String blocked = blockedReason(t, mine.size(), now, isAssigned(t.getId(), me));
        if (blocked != null) {
            throw switch (blocked) {
                case "assessment.blocked.notAssigned" -> new AccessDeniedException(AssessmentError.TEST_NOT_ASSIGNED);
                case "assessment.blocked.notOpen" -> new BusinessException(AssessmentError.TEST_NOT_OPEN);
                case "assessment.blocked.closed" -> new BusinessException(AssessmentError.TEST_CLOSED);
                default -> new BusinessException(AssessmentError.NO_ATTEMPTS_LEFT);
            };
        }
        List<BlueprintRule> rules = TestFacade.rules(t);
        Random random = new Random(SEEDS.nextLong());
        List<Candidate> drawn;
        try {
            drawn = ItemDraw.draw(rules, tests.pool(rules), random, t.isShuffleQuestions());
        } catch (IllegalArgumentException e) {
            throw new BusinessException(AssessmentError.BANK_EXHAUSTED, e.getMessage());
        }
        Map<Long, QuestionRevision> revisions = currentRevisions(drawn.stream().map(Candidate::questionId).toList());
        // whole seconds (MySQL Connector/J against MariaDB keeps no fraction, so the deadline answered now is the one
        // every node reads back later): the time limit rounded up, the test's closing rounded down
        Instant deadline = now.plusSeconds(t.getTimeLimitSeconds() + 60L * t.extraMinutesFor(me) + 1)
                .truncatedTo(ChronoUnit.SECONDS);
        if (t.getClosesAt() != null && deadline.isAfter(t.getClosesAt())) {
            deadline = t.getClosesAt().truncatedTo(ChronoUnit.SECONDS);
        }
        Attempt attempt = new Attempt(t.getId(), me, mine.size() + 1, now, deadline);
        em.persist(attempt);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new BusinessException(AssessmentError.ATTEMPT_CONFLICT);
        }
        List<Object[]> rows = new ArrayList<>();
        List<SlotView> slots = new ArrayList<>();
        int slot = 1;
        for (Candidate c : drawn) {
            QuestionRevision r = revisions.get(c.questionId());
            ItemContent content = closer.content(r);
            Presentation presentation = Presentation.draw(content, random, t.isShuffleOptions());
            rows.add(new Object[] {attempt.getId(), slot, c.questionId(), r.getId(), c.competencyCode(), c.level(),
                presentation.write()});
            slots.add(presentation.slot(slot, content, null));
            slot++;
        }
        insertItems(rows);
        return new AttemptView(attempt.getId(), t.getId(), t.getTitle(), attempt.getStatus(), attempt.getSeq(), now,
                attempt.getDeadlineAt(), remaining(attempt.getDeadlineAt(), now), t.isOnePerPage(), slots);
    }

    /**
     * Stores an attempt's drawn items with one multi-row {@code INSERT} per {@link #ITEMS_PER_INSERT} items (a test
     * never has that many questions, so one statement per start), on H2 and MySQL/MariaDB alike. Persisting
     * {@link AttemptItem} entities would cost two statements per question ({@code INSERT} and
     * {@code SELECT LAST_INSERT_ID()}): EclipseLink never batches inserts of entities with database-generated ids,
     * whatever {@code eclipselink.jdbc.batch-writing} or the driver's {@code rewriteBatchedStatements} say, and a
     * JDBC batch on the unwrapped connection would escape the server's statement count. The items' ids are not
     * needed: a slot is addressed by (attempt, slot); version and {@code needs_grading} take their column defaults.
     */
    private void insertItems(List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ITEMS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ITEMS_PER_INSERT));
            StringBuilder sql = new StringBuilder("INSERT INTO assessment_attempt_item (attempt_id, slot, question_id, "
                    + "revision_id, competency_code, level_no, presentation) VALUES ");
            int p = 1;
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append('(');
                for (int k = 0; k < ITEM_COLUMNS; k++) {
                    sql.append(k == 0 ? "" : ", ").append('?').append(p++);
                }
                sql.append(')');
            }
            jakarta.persistence.Query insert = em.createNativeQuery(sql.toString());
            p = 1;
            for (Object[] row : chunk) {
                for (Object value : row) {
                    insert.setParameter(p++, value);
                }
            }
            insert.executeUpdate();
        }
    }

    /** The caller's attempt as they see it (no keys). An overdue attempt is closed first. */
    public AttemptView view(long attemptId) {
        Attempt a = own(attemptId);
        if (a.getStatus() == AttemptStatus.IN_PROGRESS && overdue(a)) {
            closer.finish(a.getId(), ClosedBy.TIMER);
            em.refresh(a);
        }
        return viewOf(a, em.find(AssessmentTest.class, a.getTestId()));
    }

    /**
     * Saves one answer, atomically and outside any JTA transaction ({@link AnswerStore}: two statements on
     * MySQL/MariaDB in auto-commit). The save names the sequence number the client last received; the attempt's
     * number moves on by one, conditionally on it being still that number, the attempt being in progress and the
     * deadline (plus grace) not passed, all in one statement. The same save sent again after it
     * was committed (its acknowledgement lost) is acknowledged again, see {@link #replayed}. Anything else is
     * refused and nothing changes.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public SaveAck save(long attemptId, AnswerInput input) {
        long me = me();
        validator.validate(input);
        Response response = input.getResponse();
        if (response.text() != null && response.text().length() > ItemContent.ESSAY_MAX_CHARACTERS) {
            throw new InvalidInputException("response", AssessmentError.ANSWER_TOO_LONG,
                    ItemContent.ESSAY_MAX_CHARACTERS);
        }
        Instant now = clock.instant();
        // the two statements over JDBC in auto-commit, no JTA transaction: see AnswerStore
        AnswerStore.Outcome done = answers.save(attemptId, me, input.getSlot(), input.getSeq(), now,
                now.minusSeconds(settings.graceSeconds()), slot -> {
                    // the client names presented ids: scored and stored as canonical indexes
                    Response canonical = Presentation.read(slot.presentation()).toCanonical(response);
                    ItemContent content = closer.content(slot.revisionId());
                    if (!Scoring.isValid(content, canonical)) {
                        throw new InvalidInputException("response", AssessmentError.ANSWER_WRONG_TYPE);
                    }
                    checkLength(content, canonical.text());
                    return canonical.isEmpty() ? null : ItemJson.write(canonical);
                }).orElseThrow(() -> {
                    own(attemptId);
                    return new InvalidInputException("slot", AssessmentError.NO_SUCH_SLOT, input.getSlot());
                });
        Instant deadline = done.slot().deadline();
        if (!done.written()) {
            Attempt a = own(attemptId);
            return replayed(a, input.getSlot(), input.getSeq(), done.stored(), deadline, now)
                    .orElseThrow(() -> refusal(a, input.getSeq(), now));
        }
        return new SaveAck(attemptId, input.getSlot(), input.getSeq() + 1, now, remaining(deadline, now));
    }

    /**
     * A short answer is at most {@link #MAX_TEXT} characters; an essay at most its own maximum in words or
     * characters (the minimum is guidance shown to the taker: a draft in progress is always saved).
     */
    private static void checkLength(ItemContent content, String text) {
        if (text == null) {
            return;
        }
        if (!content.type().gradedManually()) {
            if (text.length() > MAX_TEXT) {
                throw new InvalidInputException("response", AssessmentError.ANSWER_TOO_LONG, MAX_TEXT);
            }
            return;
        }
        ItemContent.Essay essay = content.essay();
        int length = essay.length(text);
        if (essay.maxLength() != null && length > essay.maxLength()) {
            throw new InvalidInputException("response", essay.unit() == ItemContent.LengthUnit.WORDS
                    ? AssessmentError.ESSAY_TOO_MANY_WORDS : AssessmentError.ESSAY_TOO_MANY_CHARACTERS,
                    essay.maxLength(), length);
        }
    }

    /**
     * The acknowledgement of a save sent again: the attempt's sequence number is the one this save made, and the
     * slot holds this very answer under it. The first sending was committed but its acknowledgement never reached
     * the client (the database or the network went away in between), and the client retries with the same
     * sequence number; it gets the acknowledgement it missed instead of a stale-sequence refusal.
     */
    private Optional<SaveAck> replayed(Attempt a, int slot, long seq, String stored, Instant deadline, Instant now) {
        if (a.getSeq() != seq + 1) {
            return Optional.empty();
        }
        List<Object[]> item = em.createQuery("select i.answerSeq, i.response, i.answeredAt from AttemptItem i "
                + "where i.attemptId = :a and i.slot = :s", Object[].class)
                .setParameter("a", a.getId()).setParameter("s", slot).getResultList();
        if (item.isEmpty() || !Long.valueOf(seq + 1).equals(item.get(0)[0])
                || !Objects.equals(stored, item.get(0)[1])) {
            return Optional.empty();
        }
        return Optional.of(new SaveAck(a.getId(), slot, seq + 1, (Instant) item.get(0)[2], remaining(deadline, now)));
    }

    private BusinessException refusal(Attempt a, long seq, Instant now) {
        if (a.getStatus() != AttemptStatus.IN_PROGRESS) {
            return new AttemptClosedException();
        }
        if (a.getDeadlineAt().plusSeconds(settings.graceSeconds()).isBefore(now)) {
            return new DeadlinePassedException();
        }
        return new StaleSequenceException(a.getSeq(), seq);
    }

    /** Finishes the caller's attempt (idempotent: a second or concurrent finish returns the same result). */
    public ResultView finish(long attemptId) {
        Attempt a = own(attemptId);
        if (a.getStatus() == AttemptStatus.IN_PROGRESS) {
            // finished once the time is up (the taker's timer calls this at zero): closed by the timer
            closer.finish(attemptId, clock.instant().isBefore(a.getDeadlineAt()) ? ClosedBy.TAKER : ClosedBy.TIMER);
            em.refresh(a); // closed in its own transaction: read what it committed
        }
        return result(attemptId);
    }

    /**
     * A finished attempt's result: to its taker as far as the review policy allows; to HR officers and
     * administrators for people in their scope (audited through the person's card), without the answers.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultView result(long attemptId) {
        Caller caller = currentUser.require();
        Attempt a = em.find(Attempt.class, attemptId);
        if (a == null) {
            throw new NotFoundException(AssessmentError.ATTEMPT_NOT_FOUND, attemptId);
        }
        boolean own = a.getPersonId().equals(caller.personId());
        Map<String, Integer> required = null;
        if (!own) {
            if (!caller.hasAnyRole(Role.HR_OFFICER, Role.ADMIN)) {
                throw new NotFoundException(AssessmentError.ATTEMPT_NOT_FOUND, attemptId);
            }
            // the gap report reads the person's card: refused and audited outside the scope, once
            required = requiredLevels(() -> evidence.gaps(a.getPersonId()));
        }
        if (a.getStatus() == AttemptStatus.IN_PROGRESS) {
            throw new AttemptNotFinishedException();
        }
        AssessmentTest t = em.find(AssessmentTest.class, a.getTestId());
        if (own && t.getReview().showsCompetencies()) {
            required = requiredLevels(evidence::myGaps);
        }
        return resultOf(a, t, own, required);
    }

    /** A finished attempt as its taker or an HR officer sees it; {@code required} is null unless shown. */
    private ResultView resultOf(Attempt a, AssessmentTest t, boolean own, Map<String, Integer> required) {
        ReviewPolicy policy = t.getReview();
        boolean finalResult = a.getStatus() == AttemptStatus.FINISHED; // else awaiting grading: nothing to show yet
        boolean showCompetencies = finalResult && (!own || policy.showsCompetencies());
        boolean showAnswers = finalResult && own && policy.showsAnswers();
        Person person = em.find(Person.class, a.getPersonId());
        List<CompetencyResult> competencies = showCompetencies
                ? competencies(a, required == null ? Map.of() : required) : List.of();
        List<ReviewItem> items = showAnswers ? review(a) : List.of();
        return new ResultView(a.getId(), t.getId(), t.getCode(), t.getTitle(), a.getPersonId(),
                person == null ? "" : person.getFullName(), a.getAttemptNo(), a.getStatus(), a.getClosedBy(),
                a.getStartedAt(), a.getFinishedAt(), a.getPercent(), policy, competencies, items);
    }

    /**
     * Target levels of the person's position profile by competency; empty when the position has no profile.
     * A refusal (outside the caller's scope) is passed on.
     */
    private static Map<String, Integer> requiredLevels(java.util.function.Supplier<GapReport> report) {
        Map<String, Integer> required = new HashMap<>();
        try {
            for (Gap g : report.get().gaps()) {
                required.put(g.competencyCode(), g.targetLevel());
            }
        } catch (AccessDeniedException e) {
            throw e;
        } catch (BusinessException e) {
            // no profile for the person's position: results without required levels
        }
        return required;
    }

    private List<CompetencyResult> competencies(Attempt a, Map<String, Integer> required) {
        Framework framework = standards.publishedFramework(competencySettings.standardCode()).orElse(null);
        List<CompetencyResult> out = new ArrayList<>();
        for (AttemptResult r : em.createQuery("select r from AttemptResult r where r.attemptId = :a order by r.id",
                AttemptResult.class).setParameter("a", a.getId()).getResultList()) {
            CompetencyScore s = r.toScore();
            Framework.Competency c = framework == null ? null : framework.competency(s.competencyCode());
            out.add(new CompetencyResult(s.competencyCode(), c == null ? s.competencyCode() : c.name(), s,
                    required.get(s.competencyCode())));
        }
        return out;
    }

    private List<ReviewItem> review(Attempt a) {
        List<ReviewItem> out = new ArrayList<>();
        for (AttemptItem i : items(a.getId())) {
            ItemContent c = closer.content(i.getRevisionId());
            Response r = i.getResponse() == null ? null : ItemJson.readResponse(i.getResponse());
            out.add(new ReviewItem(i.getSlot(), i.getCompetencyCode(), c.type(), c.stem(), AnswerText.given(c, r),
                    AnswerText.correct(c), i.getScore() == null ? 0 : i.getScore(), c.generalFeedback()));
        }
        return out;
    }

    /** The caller's finished attempts (those awaiting grading too, without a result yet), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ResultView> myResults() {
        long me = me();
        List<Attempt> finished = em.createQuery("select a from Attempt a where a.personId = :p "
                + "and a.status in :s order by a.finishedAt desc, a.id desc", Attempt.class).setParameter("p", me)
                .setParameter("s", List.of(AttemptStatus.FINISHED, AttemptStatus.AWAITING_GRADING)).getResultList();
        Map<String, Integer> required = finished.isEmpty() ? Map.of() : requiredLevels(evidence::myGaps);
        List<ResultView> out = new ArrayList<>();
        for (Attempt a : finished) {
            out.add(resultOf(a, em.find(AssessmentTest.class, a.getTestId()), true, required));
        }
        return out;
    }

    private AttemptView viewOf(Attempt a, AssessmentTest t) {
        Instant now = clock.instant();
        List<SlotView> slots = new ArrayList<>();
        for (AttemptItem i : items(a.getId())) {
            ItemContent c = closer.content(i.getRevisionId());
            Response r = i.getResponse() == null ? null : ItemJson.readResponse(i.getResponse());
            slots.add(Presentation.read(i.getPresentation()).slot(i.getSlot(), c, r));
        }
        long remaining = a.getStatus() == AttemptStatus.IN_PROGRESS ? remaining(a.getDeadlineAt(), now) : 0;
        return new AttemptView(a.getId(), t.getId(), t.getTitle(), a.getStatus(), a.getSeq(), now,
                a.getDeadlineAt(), remaining, t.isOnePerPage(), slots);
    }

    private List<AttemptItem> items(long attemptId) {
        return em.createQuery("select i from AttemptItem i where i.attemptId = :a order by i.slot", AttemptItem.class)
                .setParameter("a", attemptId).getResultList();
    }

    private Map<Long, QuestionRevision> currentRevisions(List<Long> questionIds) {
        Map<Long, QuestionRevision> out = new LinkedHashMap<>();
        if (questionIds.isEmpty()) {
            return out;
        }
        for (QuestionRevision r : em.createQuery("select r from QuestionRevision r, Question q "
                + "where q.id = r.questionId and r.revisionNo = q.currentRevisionNo and q.id in :ids",
                QuestionRevision.class).setParameter("ids", questionIds).getResultList()) {
            out.put(r.getQuestionId(), r);
        }
        return out;
    }

    private boolean isAssigned(long testId, long me) {
        return assignmentsOf(me).stream().anyMatch(a -> a.getTestId() == testId);
    }

    /** The assignments that reach the caller: to them, their municipality (or the one it lies in), their region. */
    private List<Assignment> assignmentsOf(long personId) {
        PersonPlace place = scope.myPlace().orElseThrow();
        Long parent = place.parentMunicipalityId();
        return em.createQuery("select a from Assignment a where a.personId = :p or a.municipalityId = :m "
                + "or a.municipalityId = :mp or a.regionId = :r", Assignment.class)
                .setParameter("p", personId).setParameter("m", place.municipalityId())
                .setParameter("mp", parent == null ? -1L : parent).setParameter("r", place.regionId())
                .getResultList();
    }

    private boolean overdue(Attempt a) {
        return clock.instant().isAfter(a.getDeadlineAt().plusSeconds(settings.graceSeconds()));
    }

    private static long remaining(Instant deadline, Instant now) {
        return Math.max(0, Duration.between(now, deadline).getSeconds());
    }

    private Attempt own(long attemptId) {
        long me = me();
        Attempt a = em.find(Attempt.class, attemptId);
        if (a == null || !a.getPersonId().equals(me)) {
            throw new NotFoundException(AssessmentError.ATTEMPT_NOT_FOUND, attemptId);
        }
        return a;
    }

    private long me() {
        Caller caller = currentUser.require();
        if (caller.personId() == null) {
            throw new NotFoundException(AssessmentError.NO_PERSON_CARD);
        }
        return caller.personId();
    }
}
