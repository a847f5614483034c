package org.munacademy.reserve.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.munacademy.competency.boundary.ProfileGaps;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.Recipients;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent.Outcome;
import org.munacademy.identity.entity.Person;
import org.munacademy.organisation.entity.Municipality;
import org.munacademy.organisation.entity.PositionGroup;
import org.munacademy.reserve.control.ContestAdmissions;
import org.munacademy.reserve.entity.ContestAdmission;
import org.munacademy.reserve.entity.ContestIntakeResult;
import org.munacademy.reserve.entity.ContestIntakeResult.Status;
import org.munacademy.reserve.entity.DevelopmentPlan;
import org.munacademy.reserve.entity.EntryStatus;
import org.munacademy.reserve.entity.Protocol;
import org.munacademy.reserve.entity.ProtocolKind;
import org.munacademy.reserve.entity.Reserve;
import org.munacademy.reserve.entity.ReserveEntry;
import org.munacademy.reserve.entity.ReserveError;
import org.munacademy.reserve.entity.ReserveLevel;
import org.munacademy.reserve.entity.ReserveNotice;
import org.munacademy.shared.boundary.Notifier;
import org.munacademy.shared.boundary.TrustsItsCaller;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.InvalidInputException;

/**
 * Winners and finalists of «Муниципальный лидер» into the reserve (issue 12 point 7, ADR 14). The contest's boundary
 * calls {@link #admit} for each person when its administrator publishes a stage's final results; nothing a person
 * drives reaches it directly (it takes no caller and checks no role).
 * <p>
 * Rules: the deputies' nomination goes into the deputies' pool ({@code NAT-DEPUTIES}) whatever the stage; otherwise a
 * federal stage ({@code NATIONAL}) into {@code NAT-LEADER} and a regional stage into the region's active regional
 * reserve (the lowest id, by convention {@code REG-<region code>}). The contest's results protocol is stored once per
 * reserve and number (kind CONTEST_RESULTS: number and date, no members, no votes); the entry is INCLUDED on it at
 * once from its date, on the basis LEADER_CONTEST, by {@code system}; its readiness is computed, its development plan
 * generated from the gaps against the target ({@link PlanFacade#drawUp}, the same generator as HR's), the mentor set
 * when given; the person gets one notice (CONTEST_ADMITTED) that covers the inclusion and the plan, so the reserve's
 * job does not tell those lines again; audited.
 * <p>
 * Idempotent: the same person and protocol again returns the entry admitted then (ALREADY_ADMITTED), and a person
 * with an open entry (nominated or in the reserve) in that reserve keeps it (KEPT_OPEN_ENTRY) — nothing is written.
 * Admissions into one reserve queue on its row, like nominations and protocols.
 */
@ApplicationScoped
@Transactional
@TrustsItsCaller("the contest's boundary, publishing a stage's final results its administrator approved")
public class ContestIntake {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Locale RU = Locale.forLanguageTag("ru");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    ReadinessRecorder readiness;

    @Inject
    ProfileGaps profileGaps;

