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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.munacademy.shared.entity.BaseEntity;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.FieldLimits;

/**
 * A commission's protocol: its number and date in the reserve, the members present, and its decisions — several
 * entries at once, each with the votes. A decision passes by a simple majority of the members present. A protocol of
 * kind {@link ProtocolKind#CONTEST_RESULTS} is the contest's results protocol that admitted winners and finalists
 * (ADR 14): number and date only, no members, no decisions (the entries point at it); numbers are unique per reserve
 * and kind.
 */
@Entity
@Table(name = "reserve_protocol")
public class Protocol extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reserve_id", nullable = false, updatable = false)
    private Reserve reserve;

    @Column(nullable = false, updatable = false)
    private long seq;

    @Column(nullable = false, length = FieldLimits.RESERVE_DOCUMENT_NUMBER, updatable = false)
    private String number;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    /** The names of the members present, as the protocol lists them (one per line). */
    @Column(name = "members_present", nullable = false, length = FieldLimits.RESERVE_COMMENT, updatable = false)
    private String membersPresent;

    @Column(name = "present_count", nullable = false, updatable = false)
    private int presentCount;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ProtocolKind kind = ProtocolKind.COMMISSION;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "protocol", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Decision> decisions = new ArrayList<>();

    protected Protocol() {
    }

    public Protocol(Reserve reserve, String number, LocalDate heldOn, List<String> membersPresent, String by,
            Instant now) {
        this.reserve = reserve;
        this.seq = reserve.nextProtocolSeq();
        this.number = number.strip();
        this.heldOn = heldOn;
        this.membersPresent = String.join("\n", membersPresent);
        this.presentCount = membersPresent.size();
        this.recordedBy = by;
        this.createdAt = now;
    }

    /**
     * The contest's results protocol in this reserve (ADR 14): its number and date, recorded by the system, with no
     * members present and no decisions — the contest's jury decided, not the reserve's commission.
     */
    public static Protocol contestResults(Reserve reserve, String number, LocalDate heldOn, Instant now) {
        Protocol p = new Protocol(reserve, number, heldOn, List.of(), ReserveEntry.SYSTEM, now);
        p.kind = ProtocolKind.CONTEST_RESULTS;
        return p;
    }

    /** Adds a decision after checking its votes against the members present and the majority. */
    public Decision decide(ReserveEntry entry, DecisionKind kind, int votesFor, int votesAgainst, int abstained,
            ExclusionGround ground, String comment) {
        if (this.kind != ProtocolKind.COMMISSION) {
            throw new BusinessException(ReserveError.VOTES, "a contest's results protocol has no votes");
        }
        if (votesFor < 0 || votesAgainst < 0 || abstained < 0) {
            throw new BusinessException(ReserveError.VOTES, "votes are not negative");
        }
        if (votesFor + votesAgainst + abstained > presentCount) {
            throw new BusinessException(ReserveError.VOTES, (votesFor + votesAgainst + abstained) + " > "
                    + presentCount);
        }
        if (votesFor * 2 <= presentCount) {
            throw new BusinessException(ReserveError.VOTES, votesFor + " of " + presentCount);
        }
        Decision d = new Decision(this, entry, kind, votesFor, votesAgainst, abstained, ground, comment);
        decisions.add(d);
        return d;
    }

    public Reserve getReserve() {
        return reserve;
    }

    public long getSeq() {
        return seq;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public List<String> getMembersPresent() {
        return membersPresent.isEmpty() ? List.of() : List.of(membersPresent.split("\n"));
    }

    public ProtocolKind getKind() {
        return kind;
    }

    public int getPresentCount() {
        return presentCount;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public List<Decision> getDecisions() {
        return Collections.unmodifiableList(decisions);
    }
}
