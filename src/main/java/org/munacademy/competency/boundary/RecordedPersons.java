package org.munacademy.competency.boundary;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * The persons whose level snapshot the current transaction has already marked out of date: finishing an attempt
 * records a piece of evidence per competency, and one mark per person is enough (the row stays locked and its
 * version moved until the commit).
 */
@TransactionScoped
class MarkedOutOfDate implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Set<Long> persons = new HashSet<>();

    /** Whether the person is marked now for the first time in this transaction. */
    boolean firstTime(long personId) {
        return persons.add(personId);
    }
}
