package org.munacademy.reserve.entity;

/** Filters of the entries list; null means any. */
public record EntryFilter(String reserveCode, EntryStatus status, String targetGroupCode, Readiness readiness) {

    public static EntryFilter all() {
        return new EntryFilter(null, null, null, null);
    }
}
