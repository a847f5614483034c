package org.munacademy.reserve.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.munacademy.shared.entity.BaseEntity;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.FieldLimits;

/**
 * A person in a reserve for a target (a position group, optionally one position), and the entry's life cycle:
 * NOMINATED → INCLUDED (by a protocol, for the reserve's term) → IN_DEVELOPMENT (a plan exists) → APPOINTED | EXCLUDED
 * (a ground from the list) | EXPIRED (the term elapsed); a nomination the commission refuses ends NOT_INCLUDED. Every
 * change goes through a method here that appends an {@link EntryEvent} with the next sequence number, so the history
 * is complete and ordered. HR may withdraw a nomination before the commission decides (WITHDRAWN, closed). Readiness
 * is recorded here as computed, with an event when it changes.
 */
@Entity
@Table(name = "reserve_entry")
public class ReserveEntry extends BaseEntity {

    /** Who acts when the system does (the expiry job, a recomputation). */
    public static final String SYSTEM = "system";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reserve_id", nullable = false, updatable = false)
    private Reserve reserve;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "region_id", nullable = false, updatable = false)
    private Long regionId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private Long municipalityId;

    @Column(name = "target_group_id", nullable = false)
    private Long targetGroupId;

    @Column(name = "target_position_id")
    private Long targetPositionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private InclusionBasis basis;

    @Column(name = "basis_document", length = FieldLimits.RESERVE_NAME)
    private String basisDocument;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryStatus status;

    @Column(name = "nominated_by", nullable = false, updatable = false)
    private String nominatedBy;

    @Column(name = "nominated_on", nullable = false, updatable = false)
    private LocalDate nominatedOn;

    @Column(name = "nomination_note", length = FieldLimits.RESERVE_COMMENT)
    private String nominationNote;

    @Column(name = "included_on")
    private LocalDate includedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(nullable = false)
    private int extensions;

    @Column(nullable = false)
    private int refusals;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "exclusion_ground", length = 40)
    private ExclusionGround exclusionGround;

    @Column(name = "closing_comment", length = FieldLimits.RESERVE_COMMENT)
    private String closingComment;

    /** The protocol of the last commission decision about this entry. */
    @Column(name = "decision_protocol_id")
    private Long decisionProtocolId;

    /** The contest's results protocol that admitted the entry (ADR 14); null for a nomination by HR. */
    @Column(name = "contest_protocol_id", updatable = false)
    private Long contestProtocolId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Readiness readiness;

    @Column(name = "readiness_fit", precision = 5, scale = 3)
    private BigDecimal readinessFit;

    @Column(name = "readiness_below_min")
    private Integer readinessBelowMin;

    @Column(name = "readiness_on")
    private LocalDate readinessOn;

    @Column(name = "event_seq", nullable = false)
    private long eventSeq;

    /** The "expires in 60 days" notice went out (set by the notice job's conditional UPDATE). */
    @Column(name = "notified_60", nullable = false)
    private boolean notified60;

    /** The "expires in 14 days" notice went out (set by the notice job's conditional UPDATE). */
    @Column(name = "notified_14", nullable = false)
    private boolean notified14;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /**
     * While set (a contest admission, until its own notice is sent in the same transaction), new lines are written as
     * told: a line's told flag is not updatable, so it is decided when the line is written. Not stored.
     */
    @jakarta.persistence.Transient
    private boolean toldByOwnNotice;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.PERSIST)
    @OrderBy("seq")
    private List<EntryEvent> events = new ArrayList<>();

    protected ReserveEntry() {
    }

    /** Where the person works when nominated (kept for analytics by place). */
    public record Place(long regionId, long municipalityId) {
    }

    /** The target: a position group, and optionally one position in it. */
    public record Target(long groupId, Long positionId) {
    }

    /** A nomination by HR or a head: the commission decides on it in a protocol. */
    public static ReserveEntry nominate(Reserve reserve, long personId, Place place, Target target,
            InclusionBasis basis, String basisDocument, String note, String by, LocalDate on, Instant now) {
        ReserveEntry e = new ReserveEntry();
        e.reserve = reserve;
        e.personId = personId;
        e.regionId = place.regionId();
        e.municipalityId = place.municipalityId();
        e.targetGroupId = target.groupId();
        e.targetPositionId = target.positionId();
        e.basis = Objects.requireNonNull(basis);
        e.basisDocument = blankToNull(basisDocument);
        e.nominationNote = blankToNull(note);
        e.nominatedBy = by;
        e.nominatedOn = on;
        e.createdAt = now;
        e.status = EntryStatus.NOMINATED;
        e.event(EntryEventKind.NOMINATED, on, by, e.nominationNote, now);
        return e;
    }

    /**
     * A winner or finalist of «Муниципальный лидер» admitted by the contest's results protocol (ADR 14): the entry is
     * INCLUDED at once, from the protocol's date for the reserve's term, on the basis LEADER_CONTEST, by the system —
     * one INCLUDED line whose detail names the basis and the protocol. No commission voted, so there is no NOMINATED
     * line and no decision.
     */
    public static ReserveEntry admitByContest(Reserve reserve, long personId, Place place, Target target,
            String basisDocument, String note, long protocolId, LocalDate heldOn, String detail, Instant now) {
        ReserveEntry e = new ReserveEntry();
        e.reserve = reserve;
        e.personId = personId;
        e.regionId = place.regionId();
        e.municipalityId = place.municipalityId();
        e.targetGroupId = target.groupId();
        e.targetPositionId = target.positionId();
        e.basis = InclusionBasis.LEADER_CONTEST;
        e.basisDocument = blankToNull(basisDocument);
        e.nominationNote = blankToNull(note);
        e.nominatedBy = SYSTEM;
        e.nominatedOn = heldOn;
        e.createdAt = now;
        e.status = EntryStatus.INCLUDED;
        e.includedOn = heldOn;
        e.validUntil = heldOn.plusMonths(reserve.getTermMonths());
        e.decisionProtocolId = protocolId;
        e.contestProtocolId = protocolId;
        e.toldByOwnNotice = true;
        e.event(EntryEventKind.INCLUDED, heldOn, SYSTEM, detail, now);
        return e;
    }

    /**
     * The contest admission's own notice went out (in this transaction): it told of the lines written since
     * {@link #admitByContest} (the inclusion, the plan), which were written as told so that the reserve's job does not
     * tell them again in the commission's wording; lines from now on are news again.
     */
    public void ownNoticeSent() {
        toldByOwnNotice = false;
    }

    /** The commission includes the person, from the protocol's date, for the reserve's term. */
    public void include(long protocolId, LocalDate heldOn, String detail, String by, Instant now) {
        require(status == EntryStatus.NOMINATED, "include");
        status = EntryStatus.INCLUDED;
        includedOn = heldOn;
        validUntil = heldOn.plusMonths(reserve.getTermMonths());
        decisionProtocolId = protocolId;
        event(EntryEventKind.INCLUDED, heldOn, by, detail, now);
    }

    /** The commission refuses the nomination. */
    public void notInclude(long protocolId, LocalDate heldOn, String detail, String by, Instant now) {
        require(status == EntryStatus.NOMINATED, "not-include");
        status = EntryStatus.NOT_INCLUDED;
        closedOn = heldOn;
        decisionProtocolId = protocolId;
        event(EntryEventKind.NOT_INCLUDED, heldOn, by, detail, now);
    }

    /**
     * HR withdraws the nomination before the commission decided (the person left, the nomination was a mistake): the
     * entry closes as WITHDRAWN with the reason, and the person may be nominated to the reserve again.
     */
    public void withdraw(LocalDate on, String reason, String by, Instant now) {
        if (status != EntryStatus.NOMINATED) {
            throw new BusinessException(ReserveError.WITHDRAW_NOT_NOMINATED, status.name());
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException(ReserveError.WITHDRAW_REASON_REQUIRED);
        }
        status = EntryStatus.WITHDRAWN;
        closedOn = on;
        closingComment = reason.strip();
        event(EntryEventKind.WITHDRAWN, on, by, closingComment, now);
    }

    /** The commission extends the term by the reserve's extension, as often as its rules allow. */
    public void extend(long protocolId, LocalDate heldOn, String detail, String by, Instant now) {
        require(status.inReserve(), "extend");
        if (extensions >= reserve.getExtensionsAllowed()) {
            throw new BusinessException(ReserveError.NO_MORE_EXTENSIONS, reserve.getExtensionsAllowed());
        }
        extensions++;
        validUntil = validUntil.plusMonths(reserve.getExtensionMonths());
        notified60 = false; // the new term gets its own notices before it ends
        notified14 = false;
        decisionProtocolId = protocolId;
        event(EntryEventKind.EXTENDED, heldOn, by, detail, now);
    }

    /** The commission excludes the person on a ground from the list (with a comment). */
    public void exclude(long protocolId, LocalDate heldOn, ExclusionGround ground, String comment, String by,
            Instant now) {
        require(status.inReserve() || status == EntryStatus.NOMINATED, "exclude");
        if (ground == null) {
            throw new BusinessException(ReserveError.GROUND_REQUIRED);
        }
        status = EntryStatus.EXCLUDED;
        exclusionGround = ground;
        closingComment = blankToNull(comment);
        closedOn = heldOn;
        decisionProtocolId = protocolId;
        event(EntryEventKind.EXCLUDED, heldOn, by, ground.name() + (closingComment == null ? "" : ": " + comment),
                now);
    }

    /** The term elapsed (the expiry job): the entry closes as expired. */
    public void expire(LocalDate on, Instant now) {
        require(status.inReserve() && validUntil != null && validUntil.isBefore(on), "expire");
        status = EntryStatus.EXPIRED;
        closedOn = on;
        event(EntryEventKind.EXPIRED, on, SYSTEM, "valid until " + validUntil, now);
    }

    /** A development plan was drawn up: the person is in development. */
    public void startDevelopment(LocalDate on, String by, Instant now) {
        require(status.inReserve(), "plan");
        if (status == EntryStatus.INCLUDED) {
            status = EntryStatus.IN_DEVELOPMENT;
        }
        event(EntryEventKind.PLAN_CREATED, on, by, null, now);
    }

    /** Appointed to a position from the reserve: the entry closes as a career lift. */
    public void appoint(LocalDate on, String detail, String by, Instant now) {
        require(status.inReserve(), "appoint");
        status = EntryStatus.APPOINTED;
        closedOn = on;
        closingComment = blankToNull(detail);
        event(EntryEventKind.APPOINTED, on, by, detail, now);
    }

    /** A refused offer; the count decides, with the reserve's rule, whether refusals became a ground. */
    public void recordRefusal(LocalDate on, String detail, String by, Instant now) {
        require(status.inReserve(), "refuse");
        refusals++;
        event(EntryEventKind.OFFER_REFUSED, on, by, detail, now);
    }

    /**
     * A refused offer of the position {@code what}, with the refusal's comment: the history line names the position,
     * the comment and the count against the reserve's limit («отказов 2 из 2»).
     */
    public void recordRefusal(LocalDate on, String what, String comment, String by, Instant now) {
        recordRefusal(on, what + (comment == null ? "" : "; " + comment) + "; отказов " + (refusals + 1) + " из "
                + reserve.getRefusalsAllowed(), by, now);
    }

    /** Whether the refusals reached the reserve's limit (a ground the commission may act on, never automatic). */
    public boolean refusalsExhausted() {
        return refusals >= reserve.getRefusalsAllowed();
    }

    /**
     * Records a computed readiness; appends READINESS_CHANGED when the level changes (the first computation included),
     * and returns whether it did. The first computation (no level before: a new entry, or the seeded history on the
     * daily job's first run) is never news: its line is marked told, so no notice could ever go out for it.
     */
    public boolean recordReadiness(Readiness level, double fit, int belowMin, LocalDate on, String detail,
            Instant now) {
        boolean changed = level != readiness;
        Readiness before = readiness;
        readiness = level;
        readinessFit = BigDecimal.valueOf(fit).setScale(3, RoundingMode.HALF_UP);
        readinessBelowMin = belowMin;
        readinessOn = on;
        if (changed) {
            EntryEvent line = event(EntryEventKind.READINESS_CHANGED, on, SYSTEM,
                    (before == null ? "—" : before.name()) + " → " + level.name()
                            + (detail == null ? "" : "; " + detail), now);
            if (before == null) {
                line.markTold();
            }
        }
        return changed;
    }

    /** Any other line of history (plan changes, offers, notices). */
    public EntryEvent event(EntryEventKind kind, LocalDate on, String by, String detail, Instant now) {
        EntryEvent e = new EntryEvent(this, ++eventSeq, kind, on, by, detail, now);
        if (toldByOwnNotice) {
            e.markTold();
        }
        events.add(e);
        return e;
    }

    /**
     * Marks the whole history as told before the entry is first stored: seeded history (content) is not news, so the
     * notice job sends nothing for it — neither the persons' notices nor HR's expiry notices whose window has already
     * begun on the day of loading (later windows still send theirs).
     */
    public void historyIsNotNews(LocalDate today, int firstNoticeDays, int secondNoticeDays) {
        events.forEach(EntryEvent::markTold);
        if (status.inReserve() && validUntil != null) {
            notified60 = !validUntil.isAfter(today.plusDays(firstNoticeDays));
            notified14 = !validUntil.isAfter(today.plusDays(secondNoticeDays));
        }
    }

    public boolean isNotified60() {
        return notified60;
    }

    public boolean isNotified14() {
        return notified14;
    }

    /** The days in the reserve on a given day (0 before inclusion). */
    public long daysInReserve(LocalDate on) {
        if (includedOn == null) {
            return 0;
        }
        LocalDate end = closedOn != null && closedOn.isBefore(on) ? closedOn : on;
        return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(includedOn, end));
    }

    private void require(boolean allowed, String step) {
        if (!allowed) {
            throw new BusinessException(ReserveError.ENTRY_STATUS, step, status.name());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Reserve getReserve() {
        return reserve;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getRegionId() {
        return regionId;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public Long getTargetGroupId() {
        return targetGroupId;
    }

    public Long getTargetPositionId() {
        return targetPositionId;
    }

    public InclusionBasis getBasis() {
        return basis;
    }

    public String getBasisDocument() {
        return basisDocument;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public String getNominatedBy() {
        return nominatedBy;
    }

    public LocalDate getNominatedOn() {
        return nominatedOn;
    }

    public String getNominationNote() {
        return nominationNote;
    }

    public LocalDate getIncludedOn() {
        return includedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public int getExtensions() {
        return extensions;
    }

    public int getRefusals() {
        return refusals;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public ExclusionGround getExclusionGround() {
        return exclusionGround;
    }

    public String getClosingComment() {
        return closingComment;
    }

    public Long getDecisionProtocolId() {
        return decisionProtocolId;
    }

    public Long getContestProtocolId() {
        return contestProtocolId;
    }

    public Readiness getReadiness() {
        return readiness;
    }

    public Double getReadinessFit() {
        return readinessFit == null ? null : readinessFit.doubleValue();
    }

    public Integer getReadinessBelowMin() {
        return readinessBelowMin;
    }

    public LocalDate getReadinessOn() {
        return readinessOn;
    }

    public List<EntryEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }
}
