package org.munacademy.assessment.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.munacademy.assessment.entity.AttemptScores;
import org.munacademy.assessment.entity.ItemFlag;
import org.munacademy.assessment.entity.ItemStat;
import org.munacademy.assessment.entity.StatisticsReport;

/**
 * Classical test theory statistics that also hold for randomly drawn forms, where each attempt contains a
 * different subset of the bank: item facility and discrimination use only the attempts that contained the item,
 * and Cronbach's α uses its average-covariance form with pairwise-complete covariances.
 * <p>
 * All variances and covariances are <b>population</b> ones (divided by the number of observations, not by one
 * less). Item scores that are null or not finite are ignored, as if the attempt had not contained the item;
 * attempts without any score are left out.
 */
public final class ItemStatistics {

    /** Items answered in fewer attempts than this get no flags: too little data to judge. */
    public static final int MIN_N_FOR_FLAGS = 10;
    /** Below this facility an item is flagged {@link ItemFlag#TOO_HARD}. */
    public static final double HARD_FACILITY = 0.2;
    /** Above this facility an item is flagged {@link ItemFlag#TOO_EASY}. */
    public static final double EASY_FACILITY = 0.9;
    /** Below this (non-negative) discrimination an item is flagged {@link ItemFlag#WEAK_DISCRIMINATION}. */
    public static final double WEAK_DISCRIMINATION_BELOW = 0.2;

    /** Variances up to this are taken as zero (sums of scores 0…1 in floating point). */
    private static final double ZERO = 1e-12;

    private ItemStatistics() {
    }

    /**
     * The statistics of a test: per item (by id) n, facility, discrimination (item vs. the mean score of the
     * attempt's other items) and flags; α by {@link #alphaFixedForm} when every attempt has the same items, else
     * by {@link #alphaAverageCovariance}, for the whole test and for each competency's items (a subscale is
     * fixed or not on its own).
     *
     * @param attempts     the finished attempts with the scores of the items each contained
     * @param competencyOf item id → competency code, for the subscale α; items without one count only in the
     *                     whole-test α
     */
    public static StatisticsReport compute(List<AttemptScores> attempts, Map<Long, String> competencyOf) {
        List<Map<Long, Double>> forms = clean(attempts);
        Set<Long> itemIds = new TreeSet<>();
        forms.forEach(f -> itemIds.addAll(f.keySet()));
        List<Double> totals = forms.stream().map(ItemStatistics::total).toList();
        List<ItemStat> stats = new ArrayList<>();
        for (long id : itemIds) {
            stats.add(item(id, forms, totals));
        }
        Map<String, Double> byCompetency = new TreeMap<>();
        Set<String> codes = new TreeSet<>();
        itemIds.stream().map(competencyOf::get).filter(Objects::nonNull).forEach(codes::add);
        for (String code : codes) {
            List<Map<Long, Double>> subscale = new ArrayList<>();
            for (Map<Long, Double> f : forms) {
                Map<Long, Double> part = new LinkedHashMap<>();
                f.forEach((id, score) -> {
                    if (code.equals(competencyOf.get(id))) {
                        part.put(id, score);
                    }
                });
                if (!part.isEmpty()) {
                    subscale.add(part);
                }
            }
            byCompetency.put(code, alpha(subscale));
        }
        return new StatisticsReport(stats, alpha(forms), byCompetency, isFixed(forms), forms.size());
    }

    /**
     * Cronbach's α of a fixed form by the standard formula α = k/(k−1) · (1 − Σσᵢ² / σ²_X), k items, σᵢ² the item
     * variances, σ²_X the variance of the attempt totals. Null when undefined (fewer than 2 items or attempts, or
     * the totals do not vary).
     *
     * @throws IllegalArgumentException when the attempts do not all contain the same items
     */
    public static Double alphaFixedForm(List<AttemptScores> attempts) {
        List<Map<Long, Double>> forms = clean(attempts);
        if (!forms.isEmpty() && !isFixed(forms)) {
            throw new IllegalArgumentException("the attempts do not all contain the same items");
        }
        return standardAlpha(forms);
    }

    /**
     * Cronbach's α for attempts with different item sets, α = m·c̄ / (v̄ + (m−1)·c̄): v̄ the mean item variance
     * (items in at least 2 attempts), c̄ the mean covariance over item pairs that occur together in at least 2
     * attempts (each over those attempts), m the mean number of items per attempt. On a fixed form it equals
     * {@link #alphaFixedForm}, since there σ²_X = k·v̄ + k(k−1)·c̄. Null when undefined.
     */
    public static Double alphaAverageCovariance(List<AttemptScores> attempts) {
        return averageCovarianceAlpha(clean(attempts));
    }

    private static Double alpha(List<Map<Long, Double>> forms) {
        return isFixed(forms) ? standardAlpha(forms) : averageCovarianceAlpha(forms);
    }

