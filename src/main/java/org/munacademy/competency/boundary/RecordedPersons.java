package org.munacademy.competency.boundary;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * The persons whose evidence the current transaction has already announced ({@code EvidenceRecorded}): finishing an
 * attempt records a piece of evidence per competency, a regrading withdraws and records again, and every observer
 * (the level snapshot marked out of date, readiness and plans recomputed after the commit) needs the news once per
 * person, not once per piece.
 */
@TransactionScoped
class RecordedPersons implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Set<Long> persons = new HashSet<>();

    /** Whether the person's evidence changes for the first time in this transaction. */
    boolean firstTime(long personId) {
        return persons.add(personId);
    }
}
