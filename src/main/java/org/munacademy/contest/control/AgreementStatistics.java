package org.munacademy.contest.control;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.munacademy.contest.entity.Agreement;
import org.munacademy.contest.entity.Agreement.Basis;
import org.munacademy.contest.entity.ScoreTable;

/**
 * Juror agreement, on juror totals (Σ weight·score / Σ weight; incomplete sheets ignored).
 * <ul>
 * <li><b>One-way ICC(1,1) and ICC(1,k)</b> (Shrout &amp; Fleiss 1979) over every application with at least one
 * complete sheet, each with its own jurors — valid for incomplete designs. With unequal numbers of jurors per
 * application the one-way ANOVA uses the adjusted mean group size k₀ = (N − Σnᵢ²/N)/(a − 1); ICC(1,k) is then the
 * reliability of the mean of k₀ jurors, (MSB − MSW)/MSB.</li>
 * <li><b>Kendall's W</b> (with the correction for tied ranks: W = 12S / (m²(n³ − n) − mΣ(t³ − t))), its chi-square
 * m(n − 1)W with n − 1 degrees of freedom, and the <b>two-way ICC(2,1), ICC(2,k), ICC(3,1), ICC(3,k)</b> need a
 * complete design. When every juror scored every application they use all of it ({@link Basis#COMPLETE});
 * otherwise a complete block: the t jurors with the most complete sheets and the applications all t scored, t ≥ 2
 * chosen for the most cells (a greedy choice, {@link Basis#BLOCK}); without a block of at least 2 × 2 they are NaN
 * ({@link Basis#NONE}). W is never computed over a design it does not fit.</li>
 * </ul>
 */
public final class AgreementStatistics {

    private AgreementStatistics() {
    }

    public static Agreement of(ScoreTable t) {
        int n = t.applicationCount();
        int jurors = t.jurorCount();
        // the one-way design
        double grand = 0;
        int sheets = 0;
        int groups = 0;
        double sumSquaredSizes = 0;
        double[] means = new double[n];
        int[] sizes = new int[n];
        for (int a = 0; a < n; a++) {
            double sum = 0;
            for (int s = t.sheetsFrom(a); s < t.sheetsTo(a); s++) {
                if (!Double.isNaN(t.sheetTotal(s))) {
                    sum += t.sheetTotal(s);
                    sizes[a]++;
                }
            }
            if (sizes[a] > 0) {
                means[a] = sum / sizes[a];
                grand += sum;
                sheets += sizes[a];
                groups++;
                sumSquaredSizes += (double) sizes[a] * sizes[a];
            }
        }
        double icc11 = Double.NaN;
        double icc1k = Double.NaN;
        double k0 = Double.NaN;
        if (groups >= 2 && sheets > groups) {
            grand /= sheets;
            double ssb = 0;
            double ssw = 0;
            for (int a = 0; a < n; a++) {
                if (sizes[a] == 0) {
                    continue;
                }
                ssb += sizes[a] * (means[a] - grand) * (means[a] - grand);
                for (int s = t.sheetsFrom(a); s < t.sheetsTo(a); s++) {
                    double x = t.sheetTotal(s);
                    if (!Double.isNaN(x)) {
                        ssw += (x - means[a]) * (x - means[a]);
                    }
                }
            }
            double msb = ssb / (groups - 1);
            double msw = ssw / (sheets - groups);
            k0 = (sheets - sumSquaredSizes / sheets) / (groups - 1);
            icc11 = ratio(msb - msw, msb + (k0 - 1) * msw);
            icc1k = ratio(msb - msw, msb);
        }
        // the complete block
        int[] blockJurors = new int[0];
        int[] blockApps = new int[0];
        Integer[] byCoverage = IntStream.range(0, jurors).boxed().toArray(Integer[]::new);
        int[] coverage = new int[jurors];
        for (int j = 0; j < jurors; j++) {
            coverage[j] = Ballots.applications(t, j).length;
        }
        Arrays.sort(byCoverage, Comparator.comparingInt((Integer j) -> -coverage[j]).thenComparing(j -> j));
        if (jurors >= 2) {
            int[] common = Ballots.applications(t, byCoverage[0]);
            long best = 0;
            for (int size = 2; size <= jurors && common.length >= 2; size++) {
                int[] next = Ballots.applications(t, byCoverage[size - 1]);
                common = Arrays.stream(common).filter(a -> Arrays.binarySearch(next, a) >= 0).toArray();
                long cells = (long) size * common.length;
                if (common.length >= 2 && cells > best) {
                    best = cells;
                    blockApps = common;
                    blockJurors = Arrays.stream(byCoverage, 0, size).mapToInt(Integer::intValue).sorted().toArray();
                }
            }
        }
        if (blockApps.length < 2) {
            return new Agreement(Basis.NONE, 0, 0, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, groups, sheets, k0, icc11, icc1k);
        }
        Basis basis = blockApps.length == n && blockJurors.length == jurors ? Basis.COMPLETE : Basis.BLOCK;
        double[][] x = new double[blockApps.length][blockJurors.length];
        for (int i = 0; i < blockApps.length; i++) {
            for (int j = 0; j < blockJurors.length; j++) {
                x[i][j] = t.total(blockApps[i], blockJurors[j]);
            }
        }
        double w = kendallW(x);
        int m = blockJurors.length;
        int rows = blockApps.length;
        double[] icc = twoWay(x);
        return new Agreement(basis, rows, m, w, m * (rows - 1) * w, rows - 1, icc[0], icc[1], icc[2], icc[3],
                groups, sheets, k0, icc11, icc1k);
    }

