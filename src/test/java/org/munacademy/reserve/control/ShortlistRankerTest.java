package org.munacademy.reserve.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.munacademy.reserve.control.ShortlistRanker.Key;
import org.munacademy.reserve.entity.Readiness;

class ShortlistRankerTest {

    @Test
    void a_better_fit_ranks_first_whatever_else() {
        Key a = new Key(0.800, 3, Readiness.NOT_READY, 0, 0, 9);
        Key b = new Key(0.799, 0, Readiness.READY_NOW, 900, 100, 1);
        assertThat(ShortlistRanker.rank(List.of(b, a), k -> k)).containsExactly(a, b);
    }

    @Test
    void ties_are_broken_by_below_minimum_readiness_time_in_reserve_plan_progress_then_person_id() {
        Key base = new Key(0.7, 1, Readiness.WITHIN_1_YEAR, 100, 50, 5);
        Key fewerBelow = new Key(0.7, 0, Readiness.ONE_TO_TWO_YEARS, 0, 0, 9);
        Key betterReadiness = new Key(0.7, 1, Readiness.READY_NOW, 0, 0, 9);
        Key longer = new Key(0.7, 1, Readiness.WITHIN_1_YEAR, 200, 0, 9);
        Key moreProgress = new Key(0.7, 1, Readiness.WITHIN_1_YEAR, 100, 60, 9);
        Key lowerId = new Key(0.7, 1, Readiness.WITHIN_1_YEAR, 100, 50, 4);
        assertThat(ShortlistRanker.rank(List.of(base, lowerId, moreProgress, longer, betterReadiness, fewerBelow),
                k -> k)).containsExactly(fewerBelow, betterReadiness, longer, moreProgress, lowerId, base);
    }

    /**
     * Brute force: a candidate's place is the number of candidates that beat it, where "beats" is written out
     * criterion by criterion (no comparator); the ranking must put every candidate at that place.
     */
    @Test
    void the_ranking_equals_a_brute_force_computation_on_random_data() {
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            int n = 1 + random.nextInt(40);
            List<Key> keys = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // few distinct values, so that ties reach every criterion
                keys.add(new Key(random.nextInt(5) / 4.0, random.nextInt(3),
                        Readiness.values()[random.nextInt(Readiness.values().length)], random.nextInt(3) * 100L,
                        random.nextInt(3) * 25, random.nextInt(1000) * 1000L + i));
            }
            List<Key> ranked = ShortlistRanker.rank(keys, k -> k);
            assertThat(ranked).as("seed %d", seed).hasSameSizeAs(keys).containsExactlyInAnyOrderElementsOf(keys);
            for (Key k : keys) {
                long beaten = keys.stream().filter(o -> beats(o, k)).count();
                assertThat(ranked.indexOf(k)).as("seed %d, %s", seed, k).isEqualTo((int) beaten);
            }
        }
    }

    private static boolean beats(Key a, Key b) {
        if (a.fit() != b.fit()) {
            return a.fit() > b.fit();
        }
        if (a.belowMin() != b.belowMin()) {
            return a.belowMin() < b.belowMin();
        }
        if (a.readiness() != b.readiness()) {
            return a.readiness().ordinal() < b.readiness().ordinal();
        }
        if (a.daysInReserve() != b.daysInReserve()) {
            return a.daysInReserve() > b.daysInReserve();
        }
        if (a.planPercent() != b.planPercent()) {
            return a.planPercent() > b.planPercent();
        }
        return a.personId() < b.personId();
    }
}
