package org.munacademy.reserve.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.munacademy.shared.entity.FieldLimits;

/** One decision of a protocol as entered: the entry, what is decided, the votes, a ground (to exclude), a comment. */
public class DecisionData {

    @NotNull(message = "{reserve.decision.entry.required}")
    private Long entryId;

    @NotNull(message = "{reserve.decision.kind.required}")
    private DecisionKind kind;

    private int votesFor;

    private int votesAgainst;

    private int votesAbstained;

    private ExclusionGround ground;

    @Size(max = FieldLimits.RESERVE_COMMENT, message = "{reserve.comment.size}")
    private String comment;

    public DecisionData() {
    }

    public DecisionData(Long entryId, DecisionKind kind, int votesFor, int votesAgainst, int votesAbstained,
            ExclusionGround ground, String comment) {
        this.entryId = entryId;
        this.kind = kind;
        this.votesFor = votesFor;
        this.votesAgainst = votesAgainst;
        this.votesAbstained = votesAbstained;
        this.ground = ground;
        this.comment = comment;
    }

    public Long getEntryId() {
        return entryId;
    }

    public void setEntryId(Long entryId) {
        this.entryId = entryId;
    }

    public DecisionKind getKind() {
        return kind;
    }

    public void setKind(DecisionKind kind) {
        this.kind = kind;
    }

    public int getVotesFor() {
        return votesFor;
    }

    public void setVotesFor(int votesFor) {
        this.votesFor = votesFor;
    }

    public int getVotesAgainst() {
        return votesAgainst;
    }

    public void setVotesAgainst(int votesAgainst) {
        this.votesAgainst = votesAgainst;
    }

    public int getVotesAbstained() {
        return votesAbstained;
    }

    public void setVotesAbstained(int votesAbstained) {
        this.votesAbstained = votesAbstained;
    }

    public ExclusionGround getGround() {
        return ground;
    }

    public void setGround(ExclusionGround ground) {
        this.ground = ground;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
