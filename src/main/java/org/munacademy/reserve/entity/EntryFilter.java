package org.munacademy.reserve.entity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Filters of the entries list; null (or no status) means any. Several statuses are one {@code in}: the protocol
 * dialog reads every open entry of a reserve in one query instead of one query per status.
 */
public record EntryFilter(String reserveCode, Set<EntryStatus> statuses, String targetGroupCode, Readiness readiness) {

    public EntryFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    /** One status, or any when null. */
    public EntryFilter(String reserveCode, EntryStatus status, String targetGroupCode, Readiness readiness) {
        this(reserveCode, status == null ? Set.of() : Set.of(status), targetGroupCode, readiness);
    }

    /** Any of these statuses (any status when empty). */
    public static EntryFilter of(String reserveCode, Collection<EntryStatus> statuses) {
        return new EntryFilter(reserveCode, statuses == null ? Set.of() : Set.copyOf(statuses), null, null);
    }

    public static EntryFilter all() {
        return new EntryFilter(null, Set.of(), null, null);
    }
}
