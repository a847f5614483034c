package org.munacademy.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * The figures of one measured phase: every latency (nanoseconds) of the exchanges that got a response, the wall
 * time from the common start signal until the last taker was done, and the server's SQL statements executed
 * during the phase (negative when the server did not tell).
 */
record BenchStats(long[] sortedNanos, long wallNanos, long sqlStatements) {

    static BenchStats of(long[] nanos, long wallNanos, long sqlStatements) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new BenchStats(sorted, wallNanos, sqlStatements);
    }

    int calls() {
        return sortedNanos.length;
    }

    /** Calls per second over the phase's wall time. */
    double throughput() {
        return wallNanos == 0 ? 0 : calls() / (wallNanos / 1e9);
    }

    /**
     * The p-th percentile by the nearest-rank method: the smallest latency such that at least p % of all latencies
     * are less than or equal to it, i.e. the element at rank ⌈p/100 · n⌉ (1-based) of the sorted latencies.
     */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        if (p <= 0) {
            return sorted[0];
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1];
    }

    double percentileMillis(double p) {
        return percentile(sortedNanos, p) / 1e6;
    }

    double sqlPerCall() {
        return calls() == 0 || sqlStatements < 0 ? 0 : (double) sqlStatements / calls();
    }

    /** "1200 calls, 850.3/s, p50 12.0 ms, p95 35.1 ms, p99 60.2 ms, max 80.0 ms, SQL/call 1.00". */
    String line(String unit) {
        return String.format(Locale.ROOT, "%d %s, %.1f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, "
                + "SQL/%s %s", calls(), unit + (calls() == 1 ? "" : "s"), throughput(), percentileMillis(50),
                percentileMillis(95), percentileMillis(99), percentileMillis(100), unit,
                sqlStatements < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", sqlPerCall()));
    }
}
