package org.munacademy.reserve.control;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.munacademy.reserve.entity.Readiness;

/**
 * Ranks shortlist candidates for a vacancy. The order, stated once here:
 * <ol>
 * <li>weighted fit to the required profile, higher first (compared as computed, to three decimals);</li>
 * <li>fewer competencies below minimum first;</li>
 * <li>better readiness first (READY_NOW, WITHIN_1_YEAR, ONE_TO_TWO_YEARS, NOT_READY);</li>
 * <li>longer time in the reserve first (days; 0 for a candidate outside the reserve);</li>
 * <li>higher development plan progress first (percent done; 0 without a plan);</li>
 * <li>lower person id first (so that the order is total and stable between calls).</li>
 * </ol>
 */
public final class ShortlistRanker {

    /** What the ranking looks at, for one candidate. */
    public record Key(double fit, int belowMin, Readiness readiness, long daysInReserve, int planPercent,
            long personId) {
    }

    /** The stated order as a comparator (best first). */
    public static final Comparator<Key> ORDER = Comparator.comparingDouble(Key::fit).reversed()
            .thenComparingInt(Key::belowMin)
            .thenComparing(Key::readiness)
            .thenComparing(Comparator.comparingLong(Key::daysInReserve).reversed())
            .thenComparing(Comparator.comparingInt(Key::planPercent).reversed())
            .thenComparingLong(Key::personId);

    private ShortlistRanker() {
    }

    /** The candidates, best first; the list given is not changed. */
    public static <T> List<T> rank(List<T> candidates, Function<T, Key> key) {
        return candidates.stream().sorted(Comparator.comparing(key, ORDER)).toList();
    }
}
