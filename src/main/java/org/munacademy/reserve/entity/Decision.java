package org.munacademy.reserve.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.munacademy.shared.entity.BaseEntity;
import org.munacademy.shared.entity.FieldLimits;

/** One decision of a protocol about one entry, with the votes (for, against, abstained). */
@Entity
@Table(name = "reserve_decision")
public class Decision extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "protocol_id", nullable = false, updatable = false)
    private Protocol protocol;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false, updatable = false)
    private ReserveEntry entry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private DecisionKind kind;

    @Column(name = "votes_for", nullable = false, updatable = false)
    private int votesFor;

    @Column(name = "votes_against", nullable = false, updatable = false)
    private int votesAgainst;

    @Column(name = "votes_abstained", nullable = false, updatable = false)
    private int votesAbstained;

    @Enumerated(EnumType.STRING)
    @Column(name = "exclusion_ground", length = 40, updatable = false)
    private ExclusionGround exclusionGround;

    @Column(length = FieldLimits.RESERVE_COMMENT, updatable = false)
    private String comment;

    protected Decision() {
    }

    Decision(Protocol protocol, ReserveEntry entry, DecisionKind kind, int votesFor, int votesAgainst,
            int votesAbstained, ExclusionGround ground, String comment) {
        this.protocol = protocol;
        this.entry = entry;
        this.kind = kind;
        this.votesFor = votesFor;
        this.votesAgainst = votesAgainst;
        this.votesAbstained = votesAbstained;
        this.exclusionGround = ground;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public Protocol getProtocol() {
        return protocol;
    }

    public ReserveEntry getEntry() {
        return entry;
    }

    public DecisionKind getKind() {
        return kind;
    }

    public int getVotesFor() {
        return votesFor;
    }

    public int getVotesAgainst() {
        return votesAgainst;
    }

    public int getVotesAbstained() {
        return votesAbstained;
    }

    public ExclusionGround getExclusionGround() {
        return exclusionGround;
    }

    public String getComment() {
        return comment;
    }
}
