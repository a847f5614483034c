package org.munacademy.contest.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The immutable input of every aggregation method: the applications of one stage in a stable order, each with its
 * tie-break key (a long, lower = the earlier application, which wins ties), the jurors, the criteria with their
 * weights and maximum scores, and the scores.
 * <p>
 * Indices, not ids, address the table ({@code a} an application, {@code j} a juror, {@code c} a criterion, in the
 * order they were added); {@link #score(int, int, int)} is NaN when the juror gave no score for that criterion —
 * not assigned, conflicted, or did not score. Scores lie in {@code 1..max} of their criterion, weights are positive.
 * <p>
 * <b>A juror's sheet</b> for an application is what that juror scored for it. Its <b>total</b> is
 * Σ weight·score / Σ weight over all criteria; a sheet that misses a criterion while scoring others is
 * <em>incomplete</em>: its total is NaN and every method ignores that juror for that application (a missing score
 * never counts as zero). The table keeps the sheets grouped by application ({@link #sheetsFrom(int)} to
 * {@link #sheetsTo(int)}, ordered by juror) and lists each juror's sheets ({@link #sheetsOfJuror(int)}).
 */
public final class ScoreTable {

    private final long[] applicationIds;
    private final long[] tieKeys;
    private final long[] jurorIds;
    private final long[] criterionIds;
    private final double[] weights;
    private final int[] maxima;
    private final int[] applicationStart;
    private final int[] sheetJuror;
    private final int[] sheetApplication;
    private final double[] sheetScores;
    private final double[] sheetTotal;
    private final int[][] jurorSheets;

    private ScoreTable(Builder b, int[] applicationStart, int[] sheetJuror, int[] sheetApplication,
            double[] sheetScores) {
        this.applicationIds = b.applicationIds.stream().mapToLong(Long::longValue).toArray();
        this.tieKeys = b.tieKeys.stream().mapToLong(Long::longValue).toArray();
        this.jurorIds = b.jurorIds.stream().mapToLong(Long::longValue).toArray();
        this.criterionIds = b.criterionIds.stream().mapToLong(Long::longValue).toArray();
        this.weights = b.weights.stream().mapToDouble(Double::doubleValue).toArray();
        this.maxima = b.maxima.stream().mapToInt(Integer::intValue).toArray();
        this.applicationStart = applicationStart;
        this.sheetJuror = sheetJuror;
        this.sheetApplication = sheetApplication;
        this.sheetScores = sheetScores;
        int criteria = criterionIds.length;
        double weightSum = Arrays.stream(weights).sum();
        int sheets = sheetJuror.length;
        this.sheetTotal = new double[sheets];
        int[] perJuror = new int[jurorIds.length];
        for (int s = 0; s < sheets; s++) {
            double sum = 0;
            for (int c = 0; c < criteria; c++) {
                sum += weights[c] * sheetScores[s * criteria + c];
            }
            sheetTotal[s] = sum / weightSum;
            perJuror[sheetJuror[s]]++;
        }
        this.jurorSheets = new int[jurorIds.length][];
        for (int j = 0; j < jurorIds.length; j++) {
            jurorSheets[j] = new int[perJuror[j]];
            perJuror[j] = 0;
        }
        for (int s = 0; s < sheets; s++) {
            int j = sheetJuror[s];
            jurorSheets[j][perJuror[j]++] = s;
        }
    }

    /** A builder: add applications, jurors and criteria first, then conflicts and scores. */
    public static Builder builder() {
        return new Builder();
    }

    public int applicationCount() {
        return applicationIds.length;
    }

    public long applicationId(int a) {
        return applicationIds[a];
    }

    /** The application's tie-break key: lower = earlier application, placed first among equal values. */
    public long tieKey(int a) {
        return tieKeys[a];
    }

    public int jurorCount() {
        return jurorIds.length;
    }

    public long jurorId(int j) {
        return jurorIds[j];
    }

    public int criterionCount() {
        return criterionIds.length;
    }

    public long criterionId(int c) {
        return criterionIds[c];
    }

    public double weight(int c) {
        return weights[c];
    }

    /** The highest score of criterion {@code c}; the lowest is 1. */
    public int max(int c) {
        return maxima[c];
    }

    /**
     * The range of a total, Σ weight·(max − 1) / Σ weight: 4 when every criterion is scored 1..5. Thresholds stated
     * "on a 1–5 scale" are scaled by it.
     */
    public double totalRange() {
        double num = 0;
        double den = 0;
        for (int c = 0; c < weights.length; c++) {
            num += weights[c] * (maxima[c] - 1);
            den += weights[c];
        }
        return den == 0 ? 0 : num / den;
    }

    /** The score juror {@code j} gave application {@code a} for criterion {@code c}; NaN when there is none. */
    public double score(int a, int j, int c) {
        int s = sheet(a, j);
        return s < 0 ? Double.NaN : sheetScores[s * criterionIds.length + c];
    }

    /** Juror {@code j}'s total for application {@code a}; NaN when the juror has no complete sheet for it. */
    public double total(int a, int j) {
        int s = sheet(a, j);
        return s < 0 ? Double.NaN : sheetTotal[s];
    }

    private int sheet(int a, int j) {
        int lo = applicationStart[a];
        int hi = applicationStart[a + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sheetJuror[mid] < j) {
                lo = mid + 1;
            } else if (sheetJuror[mid] > j) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The number of sheets (juror × application pairs with at least one score). */
    public int sheetCount() {
        return sheetJuror.length;
    }

    /** The first sheet of application {@code a}; its sheets are {@code sheetsFrom(a) .. sheetsTo(a) - 1}. */
    public int sheetsFrom(int a) {
        return applicationStart[a];
    }

    /** The end (exclusive) of application {@code a}'s sheets. */
    public int sheetsTo(int a) {
        return applicationStart[a + 1];
    }

    /** The juror (index) of sheet {@code s}. */
    public int sheetJuror(int s) {
        return sheetJuror[s];
    }

    /** The application (index) of sheet {@code s}. */
    public int sheetApplication(int s) {
        return sheetApplication[s];
    }

    /** The total of sheet {@code s}; NaN when the sheet is incomplete. */
    public double sheetTotal(int s) {
        return sheetTotal[s];
    }

    /** Juror {@code j}'s sheets in application order (a copy). */
    public int[] sheetsOfJuror(int j) {
        return jurorSheets[j].clone();
    }

    /** The number of sheets of juror {@code j}. */
    public int sheetCountOfJuror(int j) {
        return jurorSheets[j].length;
    }

    /** The {@code i}-th sheet of juror {@code j}, in application order. */
    public int sheetOfJuror(int j, int i) {
        return jurorSheets[j][i];
    }

    /** Builds a {@link ScoreTable}, validating ids, weights, maxima and score ranges. */
    public static final class Builder {

        private final List<Long> applicationIds = new ArrayList<>();
        private final List<Long> tieKeys = new ArrayList<>();
        private final List<Long> jurorIds = new ArrayList<>();
        private final List<Long> criterionIds = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();
        private final List<Integer> maxima = new ArrayList<>();
        private final Map<Long, Integer> applications = new HashMap<>();
        private final Map<Long, Integer> jurors = new HashMap<>();
        private final Map<Long, Integer> criteria = new HashMap<>();
        private final Set<Long> conflicts = new HashSet<>();
        private final Map<Long, double[]> sheets = new HashMap<>();

        private Builder() {
        }

        /** Adds an application; the order of calls is the table's order. */
        public Builder application(long id, long tieKey) {
            if (applications.putIfAbsent(id, applicationIds.size()) != null) {
                throw new IllegalArgumentException("duplicate application " + id);
            }
            applicationIds.add(id);
            tieKeys.add(tieKey);
            return this;
        }

        public Builder juror(long id) {
            if (jurors.putIfAbsent(id, jurorIds.size()) != null) {
                throw new IllegalArgumentException("duplicate juror " + id);
            }
            jurorIds.add(id);
            return this;
        }

        /** Adds a criterion scored {@code 1..max} ({@code max ≥ 2}) with a positive, finite weight. */
        public Builder criterion(long id, double weight, int max) {
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("criterion " + id + ": weight must be positive, is " + weight);
            }
            if (max < 2) {
                throw new IllegalArgumentException("criterion " + id + ": max must be at least 2, is " + max);
            }
            if (!sheets.isEmpty()) {
                throw new IllegalStateException("criteria must be added before scores");
            }
            if (criteria.putIfAbsent(id, criterionIds.size()) != null) {
                throw new IllegalArgumentException("duplicate criterion " + id);
            }
            criterionIds.add(id);
            weights.add(weight);
            maxima.add(max);
            return this;
        }

        /** Records that the juror is conflicted for the application: any score of theirs for it is refused. */
        public Builder conflict(long applicationId, long jurorId) {
            long key = key(index(applications, applicationId, "application"), index(jurors, jurorId, "juror"));
            if (sheets.containsKey(key)) {
                throw new IllegalArgumentException("juror " + jurorId + " is conflicted for application "
                        + applicationId + " but has scored it");
            }
            conflicts.add(key);
            return this;
        }

        /** Adds one score in {@code 1..max} of the criterion; at most one per application, juror and criterion. */
        public Builder score(long applicationId, long jurorId, long criterionId, double score) {
            int a = index(applications, applicationId, "application");
            int j = index(jurors, jurorId, "juror");
            int c = index(criteria, criterionId, "criterion");
            if (!(score >= 1 && score <= maxima.get(c))) {
                throw new IllegalArgumentException("score " + score + " for criterion " + criterionId
                        + " is outside 1.." + maxima.get(c));
            }
            long key = key(a, j);
            if (conflicts.contains(key)) {
                throw new IllegalArgumentException("juror " + jurorId + " is conflicted for application "
                        + applicationId);
            }
            double[] sheet = sheets.computeIfAbsent(key, k -> {
                double[] fresh = new double[criterionIds.size()];
                Arrays.fill(fresh, Double.NaN);
                return fresh;
            });
            if (!Double.isNaN(sheet[c])) {
                throw new IllegalArgumentException("application " + applicationId + ", juror " + jurorId
                        + ", criterion " + criterionId + " is scored twice");
            }
            sheet[c] = score;
            return this;
        }

        public ScoreTable build() {
            if (criterionIds.isEmpty()) {
                throw new IllegalArgumentException("a score table needs at least one criterion");
            }
            long[] keys = sheets.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            int criteriaCount = criterionIds.size();
            int[] start = new int[applicationIds.size() + 1];
            int[] juror = new int[keys.length];
            int[] application = new int[keys.length];
            double[] scores = new double[keys.length * criteriaCount];
            for (int s = 0; s < keys.length; s++) {
                int a = (int) (keys[s] >>> 32);
                application[s] = a;
                juror[s] = (int) keys[s];
                start[a + 1]++;
                System.arraycopy(sheets.get(keys[s]), 0, scores, s * criteriaCount, criteriaCount);
            }
            for (int a = 0; a < applicationIds.size(); a++) {
                start[a + 1] += start[a];
            }
            return new ScoreTable(this, start, juror, application, scores);
        }

        private static long key(int a, int j) {
            return ((long) a << 32) | j;
        }

        private static int index(Map<Long, Integer> indices, long id, String what) {
            Integer i = indices.get(id);
            if (i == null) {
                throw new IllegalArgumentException("unknown " + what + " " + id);
            }
            return i;
        }
    }
}
