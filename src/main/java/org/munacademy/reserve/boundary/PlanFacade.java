package org.munacademy.reserve.boundary;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.munacademy.assessment.boundary.TestDirectory;
import org.munacademy.competency.boundary.EvidenceFacade;
import org.munacademy.competency.entity.GapReport;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.DataScope;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Person;
import org.munacademy.identity.entity.Role;
import org.munacademy.learning.boundary.RecommendationFacade;
import org.munacademy.learning.entity.Recommendation;
import org.munacademy.organisation.boundary.OrganisationFacade;
import org.munacademy.organisation.entity.PositionGroupRow;
import org.munacademy.reserve.control.PlanGenerator;
import org.munacademy.reserve.control.PlanGenerator.TestOption;
import org.munacademy.reserve.entity.DevelopmentPlan;
import org.munacademy.reserve.entity.EntryEventKind;
import org.munacademy.reserve.entity.PlanError;
import org.munacademy.reserve.entity.PlanItem;
import org.munacademy.reserve.entity.PlanItemData;
import org.munacademy.reserve.entity.PlanItemKind;
import org.munacademy.reserve.entity.PlanItemRow;
import org.munacademy.reserve.entity.PlanItemStatus;
import org.munacademy.reserve.entity.PlanMentorData;
import org.munacademy.reserve.entity.PlanView;
import org.munacademy.reserve.entity.ReserveEntry;
import org.munacademy.reserve.entity.ReserveError;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.control.BundleTexts;
import org.munacademy.shared.entity.AccessDeniedException;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.ConcurrentModificationException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.SharedError;

/**
 * Individual development plans of reserve entries: generated from the person's gaps against the entry's target
 * ({@link PlanGenerator}), read and edited by HR of the person's scope and by the person, tracked from learning and
 * assessment ({@link PlanProgress}).
 * <p>
 * Who: HR officers of the person's scope and administrators generate, read, edit and set the mentor; commission
 * members of the scope read; the person reads and edits their own plan (tasks, titles, due dates, removing, marking
 * tasks and mentoring done) but does not choose the mentor. Anybody else gets "no such entry" (404), audited.
 * <p>
 * Tracking ({@link PlanProgress}) runs when a programme is completed or evidence recorded (after that commits), and
 * refreshes on every read and edit, in the same transaction: two queries (the person's enrolments in the
 * plan's programmes, their attempts at the plan's tests) whatever the number of items. An item moving to DONE adds
 * PLAN_ITEM_DONE to the entry's history; the plan becoming overdue adds PLAN_OVERDUE once per spell — a ground the
 * commission may act on, never an automatic exclusion.
 * <p>
 * Concurrency: every edit names the plan's version it read; a stale one is refused (409) and each accepted edit raises
 * the plan's version (also when only an item changed), so two editors never overwrite each other. Tracking never
 * raises it.
 */