    @Inject
    PlanFacade plans;

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    /**
     * Admits one winner or finalist to the reserve of the stage's level (or the deputies' pool). 400
     * CONTEST_ADMISSION_INVALID for a missing or inconsistent field (an unknown person or mentor, a municipal level, a
     * protocol dated in the future, texts too long), 400 TARGET_UNKNOWN for an unknown target group, 409
     * CONTEST_RESERVE_MISSING when no active reserve takes the stage's winners, 409 CONTEST_PROTOCOL_DATE when the
     * protocol's number is stored in that reserve with another date.
     */
    public ContestIntakeResult admit(ContestAdmission admission) {
        ContestAdmission a = ContestAdmissions.check(admission, LocalDate.now(clock));
        Person person = em.find(Person.class, a.personId());
        if (person == null) {
            throw invalid("personId", "no such person: " + a.personId());
        }
        Reserve reserve = em.find(Reserve.class, reserveFor(a).getId(), LockModeType.PESSIMISTIC_WRITE);
        String number = a.protocolNumber().strip();
        Optional<Protocol> stored = em.createQuery("select p from Protocol p where p.reserve = :r and p.kind = :k "
                        + "and p.number = :n", Protocol.class).setParameter("r", reserve)
                .setParameter("k", ProtocolKind.CONTEST_RESULTS).setParameter("n", number).getResultStream()
                .findFirst();
        if (stored.isPresent() && !stored.get().getHeldOn().equals(a.protocolDate())) {
            throw new BusinessException(ReserveError.CONTEST_PROTOCOL_DATE, number,
                    DATE.format(stored.get().getHeldOn()));
        }
        if (stored.isPresent()) {
            Optional<ReserveEntry> before = em.createQuery("select e from ReserveEntry e "
                            + "where e.contestProtocolId = :p and e.personId = :person", ReserveEntry.class)
                    .setParameter("p", stored.get().getId()).setParameter("person", a.personId()).getResultStream()
                    .findFirst();
            if (before.isPresent()) {
                return result(Status.ALREADY_ADMITTED, before.get());
            }
        }
        Optional<ReserveEntry> open = em.createQuery("select e from ReserveEntry e where e.reserve = :r "
                        + "and e.personId = :p and e.status not in :closed order by e.id", ReserveEntry.class)
                .setParameter("r", reserve).setParameter("p", a.personId())
                .setParameter("closed", EntryStatus.CLOSED).getResultStream().findFirst();
        if (open.isPresent()) {
            audit(open.get(), "kept the open entry of person " + a.personId() + " in " + reserve.getCode()
                    + " (contest protocol No. " + number + ")");
            return result(Status.KEPT_OPEN_ENTRY, open.get());
        }
        PositionGroup group = group(a);
        String mentorName = mentorName(a);
        Protocol protocol = stored.orElseGet(() -> {
            Protocol p = Protocol.contestResults(reserve, number, a.protocolDate(), clock.instant());
            em.persist(p);
            return p;
        });
        em.flush();
        Municipality m = person.getMunicipality();
        ContestAdmissions.Texts texts = ContestAdmissions.texts(a, mentorName);
        ReserveEntry entry = ReserveEntry.admitByContest(reserve, a.personId(),
                new ReserveEntry.Place(m.getRegion().getId(), m.getId()), new ReserveEntry.Target(group.getId(), null),
                texts.basisDocument(), texts.note(), protocol.getId(), a.protocolDate(), texts.includedDetail(),
                clock.instant());
        em.persist(entry);
        em.flush();
        readiness.record(entry);
        DevelopmentPlan plan = plans.drawUp(entry, profileGaps.against(a.personId(), group.getId(), null),
                a.mentorPersonId(), mentorName == null ? null : PlanFacade.mentoringTitle(mentorName), RU,
                ReserveEntry.SYSTEM);
        notifier.send(recipients.ofPersons(List.of(a.personId())), ReserveNotice.CONTEST_ADMITTED,
                ReserveLifeSender.MINE, reserve.getName(), DATE.format(a.protocolDate()),
                DATE.format(entry.getValidUntil()), texts.noticeDetail());
        entry.ownNoticeSent(); // it told the inclusion and the plan, whose lines were written as told
        em.flush();
        audit(entry, "admitted person " + a.personId() + " to " + reserve.getCode() + " by contest protocol No. "
                + number + " (" + a.outcome() + "), plan items=" + plan.getItems().size());
        return new ContestIntakeResult(Status.ADMITTED, entry.getId(), reserve.getCode(), entry.getStatus(),
                plan.getItems().size());
    }

    /** The reserve that takes the admission: the deputies' pool, the national reserve, or the region's. */
    private Reserve reserveFor(ContestAdmission a) {
        Optional<String> code = ContestAdmissions.reserveCode(a);
        if (code.isPresent()) {
            return em.createQuery("select r from Reserve r where r.code = :c and r.active = true", Reserve.class)
                    .setParameter("c", code.get()).getResultStream().findFirst()
                    .orElseThrow(() -> new BusinessException(ReserveError.CONTEST_RESERVE_MISSING, code.get()));
        }
        return em.createQuery("select r from Reserve r where r.level = :l and r.regionId = :g and r.active = true "
                        + "order by r.id", Reserve.class).setParameter("l", ReserveLevel.REGIONAL)
                .setParameter("g", a.regionId()).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException(ReserveError.CONTEST_RESERVE_MISSING,
                        "region " + a.regionId()));
    }

    /** The target group: the one named, or DEPUTY in the deputies' pool and HIGHEST elsewhere. */
    private PositionGroup group(ContestAdmission a) {
        String code = ContestAdmissions.groupCode(a);
        return em.createQuery("select g from PositionGroup g where g.code = :c", PositionGroup.class)
                .setParameter("c", code).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("targetGroupCode", ReserveError.TARGET_UNKNOWN, code));
    }

    /** The mentor's full name (null without a mentor); the mentor is a person other than the one admitted. */
    private String mentorName(ContestAdmission a) {
        if (a.mentorPersonId() == null) {
            return null;
        }
        Person mentor = em.find(Person.class, a.mentorPersonId());
        if (mentor == null) {
            throw invalid("mentorPersonId", "no such person: " + a.mentorPersonId());
        }
        return mentor.getFullName();
    }

    private ContestIntakeResult result(Status status, ReserveEntry e) {
        int items = em.createQuery("select p from DevelopmentPlan p where p.entry = :e", DevelopmentPlan.class)
                .setParameter("e", e).getResultStream().findFirst().map(p -> p.getItems().size()).orElse(0);
        return new ContestIntakeResult(status, e.getId(), e.getReserve().getCode(), e.getStatus(), items);
    }

    private void audit(ReserveEntry e, String detail) {
        audit.record(currentUser.username().orElse(ReserveEntry.SYSTEM), AuditAction.RESERVE_CHANGED,
                Outcome.SUCCESS, "reserve-entry", String.valueOf(e.getId()), detail);
    }

    private static InvalidInputException invalid(String field, String detail) {
        return new InvalidInputException(field, ReserveError.CONTEST_ADMISSION_INVALID, field, detail);
    }

}
