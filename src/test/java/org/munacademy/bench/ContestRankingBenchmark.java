package org.munacademy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.munacademy.contest.control.AgreementStatistics;
import org.munacademy.contest.control.JurorBiases;
import org.munacademy.contest.control.RankingMethods;
import org.munacademy.contest.control.Sensitivity;
import org.munacademy.contest.entity.AggregationMethod;
import org.munacademy.contest.entity.Agreement;
import org.munacademy.contest.entity.JurorBias;
import org.munacademy.contest.entity.Ranking;
import org.munacademy.contest.entity.ScoreTable;
import org.munacademy.contest.entity.SensitivityReport;

/**
 * Benchmark of contest ranking (issue 12's acceptance): 5,000 applications × 5 jurors × 8 criteria ranked under every
 * aggregation method, with the agreement statistics, the juror biases and the sensitivity panel. Pure computation,
 * no server. Prints per phase the median wall time of {@code bench.runs} runs after {@code bench.warmups} warm-up
 * runs, and the bytes the phase allocated per run; then the total of the medians. Target: ≤ 1 s for all methods
 * together.
 * <p>
 * <b>Not</b> part of the suite (the name ends neither in {@code Test} nor in {@code IT}):
 *
 * <pre>
 * mvn -B -o test -Dtest=ContestRankingBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DbuildDir=/tmp/bench-target
 * </pre>
 *
 * The table (seed 20261203): applications of random quality; by default ({@code bench.pool=0}) every juror of
 * {@code bench.jurors} is assigned every application; with {@code bench.pool=P} each application gets
 * {@code bench.jurors} jurors out of a pool of P instead. Juror 1 is lenient (+0.8 points), juror 2 harsh (−0.8);
 * scores are the quality plus the juror's bias plus noise, rounded to 1..5; 2 % of the assignments are unscored
 * (a conflict declared late, a juror who did not score) and 0.5 % of the sheets miss one criterion. System
 * properties: {@code bench.applications} (5000), {@code bench.jurors} (5), {@code bench.criteria} (8),
 * {@code bench.pool} (0), {@code bench.runs} (5), {@code bench.warmups} (3).
 */
@ExtendWith(BenchReport.class)
class ContestRankingBenchmark {

    private final int applications = Integer.getInteger("bench.applications", 5000);
    private final int jurors = Integer.getInteger("bench.jurors", 5);
    private final int criteria = Integer.getInteger("bench.criteria", 8);
    private final int pool = Integer.getInteger("bench.pool", 0);
    private final int runs = Integer.getInteger("bench.runs", 5);
    private final int warmups = Integer.getInteger("bench.warmups", 3);

