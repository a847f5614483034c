package org.munacademy.reserve.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import org.munacademy.identity.boundary.RegistryPersons;
import org.munacademy.organisation.boundary.OrganisationFacade;
import org.munacademy.organisation.entity.MunicipalityRow;
import org.munacademy.organisation.entity.PositionGroupRow;
import org.munacademy.reserve.control.HistorySeed;
import org.munacademy.reserve.control.HistorySeed.History;
import org.munacademy.reserve.control.HistorySeed.SeedAppointment;
import org.munacademy.reserve.control.HistorySeed.SeedEntry;
import org.munacademy.reserve.control.HistorySeed.SeedProtocol;
import org.munacademy.reserve.entity.Appointment;
import org.munacademy.reserve.entity.DecisionKind;
import org.munacademy.reserve.entity.DevelopmentPlan;
import org.munacademy.reserve.entity.EntryEventKind;
import org.munacademy.reserve.entity.ExclusionGround;
import org.munacademy.reserve.entity.Offer;
import org.munacademy.reserve.entity.OfferAnswer;
import org.munacademy.reserve.entity.PlanItem;
import org.munacademy.reserve.entity.PlanItemKind;
import org.munacademy.reserve.entity.PlanItemStatus;
import org.munacademy.reserve.entity.Protocol;
import org.munacademy.reserve.entity.Reserve;
import org.munacademy.reserve.entity.ReserveEntry;
import org.munacademy.shared.boundary.DatabaseReady;
import org.munacademy.shared.control.ContentCalendar;
import org.munacademy.shared.control.ContentFiles;
import org.munacademy.shared.control.ContentFiles.ContentException;
import org.munacademy.shared.control.Table;

/**
 * Loads the demo history of the reserve ({@link HistorySeed}: protocols, entries with their whole story, appointments
 * without the reserve) after the reserves and their commissions, once: a start that finds a seeded protocol leaves
 * everything alone. Each entry is told through its own life-cycle methods in the order things happened, so its
 * history lines are the ones a real run writes; seeded history is not news ({@link ReserveEntry#historyIsNotNews}):
 * nobody is notified. An entry whose term ended after the files were written stays in the reserve: the expiry job
 * closes it on its first run, as it would have. Readiness is not seeded: it is computed from evidence.
 */
@ApplicationScoped
@Transactional
public class ReserveHistoryContent {

    /** After the reserves and their commissions. */
    static final int LOAD_HISTORY = DatabaseReady.LOAD_RESERVE + 50;
    static final String BY = "content";
    private static final Logger LOG = Logger.getLogger(ReserveHistoryContent.class.getName());

    @Inject
    @ConfigProperty(name = "academy.reserve.first-notice-days", defaultValue = "60")
    int firstNoticeDays;

    @Inject
    @ConfigProperty(name = "academy.reserve.second-notice-days", defaultValue = "14")
    int secondNoticeDays;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RegistryPersons registryPersons;

    @Inject
    OrganisationFacade organisation;

    /** Where a position lies: its id and its group's. */
    private record Pos(long id, long groupId) {
    }

    /** A seeded person: id, place and current position. */
    private record Who(long id, long municipalityId, long regionId, Long positionId) {
    }

    void load(@Observes @Priority(LOAD_HISTORY) DatabaseReady event) {
        if (!event.loadContent()) {
            return; // loaded already, unchanged since (Bootstrap's content fingerprint)
        }
        LocalDate today = LocalDate.now(clock);
        Function<String, java.util.Optional<List<Table.Row>>> content = ContentCalendar.csv(today);
        if (content.apply(HistorySeed.FOLDER + "history.csv").isEmpty()) {
            return;
        }
        if (em.createQuery("select count(p) from Protocol p where p.recordedBy = :by", Long.class)
                .setParameter("by", BY).getSingleResult() > 0) {
            return;
        }
        History history = HistorySeed.load(content);
        Map<String, Reserve> reserves = new HashMap<>();
        em.createQuery("select r from Reserve r", Reserve.class).getResultList()
                .forEach(r -> reserves.put(r.getCode(), r));
        if (reserves.isEmpty()) {
            return;
        }
        Map<String, Pos> positions = positions();
        Map<String, MunicipalityRow> places = new HashMap<>();
        Map<String, Who> persons = persons(positions, places);
        Instant now = clock.instant();

        Map<SeedProtocol, Protocol> protocols = new HashMap<>();
        for (SeedProtocol p : history.protocols()) {
            Reserve r = reserve(reserves, p.reserveCode(), "history-protocols.csv", p.line());
            Protocol stored = new Protocol(r, p.number(), p.heldOn(), p.present(), BY, now);
            em.persist(stored);
            protocols.put(p, stored);
        }
        em.flush();

        List<Runnable> appointments = new ArrayList<>();
        int entries = 0;
        for (SeedEntry s : history.entries()) {
            Who who = persons.get(s.personCode());
            ReserveEntry e = story(s, reserve(reserves, s.reserveCode(), "history.csv", s.line()), who, positions,
                    protocols, today, now, appointments);
            e.historyIsNotNews(today, firstNoticeDays, secondNoticeDays);
            em.persist(e);
            entries++;
        }
        em.flush();
        appointments.forEach(Runnable::run);
        for (SeedAppointment a : history.appointments()) {
            Who who = persons.get(a.personCode());
            MunicipalityRow m = place(places, a.municipalityOktmo(), a.line());
            Pos to = positions.get(a.toPosition());
            em.persist(new Appointment(who.id(), a.fromPosition() == null ? null : positions.get(a.fromPosition()).id(),
                    new Appointment.To(to.id(), to.groupId(), m.id(), m.regionId()), a.appointedOn(),
                    a.orderNumber(), null, BY, now));
        }
        em.flush();
        int n = entries;
        LOG.info(() -> "Reserve history loaded: " + history.protocols().size() + " protocols, " + n + " entries, "
                + history.appointments().size() + " appointments without the reserve");
        event.banner("Кадровый резерв (история): записей " + n + ", протоколов " + history.protocols().size());
    }

