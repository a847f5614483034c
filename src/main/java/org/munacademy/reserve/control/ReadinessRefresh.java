package org.munacademy.reserve.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.munacademy.reserve.entity.EntryStatus;
import org.munacademy.reserve.entity.ReserveEntry.Target;

/**
 * The rules of the daily readiness refresh: pure, "today" passed in. Readiness follows from evidence and from the
 * day (evidence expires, a level turns stale, a window slides), so the stored readiness of an open entry is only
 * good for the day it was computed on.
 * <ul>
 * <li><b>Due.</b> An open entry (NOMINATED, INCLUDED, IN_DEVELOPMENT) whose readiness was never computed (the seeded
 * history) or was computed before today. Closed entries keep the readiness they had when they closed.</li>
 * <li><b>Batches.</b> Due entries are taken in order of id, at most {@link #BATCH} at a time; a batch is computed
 * per target (position group and position), so the gaps of all its persons against one target come from one call
 * of competency's {@code ProfileGaps}, whatever their number.</li>
 * <li><b>Cursor.</b> A run goes on after the last id of a full batch and starts again from the first id after a
 * short one, so an entry whose computation keeps failing never holds back the entries after it.</li>
 * </ul>
 */
public final class ReadinessRefresh {

    /** The most entries computed in one transaction. */
    public static final int BATCH = 200;

    /** The statuses whose readiness is kept current. */
    public static final Set<EntryStatus> OPEN = Set.of(EntryStatus.NOMINATED, EntryStatus.INCLUDED,
            EntryStatus.IN_DEVELOPMENT);

    private ReadinessRefresh() {
    }

    /** Whether the entry's readiness is to be computed (again) today. */
    public static boolean due(EntryStatus status, LocalDate readinessOn, LocalDate today) {
        return OPEN.contains(status) && (readinessOn == null || readinessOn.isBefore(today));
    }

    /** The items grouped by target, targets in order of first appearance, items in their given order. */
    public static <T> Map<Target, List<T>> byTarget(List<T> items, Function<T, Target> target) {
        Map<Target, List<T>> out = new LinkedHashMap<>();
        for (T item : items) {
            out.computeIfAbsent(target.apply(item), t -> new ArrayList<>()).add(item);
        }
        return out;
    }

    /**
     * Where the next batch starts after one of {@code ids} (in order) was read with the given limit: after its last
     * id when it was full (there may be more), from the start (0) when it was short.
     */
    public static long nextAfter(List<Long> ids, int limit) {
        return ids.size() < limit || ids.isEmpty() ? 0 : ids.get(ids.size() - 1);
    }
}
