package org.munacademy.reserve.entity;

/**
 * What the reserve did with one contest admission.
 *
 * @param status admitted now, admitted before by the same protocol (nothing changed), or an open entry of the person
 *        in that reserve was kept (nothing changed)
 * @param entryId the entry admitted now or before, or the open entry kept
 * @param reserveCode the reserve the admission went to
 * @param entryStatus that entry's status now
 * @param planItems the items of the entry's development plan (0 when it has none)
 */
public record ContestIntakeResult(Status status, long entryId, String reserveCode, EntryStatus entryStatus,
        int planItems) {

    /** The outcome of an admission. */
    public enum Status {
        /** A new entry, included on the contest's protocol, with a development plan. */
        ADMITTED,
        /** The same person was admitted by the same protocol before: that entry is returned unchanged. */
        ALREADY_ADMITTED,
        /** The person has an open entry (nominated or in the reserve) there: it is kept, no second entry. */
        KEPT_OPEN_ENTRY
    }
}
