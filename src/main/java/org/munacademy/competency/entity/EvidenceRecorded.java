package org.munacademy.competency.entity;

/**
 * A CDI event: evidence about a person was recorded (by a person through {@code EvidenceFacade.record}, or by the
 * system through {@code SystemEvidence.record}, or withdrawn by it), so what follows from the person's levels may
 * change. Fired inside the recording transaction, once per person and transaction however many pieces it records or
 * withdraws; observers that change other data should observe it AFTER_SUCCESS, so that their failure
 * cannot undo the evidence.
 */
public record EvidenceRecorded(long personId) {
}