    /** One entry's story, step by step in the order of the days. */
    private ReserveEntry story(SeedEntry s, Reserve r, Who who, Map<String, Pos> positions,
            Map<SeedProtocol, Protocol> protocols, LocalDate today, Instant now, List<Runnable> appointments) {
        Pos target = s.targetPosition() == null ? null : positions.get(s.targetPosition());
        ReserveEntry e = ReserveEntry.nominate(r, who.id(), new ReserveEntry.Place(who.regionId(),
                who.municipalityId()), new ReserveEntry.Target(groupId(s, positions), target == null ? null
                : target.id()), s.basis(), s.basisDocument(), null, s.nominatedBy(), s.nominatedOn(), now);
        if (s.pending()) {
            return e;
        }
        Protocol decided = protocols.get(s.decidedAt());
        String detail = "Протокол № " + decided.getNumber();
        vote(decided, e, s.decision(), null, s.closingComment(), s.line());
        if (s.decision() == DecisionKind.NOT_INCLUDE) {
            e.notInclude(decided.getId(), decided.getHeldOn(), s.closingComment(), "commission", now);
            return e;
        }
        e.include(decided.getId(), decided.getHeldOn(), detail, "commission", now);
        record Step(LocalDate on, Runnable run) {
        }
        List<Step> steps = new ArrayList<>();
        if (s.planOn() != null) {
            steps.add(new Step(s.planOn(), () -> plan(s, e, today, now)));
        }
        if (s.extendedAt() != null) {
            Protocol p = protocols.get(s.extendedAt());
            steps.add(new Step(p.getHeldOn(), () -> {
                vote(p, e, DecisionKind.EXTEND, null, null, s.line());
                e.extend(p.getId(), p.getHeldOn(), "Протокол № " + p.getNumber(), "commission", now);
            }));
        }
        if (s.offerRefusedOn() != null) {
            steps.add(new Step(s.offerRefusedOn(), () -> offer(e, s, positions, s.offerRefusedOn(),
                    OfferAnswer.REFUSED, now)));
        }
        steps.sort(Comparator.comparing(Step::on));
        steps.forEach(step -> step.run().run());
        switch (s.outcome()) {
            case EXCLUDED -> {
                Protocol p = protocols.get(s.closedAt());
                vote(p, e, DecisionKind.EXCLUDE, s.ground(), s.closingComment(), s.line());
                e.exclude(p.getId(), p.getHeldOn(), s.ground(), s.closingComment(), "commission", now);
            }
            case APPOINTED -> {
                offer(e, s, positions, s.closedOn().minusDays(7), OfferAnswer.ACCEPTED, now);
                e.appoint(s.closedOn(), "Приказ № " + s.orderNumber(), s.nominatedBy(), now);
                Pos to = positions.get(s.appointedPosition());
                appointments.add(() -> em.persist(new Appointment(who.id(), who.positionId(), new Appointment.To(
                        to.id(), to.groupId(), who.municipalityId(), who.regionId()), s.closedOn(), s.orderNumber(),
                        e.getId(), BY, now)));
            }
            case EXPIRED -> {
                LocalDate on = e.getValidUntil().plusDays(1);
                if (!on.isAfter(today)) {
                    e.expire(on, now);
                }
            }
            case OPEN -> {
                // in the reserve today; one whose term has passed by the day of loading is loaded expired (what the
                // expiry job would do at once), so that no job has seeded work to do at start-up
                LocalDate on = e.getValidUntil() == null ? null : e.getValidUntil().plusDays(1);
                if (on != null && !on.isAfter(today)) {
                    e.expire(on, now);
                }
            }
            default -> throw new IllegalStateException(s.outcome().name());
        }
        return e;
    }

