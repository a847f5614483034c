package org.munacademy.reserve.entity;

import java.time.LocalDate;

/** One line of an entry's history, in order of {@code seq}. */
public record EventRow(long seq, EntryEventKind kind, EntryStatus status, LocalDate happenedOn, String actor,
        String detail) {

    public static EventRow of(EntryEvent e) {
        return new EventRow(e.getSeq(), e.getKind(), e.getStatus(), e.getHappenedOn(), e.getActor(), e.getDetail());
    }
}