    private static ItemStat item(long id, List<Map<Long, Double>> forms, List<Double> totals) {
        List<Double> scores = new ArrayList<>();
        List<Double> rests = new ArrayList<>();
        List<Double> paired = new ArrayList<>();
        for (int a = 0; a < forms.size(); a++) {
            Map<Long, Double> f = forms.get(a);
            Double x = f.get(id);
            if (x == null) {
                continue;
            }
            scores.add(x);
            if (f.size() > 1) {
                paired.add(x);
                rests.add((totals.get(a) - x) / (f.size() - 1));
            }
        }
        int n = scores.size();
        double facility = mean(scores);
        Double discrimination = n < 2 ? null : pearson(paired, rests);
        List<ItemFlag> flags = new ArrayList<>();
        if (n >= MIN_N_FOR_FLAGS) {
            if (facility < HARD_FACILITY) {
                flags.add(ItemFlag.TOO_HARD);
            } else if (facility > EASY_FACILITY) {
                flags.add(ItemFlag.TOO_EASY);
            }
            if (discrimination != null && discrimination < -1e-9) {
                flags.add(ItemFlag.NEGATIVE_DISCRIMINATION);
            } else if (discrimination != null && discrimination < WEAK_DISCRIMINATION_BELOW) {
                flags.add(ItemFlag.WEAK_DISCRIMINATION);
            }
        }
        return new ItemStat(id, n, facility, discrimination, flags);
    }

    private static Double standardAlpha(List<Map<Long, Double>> forms) {
        if (forms.size() < 2 || forms.get(0).size() < 2) {
            return null;
        }
        Set<Long> items = forms.get(0).keySet();
        int k = items.size();
        double sumItemVariances = 0;
        for (long id : items) {
            sumItemVariances += variance(forms.stream().map(f -> f.get(id)).toList());
        }
        double totalVariance = variance(forms.stream().map(ItemStatistics::total).toList());
        if (totalVariance <= ZERO) {
            return null;
        }
        return k / (k - 1.0) * (1 - sumItemVariances / totalVariance);
    }

    private static Double averageCovarianceAlpha(List<Map<Long, Double>> forms) {
        if (forms.size() < 2) {
            return null;
        }
        Map<Long, List<Double>> byItem = new TreeMap<>();
        Map<Long, Map<Long, CoMoment>> pairs = new HashMap<>();
        double itemsPerAttempt = 0;
        for (Map<Long, Double> f : forms) {
            itemsPerAttempt += f.size();
            f.forEach((id, x) -> byItem.computeIfAbsent(id, k -> new ArrayList<>()).add(x));
            for (Map.Entry<Long, Double> a : f.entrySet()) {
                for (Map.Entry<Long, Double> b : f.entrySet()) {
                    if (a.getKey() < b.getKey()) {
                        pairs.computeIfAbsent(a.getKey(), k -> new HashMap<>())
                                .computeIfAbsent(b.getKey(), k -> new CoMoment())
                                .add(a.getValue(), b.getValue());
                    }
                }
            }
        }
        double m = itemsPerAttempt / forms.size();
        if (byItem.size() < 2) {
            return null;
        }
        double varianceSum = 0;
        int varianceCount = 0;
        for (List<Double> values : byItem.values()) {
            if (values.size() >= 2) {
                varianceSum += variance(values);
                varianceCount++;
            }
        }
        double covarianceSum = 0;
        int covarianceCount = 0;
        for (Map<Long, CoMoment> row : pairs.values()) {
            for (CoMoment c : row.values()) {
                if (c.n >= 2) {
                    covarianceSum += c.covariance();
                    covarianceCount++;
                }
            }
        }
        if (varianceCount == 0 || covarianceCount == 0) {
            return null;
        }
        double v = varianceSum / varianceCount;
        double c = covarianceSum / covarianceCount;
        double denominator = v + (m - 1) * c;
        if (v <= ZERO || Math.abs(denominator) <= ZERO) {
            return null;
        }
        return m * c / denominator;
    }

    /** The attempts' usable scores: null and non-finite ones dropped, attempts left empty dropped. */
    private static List<Map<Long, Double>> clean(List<AttemptScores> attempts) {
        List<Map<Long, Double>> forms = new ArrayList<>();
        for (AttemptScores a : attempts) {
            Map<Long, Double> f = new LinkedHashMap<>();
            a.scores().forEach((id, score) -> {
                if (id != null && score != null && Double.isFinite(score)) {
                    f.put(id, score);
                }
            });
            if (!f.isEmpty()) {
                forms.add(f);
            }
        }
        return forms;
    }

    private static boolean isFixed(List<Map<Long, Double>> forms) {
        return !forms.isEmpty() && forms.stream().allMatch(f -> f.keySet().equals(forms.get(0).keySet()));
    }

    private static double total(Map<Long, Double> form) {
        return form.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** Population variance (two-pass). */
    private static double variance(List<Double> values) {
        double mean = mean(values);
        return values.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / values.size();
    }

    /** Pearson's r; null with fewer than 2 pairs or when either side does not vary. */
    private static Double pearson(List<Double> xs, List<Double> ys) {
        int n = xs.size();
        if (n < 2) {
            return null;
        }
        double mx = mean(xs);
        double my = mean(ys);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = xs.get(i) - mx;
            double dy = ys.get(i) - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx / n <= ZERO || syy / n <= ZERO) {
            return null;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** Running means and co-moment of two items over the attempts containing both (Welford's update). */
    private static final class CoMoment {
        int n;
        double meanX;
        double meanY;
        double comoment;

        void add(double x, double y) {
            n++;
            double dx = x - meanX;
            meanX += dx / n;
            meanY += (y - meanY) / n;
            comoment += dx * (y - meanY);
        }

        double covariance() {
            return comoment / n;
        }
    }
}