    private static void vote(Protocol p, ReserveEntry e, DecisionKind kind, ExclusionGround ground, String comment,
            int line) {
        int present = p.getPresentCount();
        boolean split = present >= 4 && line % 3 == 0;
        p.decide(e, kind, split ? present - 1 : present, split ? 1 : 0, 0, ground, comment);
    }

    /** A plan of three items drawn up on the day; items due before today are done, unless the plan failed. */
    private void plan(SeedEntry s, ReserveEntry e, LocalDate today, Instant now) {
        LocalDate on = s.planOn();
        DevelopmentPlan plan = new DevelopmentPlan(e, on, e.getValidUntil().isAfter(on.plusMonths(12))
                ? on.plusMonths(12) : e.getValidUntil(), s.nominatedBy());
        List<PlanItem> items = List.of(
                plan.add(PlanItemKind.TASK, "Стажировка на целевой должности", null, null, on.plusMonths(4)),
                plan.add(PlanItemKind.MENTORING, "Работа с наставником", null, null, on.plusMonths(6)),
                plan.add(PlanItemKind.TASK, "Проект по направлению целевой должности", null, null, on.plusMonths(9)));
        boolean failed = s.ground() == ExclusionGround.PLAN_NOT_FULFILLED;
        LocalDate end = s.closedOn() != null ? s.closedOn() : today;
        for (PlanItem i : items) {
            if (!failed && i.getDueOn().isBefore(end)) {
                i.progress(PlanItemStatus.DONE, i.getDueOn(), null);
            }
        }
        e.startDevelopment(on, s.nominatedBy(), now);
        em.persist(plan);
    }

    private void offer(ReserveEntry e, SeedEntry s, Map<String, Pos> positions, LocalDate answered,
            OfferAnswer answer, Instant now) {
        String code = answer == OfferAnswer.ACCEPTED ? s.appointedPosition()
                : s.targetPosition() != null ? s.targetPosition() : s.appointedPosition();
        Pos pos = code == null ? null : positions.get(code);
        if (pos == null) {
            pos = positions.values().stream().filter(p -> p.groupId() == e.getTargetGroupId()).findFirst()
                    .orElseThrow();
        }
        LocalDate offered = answered.minusDays(Math.min(5, e.getReserve().getAnswerDays() - 1L));
        if (offered.isBefore(e.getIncludedOn())) {
            offered = e.getIncludedOn();
        }
        Offer o = new Offer(e, pos.id(), e.getMunicipalityId(), offered, s.nominatedBy());
        e.event(EntryEventKind.OFFER_MADE, offered, s.nominatedBy(), null, now);
        o.answer(answer, answered, answer == OfferAnswer.REFUSED ? "Семейные обстоятельства" : null);
        if (answer == OfferAnswer.REFUSED) {
            e.recordRefusal(answered, null, s.personCode(), now);
        } else {
            e.event(EntryEventKind.OFFER_ACCEPTED, answered, s.personCode(), null, now);
        }
        em.persist(o);
    }

    private static long groupId(SeedEntry s, Map<String, Pos> positions) {
        return positions.get("#" + s.targetGroup()).groupId();
    }

    /** Positions by code, and each group under {@code #CODE}. */
    private Map<String, Pos> positions() {
        Map<String, Pos> out = new HashMap<>();
        for (PositionGroupRow g : organisation.positionGroups()) {
            out.put("#" + g.code(), new Pos(g.id(), g.id()));
            g.positions().forEach(p -> out.put(p.code(), new Pos(p.id(), g.id())));
        }
        return out;
    }

    /** The persons of {@code identity/persons.csv} with their place and position as the file gives them. */
    private Map<String, Who> persons(Map<String, Pos> positions, Map<String, MunicipalityRow> places) {
        Map<String, Who> out = new HashMap<>();
        for (Table.Row r : ContentFiles.csv("identity/persons.csv").orElse(List.of())) {
            String code = r.get("code");
            long id = registryPersons.idOfCode(code).orElseThrow(() -> new ContentException("identity/persons.csv",
                    r.line(), "person " + code + " is not stored"));
            MunicipalityRow m = place(places, r.get("municipality_oktmo"), r.line());
            Pos p = r.isBlank("position_code") ? null : positions.get(r.get("position_code"));
            out.put(code, new Who(id, m.id(), m.regionId(), p == null ? null : p.id()));
        }
        return out;
    }

    private MunicipalityRow place(Map<String, MunicipalityRow> places, String oktmo, int line) {
        return places.computeIfAbsent(oktmo, o -> organisation.municipalityByOktmo(o).orElseThrow(
                () -> new ContentException("identity/persons.csv", line, "unknown municipality " + o)));
    }

    private static Reserve reserve(Map<String, Reserve> reserves, String code, String file, int line) {
        Reserve r = reserves.get(code);
        if (r == null) {
            throw new ContentException(HistorySeed.FOLDER + file, line, "reserve " + code + " is not stored");
        }
        return r;
    }
}
