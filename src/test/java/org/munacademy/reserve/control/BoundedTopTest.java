package org.munacademy.reserve.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.munacademy.reserve.control.BoundedTop.Bounded;
import org.munacademy.reserve.control.ShortlistRanker.Key;
import org.munacademy.reserve.entity.Readiness;

class BoundedTopTest {

    /** Keys with a fit rounded to three decimals (as the gap report's) and a bound at or above the unrounded fit. */
    private record Data(List<Bounded> bounded, Map<Long, Key> keys) {
    }

    private static Data random(Random random, int n, boolean fewFits) {
        List<Bounded> bounded = new ArrayList<>();
        Map<Long, Key> keys = new HashMap<>();
        for (int i = 0; i < n; i++) {
            long id = 1 + random.nextInt(100_000) * 100L + i;
            double raw = fewFits ? random.nextInt(4) / 3.0 : random.nextDouble();
            double fit = Math.round(raw * 1000) / 1000.0;
            // a bound that is sometimes exactly the unrounded fit (rounding may then lift the fit above it)
            double bound = random.nextInt(3) == 0 ? raw : Math.min(1.0, raw + random.nextDouble() * 0.3);
            bounded.add(new Bounded(id, bound));
            keys.put(id, new Key(fit, random.nextInt(3), Readiness.values()[random.nextInt(4)],
                    random.nextInt(3) * 100L, random.nextInt(3) * 25, id));
        }
        return new Data(bounded, keys);
    }

    @Test
    void the_best_k_equal_ranking_every_candidate_exactly_on_random_data() {
        for (long seed = 1; seed <= 400; seed++) {
            Random random = new Random(seed);
            Data d = random(random, 1 + random.nextInt(300), seed % 3 == 0);
            int k = random.nextInt(60);
            int batch = 1 + random.nextInt(50);
            List<Key> all = ShortlistRanker.rank(new ArrayList<>(d.keys().values()), x -> x);
            BoundedTop.Result<Key> top = BoundedTop.top(d.bounded(), k, batch,
                    ids -> ids.stream().map(d.keys()::get).toList(), x -> x);
            assertThat(top.rows()).as("seed %d, k %d, batch %d", seed, k, batch)
                    .containsExactlyElementsOf(all.subList(0, Math.min(k, all.size())));
        }
    }

    @Test
    void with_tight_bounds_few_candidates_are_computed_exactly() {
        Random random = new Random(7);
        List<Bounded> bounded = new ArrayList<>();
        Map<Long, Key> keys = new HashMap<>();
        for (long id = 1; id <= 10_000; id++) {
            double fit = Math.round(random.nextDouble() * 1000) / 1000.0;
            bounded.add(new Bounded(id, Math.min(1.0, fit + 0.05)));
            keys.put(id, new Key(fit, 0, Readiness.NOT_READY, 0, 0, id));
        }
        List<Long> computed = new ArrayList<>();
        BoundedTop.Result<Key> top = BoundedTop.top(bounded, 50, 500, ids -> {
            computed.addAll(ids);
            return ids.stream().map(keys::get).toList();
        }, x -> x);
        assertThat(top.rows()).hasSize(50);
        assertThat(top.computed()).isEqualTo(computed.size()).isEqualTo(1000);
    }

    @Test
    void no_candidates_or_none_wanted_give_no_rows() {
        assertThat(BoundedTop.<Key>top(List.of(), 10, 100, ids -> List.of(), x -> x).rows()).isEmpty();
        Data d = random(new Random(3), 20, false);
        BoundedTop.Result<Key> none = BoundedTop.top(d.bounded(), 0, 5,
                ids -> ids.stream().map(d.keys()::get).toList(), x -> x);
        assertThat(none.rows()).isEmpty();
    }
}
