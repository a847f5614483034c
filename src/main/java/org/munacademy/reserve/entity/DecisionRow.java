package org.munacademy.reserve.entity;

/** One decision of a protocol as listed. */
public record DecisionRow(Long entryId, Long personId, DecisionKind kind, int votesFor, int votesAgainst,
        int votesAbstained, ExclusionGround ground, String comment) {

    public static DecisionRow of(Decision d) {
        return new DecisionRow(d.getEntry().getId(), d.getEntry().getPersonId(), d.getKind(), d.getVotesFor(),
                d.getVotesAgainst(), d.getVotesAbstained(), d.getExclusionGround(), d.getComment());
    }
}