    /** Kendall's W with the tie correction over x[application][juror]; NaN when every juror ties everything. */
    static double kendallW(double[][] x) {
        int n = x.length;
        int m = x[0].length;
        double[] rankSums = new double[n];
        double ties = 0;
        for (int j = 0; j < m; j++) {
            int col = j;
            Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingLong((Integer i) -> TieBreak.rounded(x[i][col])));
            int from = 0;
            while (from < n) {
                int to = from;
                while (to + 1 < n && TieBreak.rounded(x[order[to + 1]][col]) == TieBreak.rounded(x[order[from]][col])) {
                    to++;
                }
                double rank = (from + to) / 2.0 + 1;
                for (int i = from; i <= to; i++) {
                    rankSums[order[i]] += rank;
                }
                double size = to - from + 1;
                ties += size * size * size - size;
                from = to + 1;
            }
        }
        double mean = m * (n + 1) / 2.0;
        double s = 0;
        for (double r : rankSums) {
            s += (r - mean) * (r - mean);
        }
        return ratio(12 * s, (double) m * m * ((double) n * n * n - n) - m * ties);
    }

    /** ICC(2,1), ICC(2,k), ICC(3,1), ICC(3,k) of a complete x[target][judge] (Shrout &amp; Fleiss 1979). */
    static double[] twoWay(double[][] x) {
        int n = x.length;
        int k = x[0].length;
        double grand = 0;
        double[] rowMeans = new double[n];
        double[] colMeans = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                rowMeans[i] += x[i][j] / k;
                colMeans[j] += x[i][j] / n;
                grand += x[i][j] / (n * k);
            }
        }
        double ssRows = 0;
        double ssCols = 0;
        double ssTotal = 0;
        for (int i = 0; i < n; i++) {
            ssRows += k * (rowMeans[i] - grand) * (rowMeans[i] - grand);
            for (int j = 0; j < k; j++) {
                ssTotal += (x[i][j] - grand) * (x[i][j] - grand);
            }
        }
        for (int j = 0; j < k; j++) {
            ssCols += n * (colMeans[j] - grand) * (colMeans[j] - grand);
        }
        double bms = ssRows / (n - 1);
        double jms = ssCols / (k - 1);
        double ems = (ssTotal - ssRows - ssCols) / ((double) (n - 1) * (k - 1));
        return new double[] {
            ratio(bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n),
            ratio(bms - ems, bms + (jms - ems) / n),
            ratio(bms - ems, bms + (k - 1) * ems),
            ratio(bms - ems, bms)};
    }

    private static double ratio(double num, double den) {
        return den == 0 ? Double.NaN : num / den;
    }
}
