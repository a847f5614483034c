package org.munacademy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.function.IntFunction;

/**
 * One measured phase of a benchmark against a running server: {@code calls} GETs one after another (after 20
 * unmeasured), with the SQL statements the server counted over them (its own counter, read as the administrator,
 * less what reading the counter costs), and a table line of p50/p95, statements per call and ratios to a baseline.
 */
final class BenchPhase {

    private BenchPhase() {
    }

    static BenchStats measure(BenchHttp who, BenchHttp admin, int calls, IntFunction<String> path) {
        for (int i = 0; i < 20; i++) {
            BenchHttp.Reply r = who.get(path.apply(i));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
        long before = statements(admin);
        long[] nanos = new long[calls];
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            BenchHttp.Reply r = who.get(path.apply(i));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            nanos[i] = r.nanos();
        }
        long wall = System.nanoTime() - start;
        long counted = statements(admin) - before - countingCost(admin);
        return BenchStats.of(nanos, wall, counted);
    }

    /** A table line: name, p50, p95, SQL per call, p50 and p95 as ratios to the baseline. */
    static String[] line(String name, BenchStats s, BenchStats base) {
        return new String[] {name, fmt(s.percentileMillis(50)), fmt(s.percentileMillis(95)), fmt(s.sqlPerCall()),
            fmt(s.percentileMillis(50) / Math.max(0.001, base.percentileMillis(50))),
            fmt(s.percentileMillis(95) / Math.max(0.001, base.percentileMillis(95)))};
    }

    static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    private static long statements(BenchHttp admin) {
        return admin.get("assessment/maintenance/sql-statements").json().getJsonNumber("statements").longValue();
    }

    /** What reading the counter itself costs (the fewest over three tries). */
    private static long countingCost(BenchHttp admin) {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = statements(admin);
            least = Math.min(least, statements(admin) - before);
        }
        return least;
    }
}