    @Test
    void ranking_five_thousand_applications_under_every_method_with_agreement_and_sensitivity() {
        long started = System.nanoTime();
        ScoreTable table = table(new Random(20261203));
        double buildMillis = (System.nanoTime() - started) / 1e6;
        System.out.printf(Locale.ROOT, "%nContest ranking benchmark: %d applications × %d jurors%s × %d criteria, "
                + "%d sheets; table built in %.0f ms; Java %s, %d processors, max heap %d MB%n", applications, jurors,
                pool > 0 ? " (of a pool of " + pool + ")" : "", criteria, table.sheetCount(), buildMillis,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        Map<AggregationMethod, Ranking> rankings = new EnumMap<>(AggregationMethod.class);
        double total = 0;
        for (AggregationMethod method : AggregationMethod.values()) {
            total += phase(method.name(), () -> rankings.put(method, RankingMethods.of(method).rank(table)));
        }
        double methods = total;
        Agreement[] agreement = new Agreement[1];
        total += phase("agreement (W, ICC)", () -> agreement[0] = AgreementStatistics.of(table));
        List<List<JurorBias>> biases = new ArrayList<>(List.of(List.of()));
        total += phase("juror biases", () -> biases.set(0, JurorBiases.of(table)));
        SensitivityReport[] report = new SensitivityReport[1];
        total += phase("sensitivity (from the rankings)", () -> report[0] = Sensitivity.panel(rankings,
                AggregationMethod.WEIGHTED_MEAN, applications / 10));
        System.out.printf(Locale.ROOT, "all methods: %.0f ms; methods + agreement + biases + panel: %.0f ms%n",
                methods, total);
        phase("Sensitivity.panel(table) (ranks again)", () -> Sensitivity.panel(table, AggregationMethod.SCHULZE,
                applications / 10));
        Agreement a = agreement[0];
        System.out.printf(Locale.ROOT, "agreement: basis %s (%d × %d), W %.3f (chi² %.0f, df %d), ICC(1,1) %.3f, "
                + "ICC(1,k) %.3f (k %.2f), ICC(2,1) %.3f, ICC(3,1) %.3f%n", a.basis(), a.blockApplications(),
                a.blockJurors(), a.kendallW(), a.chiSquare(), a.degreesOfFreedom(), a.icc11(), a.icc1k(), a.oneWayK(),
                a.icc21(), a.icc31());
        biases.get(0).stream().filter(b -> b.flag() != JurorBias.Flag.NONE).forEach(b -> System.out.printf(
                Locale.ROOT, "juror %d: %s, mean deviation %.2f, z %.2f%n", b.jurorId(), b.flag(), b.meanDeviation(),
                b.z()));
        report[0].methods().forEach(m -> System.out.printf(Locale.ROOT, "top %d under %s: %d enter, %d leave%n",
                report[0].passCount(), m.method(), m.entering().size(), m.leaving().size()));
        assertThat(rankings).hasSize(AggregationMethod.values().length);
        assertThat(rankings.values()).allSatisfy(r -> assertThat(r.applications()).hasSize(applications));
    }

    /** Runs the phase warm-ups + runs times; prints and returns the median milliseconds. */
    private double phase(String name, Runnable work) {
        for (int i = 0; i < warmups; i++) {
            work.run();
        }
        double[] millis = new double[runs];
        long[] allocated = new long[runs];
        for (int i = 0; i < runs; i++) {
            long before = allocatedBytes();
            long started = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - started) / 1e6;
            allocated[i] = allocatedBytes() - before;
        }
        Arrays.sort(millis);
        Arrays.sort(allocated);
        double median = millis[runs / 2];
        System.out.printf(Locale.ROOT, "%-42s median %7.1f ms (min %.1f, max %.1f), allocated %6.1f MB/run%n", name,
                median, millis[0], millis[runs - 1], allocated[runs / 2] / 1048576.0);
        return median;
    }

    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean) {
            return bean.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return -1;
    }

    private ScoreTable table(Random random) {
        ScoreTable.Builder b = ScoreTable.builder();
        for (int a = 0; a < applications; a++) {
            b.application(100_000 + a, random.nextInt(applications * 4));
        }
        int jurorCount = pool > 0 ? pool : jurors;
        double[] bias = new double[jurorCount];
        for (int j = 0; j < jurorCount; j++) {
            b.juror(j + 1);
            bias[j] = j == 0 ? 0.8 : j == 1 ? -0.8 : random.nextGaussian() * 0.15;
        }
        for (int c = 0; c < criteria; c++) {
            b.criterion(c + 1, 1 + random.nextInt(3), 5);
        }
        int[] jurorsOf = new int[jurors];
        for (int a = 0; a < applications; a++) {
            double quality = 1.5 + random.nextDouble() * 3;
            for (int i = 0; i < jurors; i++) {
                jurorsOf[i] = pool > 0 ? distinct(random, jurorsOf, i, pool) : i;
            }
            for (int i = 0; i < jurors; i++) {
                int j = jurorsOf[i];
                if (random.nextDouble() < 0.02) {
                    continue;
                }
                int skipped = random.nextDouble() < 0.005 ? random.nextInt(criteria) : -1;
                for (int c = 0; c < criteria; c++) {
                    if (c != skipped) {
                        double raw = quality + bias[j] + random.nextGaussian() * 0.7;
                        b.score(100_000 + a, j + 1, c + 1, Math.max(1, Math.min(5, Math.round(raw))));
                    }
                }
            }
        }
        return b.build();
    }

    private static int distinct(Random random, int[] chosen, int count, int pool) {
        while (true) {
            int j = random.nextInt(pool);
            boolean taken = false;
            for (int i = 0; i < count; i++) {
                taken |= chosen[i] == j;
            }
            if (!taken) {
                return j;
            }
        }
    }
}