@ApplicationScoped
@Transactional
public class PlanFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    DataScope dataScope;

    @Inject
    AuditLog audit;

    @Inject
    InputValidator validator;

    @Inject
    PersonFacade persons;

    @Inject
    EvidenceFacade evidence;

    @Inject
    RecommendationFacade recommendations;

    @Inject
    TestDirectory tests;

    @Inject
    OrganisationFacade organisation;

    @Inject
    PlanProgress progress;

    /** What the caller may do with an entry's plan. */
    enum Access { READ, EDIT, MANAGE }

    // ---- generate ----

    /**
     * Draws up the entry's plan from the person's gaps against its target (HR of the scope, administrators), once per
     * entry, for an entry in the reserve: the entry goes IN_DEVELOPMENT. A mentor (a person of the caller's scope)
     * may be named at once.
     */
    public PlanView generate(long entryId, PlanMentorData mentor, Locale language) {
        Caller caller = currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        ReserveEntry entry = entry(entryId, Access.MANAGE);
        if (!entry.getStatus().inReserve()) {
            throw new BusinessException(ReserveError.ENTRY_STATUS, "plan", entry.getStatus().name());
        }
        if (planOf(entry).isPresent()) {
            throw new BusinessException(PlanError.PLAN_EXISTS, entryId);
        }
        Long mentorId = mentor == null ? null : mentor.getMentorPersonId();
        String mentorTitle = mentorId == null ? null : mentorTitle(entry, mentorId);
        LocalDate today = LocalDate.now(clock);
        DevelopmentPlan plan = drawUp(entry, targetGaps(entry), mentorId, mentorTitle, language, caller.username());
        em.flush();
        return view(plan, Access.MANAGE, today, mentorNames(List.of(plan)));
    }

    /**
     * Draws up, stores and tracks the entry's plan from the person's gaps against its target, with the mentor (whose
     * item is titled {@code mentorTitle}) when one is given; the entry goes IN_DEVELOPMENT with a PLAN_CREATED line
     * by {@code by}; audited. The caller has checked who may do it and that the entry is in the reserve without a
     * plan: HR's {@link #generate}, and the contest's intake ({@link ContestIntake}, as the system).
     */
    DevelopmentPlan drawUp(ReserveEntry entry, GapReport gaps, Long mentorId, String mentorTitle, Locale language,
            String by) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<Recommendation> recos = recommendations.forGaps(entry.getPersonId(), gaps, language);
        String group = gaps.positionGroupCode() != null ? gaps.positionGroupCode()
                : groupCode(entry.getTargetGroupId());
        List<TestOption> options = group == null ? List.of() : tests.publishedFor(group).stream()
                .map(t -> new TestOption(t.code(), t.title(), t.competencyCodes())).toList();
        PlanGenerator.Plan generated = PlanGenerator.generate(new PlanGenerator.Input(today, entry.getValidUntil(),
                gaps, recos, options, mentorTitle));
        DevelopmentPlan plan = new DevelopmentPlan(entry, today, generated.dueOn(), by);
        plan.setMentorPersonId(mentorId);
        for (PlanGenerator.Item i : generated.items()) {
            plan.add(i.kind(), i.title(), i.refCode(), i.competencyCodes(), i.dueOn());
        }
        em.persist(plan);
        entry.startDevelopment(today, by, now);
        audit.record(by, AuditAction.RESERVE_CHANGED, AuditEvent.Outcome.SUCCESS, "reserve-plan",
                String.valueOf(entry.getId()), "generated from the gaps, items=" + plan.getItems().size());
        track(plan, today, now);
        return plan;
    }

    /** The title of a mentoring item with the mentor's name («Наставничество: …»), as plans write it. */
    static String mentoringTitle(String mentorName) {
        return BundleTexts.of("reserve", Locale.forLanguageTag("ru")).text("reserve.plan.mentoring.title", mentorName);
    }

    /** Whether the caller may generate the entry's plan now (HR of the scope, an entry in the reserve, no plan). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayGenerate(long entryId) {
        Caller caller = currentUser.require();
        ReserveEntry entry = em.find(ReserveEntry.class, entryId);
        return entry != null && caller.hasAnyRole(Role.HR_OFFICER, Role.ADMIN) && entry.getStatus().inReserve()
                && access(entry) == Access.MANAGE && planOf(entry).isEmpty();
    }

    // ---- read ----

    /** The entry's plan (HR or commission of the scope, the person), tracked up to today. Audited. */
    public PlanView plan(long entryId) {
        currentUser.require();
        ReserveEntry entry = entry(entryId, Access.READ);
        DevelopmentPlan plan = planOf(entry).orElseThrow(() -> new NotFoundException(PlanError.PLAN_NOT_FOUND,
                entryId));
        LocalDate today = LocalDate.now(clock);
        track(plan, today, clock.instant());
        if (!own(entry)) {
            audit.record(AuditAction.PERSON_READ, AuditEvent.Outcome.SUCCESS, "reserve-plan",
                    String.valueOf(entryId), null);
        }
        return view(plan, access(entry), today, mentorNames(List.of(plan)));
    }

    /** The caller's own plans (their entries' plans, open entries first, newest entry first), tracked. */
    public List<PlanView> mine() {
        Caller caller = currentUser.require();
        if (caller.personId() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<PlanView> out = new ArrayList<>();
        List<DevelopmentPlan> own = em.createQuery("select p from DevelopmentPlan p join fetch p.entry e "
                + "where e.personId = :p order by e.id desc", DevelopmentPlan.class)
                .setParameter("p", caller.personId()).getResultList();
        Map<Long, String> mentors = mentorNames(own);
        for (DevelopmentPlan p : own) {
            track(p, today, now);
            out.add(view(p, p.getEntry().getStatus().closed() ? Access.READ : Access.EDIT, today, mentors));
        }
        out.sort((a, b) -> Boolean.compare(a.entryStatus().closed(), b.entryStatus().closed()));
        return out;
    }

    // ---- edit ----

    /** Adds a task with a due date (HR of the scope or the person). */
    public PlanView addTask(long entryId, PlanItemData data) {
        Edit e = edit(entryId, data == null ? null : data.getVersion());
        PlanItemData d = validator.validate(data);
        requireDue(e.plan, d.getDueOn());
        PlanItem item = e.plan.add(PlanItemKind.TASK, d.getTitle().strip(), null, null, d.getDueOn());
        return changed(e, "added " + item.getSeq() + ": " + item.getTitle());
    }

    /** Changes an item's title and due date, and (tasks, mentoring) marks it done or reopens it. */
    public PlanView updateItem(long entryId, long seq, PlanItemData data) {
        Edit e = edit(entryId, data == null ? null : data.getVersion());
        PlanItemData d = validator.validate(data);
        PlanItem item = item(e.plan, seq);
        requireDue(e.plan, d.getDueOn());
        item.setTitle(d.getTitle().strip());
        item.setDueOn(d.getDueOn());
        if (d.getDone() != null) {
            mark(e, item, d.getDone());
        }
        return changed(e, "changed " + seq + ": " + item.getTitle() + ", due " + item.getDueOn());
    }

    /** Marks a task or mentoring done ({@code done}) or reopens it. */
    public PlanView markDone(long entryId, long seq, long version, boolean done) {
        Edit e = edit(entryId, version);
        mark(e, item(e.plan, seq), done);
        return changed(e, null);
    }

    /** Removes an item (HR of the scope or the person). */
    public PlanView removeItem(long entryId, long seq, long version) {
        Edit e = edit(entryId, version);
        PlanItem item = item(e.plan, seq);
        e.plan.removeSeq(seq);
        return changed(e, "removed " + seq + ": " + item.getTitle());
    }

    /** Sets (or, with null, clears) the mentor: a person of the caller's scope (HR, administrators). */
    public PlanView setMentor(long entryId, PlanMentorData data) {
        if (!currentUser.require().hasAnyRole(Role.HR_OFFICER, Role.ADMIN)) {
            entry(entryId, Access.READ);
            throw new AccessDeniedException(PlanError.PLAN_HR_ONLY);
        }
        Edit e = edit(entryId, data == null ? null : data.getVersion());
        if (e.access != Access.MANAGE) {
            throw new AccessDeniedException(PlanError.PLAN_HR_ONLY);
        }
        Long mentorId = data.getMentorPersonId();
        List<PlanItem> open = e.plan.getItems().stream().filter(i -> i.getKind() == PlanItemKind.MENTORING
                && i.getStatus() != PlanItemStatus.DONE).toList();
        if (mentorId == null) {
            open.forEach(i -> e.plan.removeSeq(i.getSeq()));
        } else {
            String title = mentorTitle(e.entry, mentorId);
            if (open.isEmpty()) {
                e.plan.add(PlanItemKind.MENTORING, title, null, null, e.plan.getDueOn());
            } else {
                open.forEach(i -> i.setTitle(title));
            }
        }
        e.plan.setMentorPersonId(mentorId);
        return changed(e, "mentor " + (mentorId == null ? "—" : mentorId));
    }

    // ---- tracking ----

    /** Brings the tracked items up to date ({@link PlanProgress#track}, two queries); never raises the version. */
    void track(DevelopmentPlan plan, LocalDate today, Instant now) {
        progress.track(plan, today, now);
    }

    // ---- helpers ----

    /** An edit under way: the entry, its plan (locked for a version raise) and what the caller may do. */
    private record Edit(ReserveEntry entry, DevelopmentPlan plan, Access access, Caller caller) {
    }

    private Edit edit(long entryId, Long version) {
        Caller caller = currentUser.require();
        ReserveEntry entry = entry(entryId, Access.EDIT);
        if (!entry.getStatus().inReserve()) {
            throw new BusinessException(ReserveError.ENTRY_STATUS, "plan", entry.getStatus().name());
        }
        DevelopmentPlan plan = planOf(entry).orElseThrow(() -> new NotFoundException(PlanError.PLAN_NOT_FOUND,
                entryId));
        if (version == null || plan.getVersion() != version) {
            throw new ConcurrentModificationException(SharedError.CONCURRENT_MODIFICATION);
        }
        em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return new Edit(entry, plan, access(entry), caller);
    }

    private PlanView changed(Edit e, String detail) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        if (detail != null) {
            e.entry.event(EntryEventKind.PLAN_CHANGED, today, e.caller.username(), detail, now);
        }
        audit.record(AuditAction.RESERVE_CHANGED, AuditEvent.Outcome.SUCCESS, "reserve-plan",
                String.valueOf(e.entry.getId()), detail == null ? "item marked" : AuditEvent.fit(detail, 200));
        track(e.plan, today, now);
        em.flush();
        return view(e.plan, e.access, today, mentorNames(List.of(e.plan)));
    }

    private void mark(Edit e, PlanItem item, boolean done) {
        if (!item.markable()) {
            throw new BusinessException(PlanError.PLAN_ITEM_TRACKED, item.getTitle());
        }
        LocalDate today = LocalDate.now(clock);
        if (done && item.markDone(today)) {
            e.entry.event(EntryEventKind.PLAN_ITEM_DONE, today, e.caller.username(),
                    item.getSeq() + ": " + item.getTitle(), clock.instant());
        } else if (!done && item.getStatus() == PlanItemStatus.DONE) {
            item.reopen();
            e.entry.event(EntryEventKind.PLAN_CHANGED, today, e.caller.username(),
                    "reopened " + item.getSeq() + ": " + item.getTitle(), clock.instant());
        }
    }

    private static PlanItem item(DevelopmentPlan plan, long seq) {
        return plan.item(seq).orElseThrow(() -> new NotFoundException(PlanError.PLAN_ITEM_NOT_FOUND, seq));
    }

    private static void requireDue(DevelopmentPlan plan, LocalDate due) {
        if (due.isBefore(plan.getCreatedOn())) {
            throw new InvalidInputException("dueOn", PlanError.PLAN_DUE_TOO_EARLY, plan.getCreatedOn());
        }
    }

    private String mentorTitle(ReserveEntry entry, long mentorId) {
        if (mentorId == entry.getPersonId() || !dataScope.coversPerson(mentorId)) {
            throw new InvalidInputException("mentorPersonId", PlanError.PLAN_MENTOR_NOT_IN_SCOPE, mentorId);
        }
        return mentoringTitle(persons.card(mentorId).fullName());
    }

    private Optional<DevelopmentPlan> planOf(ReserveEntry entry) {
        return em.createQuery("select p from DevelopmentPlan p where p.entry = :e", DevelopmentPlan.class)
                .setParameter("e", entry).getResultStream().findFirst();
    }

    private String groupCode(Long groupId) {
        return organisation.positionGroups().stream().filter(g -> g.id().equals(groupId))
                .map(PositionGroupRow::code).findFirst().orElse(null);
    }

    /** The person's gaps against the entry's target profile (its group, or the one position in it). */
    private GapReport targetGaps(ReserveEntry entry) {
        return evidence.gapsAgainst(entry.getPersonId(), entry.getTargetGroupId(), entry.getTargetPositionId());
    }

    private boolean own(ReserveEntry entry) {
        Long me = currentUser.require().personId();
        return me != null && me.equals(entry.getPersonId());
    }

    /** What the caller may do with the entry's plan (null: nothing). */
    private Access access(ReserveEntry entry) {
        Caller caller = currentUser.require();
        if (caller.hasAnyRole(Role.HR_OFFICER, Role.ADMIN) && dataScope.coversPerson(entry.getPersonId())) {
            return Access.MANAGE;
        }
        if (own(entry)) {
            return Access.EDIT;
        }
        if (caller.hasRole(Role.COMMISSION_MEMBER) && dataScope.coversReservePerson(entry.getPersonId())) {
            return Access.READ;
        }
        return null;
    }

    /** The entry if the caller may do {@code needed} with its plan; "no such entry" (audited) otherwise. */
    private ReserveEntry entry(long entryId, Access needed) {
        ReserveEntry entry = em.find(ReserveEntry.class, entryId);
        Access has = entry == null ? null : access(entry);
        if (has == null) {
            audit.record(AuditAction.PERSON_READ, AuditEvent.Outcome.DENIED, "reserve-plan", String.valueOf(entryId),
                    "outside scope");
            throw new NotFoundException(ReserveError.ENTRY_NOT_FOUND, entryId);
        }
        if (has.ordinal() < needed.ordinal()) {
            throw new AccessDeniedException(PlanError.PLAN_HR_ONLY);
        }
        return entry;
    }

    /** The mentors' full names by person id, in one query (none without a mentor). */
    private Map<Long, String> mentorNames(List<DevelopmentPlan> plans) {
        List<Long> ids = plans.stream().map(DevelopmentPlan::getMentorPersonId).filter(Objects::nonNull).distinct()
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select p.id, p.lastName, p.firstName, p.middleName from Person p where p.id in :ids",
                Object[].class).setParameter("ids", ids).getResultStream()
                .forEach(o -> names.put((Long) o[0], Person.fullName((String) o[1], (String) o[2], (String) o[3])));
        return names;
    }

    private static PlanView view(DevelopmentPlan p, Access access, LocalDate today, Map<Long, String> mentors) {
        List<PlanItemRow> items = p.getItems().stream().map(i -> new PlanItemRow(i.getSeq(), i.getKind(),
                i.getTitle(), i.getRefCode(), i.getCompetencyCodes() == null ? List.of()
                        : Arrays.asList(i.getCompetencyCodes().split(PlanGenerator.SEPARATOR)),
                i.getDueOn(), i.getStatus(), i.getDoneOn(), i.getProgressNote(), i.overdue(today), i.markable()))
                .toList();
        ReserveEntry e = p.getEntry();
        boolean open = e.getStatus().inReserve();
        return new PlanView(e.getId(), e.getPersonId(), e.getStatus(), p.getVersion(), p.getCreatedOn(),
                p.getDueOn(), p.getMentorPersonId(), p.getMentorPersonId() == null ? null
                        : mentors.get(p.getMentorPersonId()), p.percentDone(), p.overdue(today), p.getOverdueSince(),
                open && access != Access.READ, open && access == Access.MANAGE, items);
    }
}
