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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent.Outcome;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Role;
import org.munacademy.reserve.entity.Decision;
import org.munacademy.reserve.entity.DecisionData;
import org.munacademy.reserve.entity.DecisionKind;
import org.munacademy.reserve.entity.DecisionRow;
import org.munacademy.reserve.entity.Protocol;
import org.munacademy.reserve.entity.ProtocolData;
import org.munacademy.reserve.entity.ProtocolKind;
import org.munacademy.reserve.entity.ProtocolRow;
import org.munacademy.reserve.entity.Reserve;
import org.munacademy.reserve.entity.ReserveEntry;
import org.munacademy.reserve.entity.ReserveError;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.InvalidInputException;

/**
 * A commission's protocols. A member of the reserve's commission (a {@code CommissionMember} row for the caller's
 * account) records a protocol with its decisions about several entries at once — include, not include, extend,
 * exclude with a ground — each with the votes; all or nothing: one decision refused refuses the protocol. Each
 * decision goes through the entry's method, which appends its event to the entry's history.
 */
@ApplicationScoped
@Transactional
public class ProtocolFacade {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    InputValidator validator;

    @Inject
    ReserveFacade reserves;

    @Inject
    ReadinessRecorder readiness;

    /**
     * Records a protocol of the reserve's commission: 403 NOT_A_MEMBER for a caller who does not sit on it, 400 VOTES
     * when votes do not add up or lack a majority of the members present, 400 DECISION_ENTRY for an entry of another
     * reserve (or one named twice), 409 ENTRY_STATUS / NO_MORE_EXTENSIONS / PROTOCOL_NUMBER_TAKEN.
     */
    public ProtocolRow record(String reserveCode, ProtocolData data) {
        Caller caller = currentUser.require(Role.COMMISSION_MEMBER, Role.ADMIN);
        Reserve visible = reserves.visible(reserveCode);
        reserves.requireMember(visible);
        if (data == null) {
            throw new InvalidInputException("number", ReserveError.VOTES, "no protocol");
        }
        validator.validate(data);
        Reserve reserve = em.find(Reserve.class, visible.getId(), LockModeType.PESSIMISTIC_WRITE);
        String number = data.getNumber().strip();
        // numbers are unique per reserve and kind: a contest's results protocol (ADR 14) numbers apart
        if (!em.createQuery("select p.id from Protocol p where p.reserve = :r and p.number = :n and p.kind = :k",
                        Long.class).setParameter("r", reserve).setParameter("n", number)
                .setParameter("k", ProtocolKind.COMMISSION).getResultList().isEmpty()) {
            throw new BusinessException(ReserveError.PROTOCOL_NUMBER_TAKEN, number);
        }
        List<String> present = data.getMembersPresent().stream().map(String::strip).toList();
        Protocol protocol = new Protocol(reserve, number, data.getHeldOn(), present, caller.username(),
                clock.instant());
        em.persist(protocol);
        em.flush();
        Set<Long> seen = new HashSet<>();
        Map<Long, ReserveEntry> entries = entries(reserve, data.getDecisions());
        List<ReserveEntry> included = new ArrayList<>();
        for (DecisionData d : data.getDecisions()) {
            ReserveEntry entry = entries.get(d.getEntryId());
            if (entry == null || !seen.add(d.getEntryId())) {
                throw new InvalidInputException("decisions", ReserveError.DECISION_ENTRY, d.getEntryId());
            }
            Decision decision = protocol.decide(entry, d.getKind(), d.getVotesFor(), d.getVotesAgainst(),
                    d.getVotesAbstained(), d.getGround(), d.getComment());
            apply(protocol, decision, caller.username());
            if (decision.getKind() == DecisionKind.INCLUDE) {
                included.add(entry);
            }
        }
        // an included entry has a readiness from the start: all of them at once, a few statements per target
        readiness.recordAll(included, LocalDate.now(clock));
        em.flush();
        audit.record(AuditAction.RESERVE_CHANGED, Outcome.SUCCESS, "reserve-protocol", String.valueOf(protocol.getId()),
                reserve.getCode() + " No. " + number + ", decisions=" + data.getDecisions().size());
        return row(protocol, protocol.getDecisions().stream().map(DecisionRow::of).toList());
    }

    private Map<Long, ReserveEntry> entries(Reserve reserve, List<DecisionData> decisions) {
        Set<Long> ids = new HashSet<>();
        decisions.forEach(d -> ids.add(d.getEntryId()));
        Map<Long, ReserveEntry> found = new LinkedHashMap<>();
        em.createQuery("select e from ReserveEntry e where e.reserve = :r and e.id in :ids", ReserveEntry.class)
                .setParameter("r", reserve).setParameter("ids", ids).getResultList()
                .forEach(e -> found.put(e.getId(), e));
        return found;
    }

    /** The decision's effect on its entry (which appends the event to its history). */
    private void apply(Protocol p, Decision d, String by) {
        ReserveEntry e = d.getEntry();
        String detail = "Протокол № " + p.getNumber() + " от " + DATE.format(p.getHeldOn()) + ": за "
                + d.getVotesFor() + ", против " + d.getVotesAgainst() + ", воздержались " + d.getVotesAbstained()
                + (d.getComment() == null ? "" : "; " + d.getComment());
        switch (d.getKind()) {
            case INCLUDE -> {
                e.include(p.getId(), p.getHeldOn(), detail, by, clock.instant());
            }
            case NOT_INCLUDE -> e.notInclude(p.getId(), p.getHeldOn(), detail, by, clock.instant());
            case EXTEND -> e.extend(p.getId(), p.getHeldOn(), detail, by, clock.instant());
            case EXCLUDE -> e.exclude(p.getId(), p.getHeldOn(), d.getExclusionGround(), d.getComment(), by,
                    clock.instant());
        }
    }

    /**
     * The reserve's protocols, newest first, with their decisions (two statements whatever their number): for HR,
     * commission members and administrators who see the reserve.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProtocolRow> protocols(String reserveCode) {
        Reserve reserve = reserves.visible(reserveCode);
        List<Protocol> protocols = em.createQuery("select p from Protocol p where p.reserve = :r order by p.seq desc",
                Protocol.class).setParameter("r", reserve).getResultList();
        Map<Long, List<DecisionRow>> decisions = new LinkedHashMap<>();
        if (!protocols.isEmpty()) {
            for (Decision d : em.createQuery("select d from Decision d join fetch d.entry "
                    + "where d.protocol.reserve = :r order by d.id", Decision.class).setParameter("r", reserve)
                    .getResultList()) {
                decisions.computeIfAbsent(d.getProtocol().getId(), k -> new java.util.ArrayList<>())
                        .add(DecisionRow.of(d));
            }
        }
        audit.record(AuditAction.PERSONS_LISTED, Outcome.SUCCESS, "reserve-protocol", reserve.getCode(),
                "protocols=" + protocols.size());
        return protocols.stream().map(p -> row(p, decisions.getOrDefault(p.getId(), List.of()))).toList();
    }

    private static ProtocolRow row(Protocol p, List<DecisionRow> decisions) {
        return new ProtocolRow(p.getId(), p.getReserve().getCode(), p.getSeq(), p.getNumber(), p.getHeldOn(),
                p.getMembersPresent(), p.getRecordedBy(), decisions, p.getKind());
    }
}
