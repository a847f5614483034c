package org.munacademy.assessment.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.munacademy.assessment.entity.AssessmentError;
import org.munacademy.assessment.entity.AssessmentPlace;
import org.munacademy.assessment.entity.CompetencyScore;
import org.munacademy.assessment.entity.CutScore;
import org.munacademy.assessment.entity.ScoredItem;
import org.munacademy.shared.entity.InvalidInputException.Violation;
import org.munacademy.shared.entity.Location;

/**
 * Turns an attempt's item scores into per-competency results: points, percentage, the level attained by the cut
 * scores and a 95 % confidence band, so that a result on three items is not read like one on thirty.
 */
public final class ResultCalculator {

    /** The normal quantile for a two-sided 95 % interval. */
    public static final double Z_95 = 1.959964;

    /** The default cuts of a four-level scale, in per cent. */
    static final double[] FOUR_LEVEL_CUTS = {40, 60, 75, 90};

    /** Slack so that a percentage computed in floating point reaches a cut it equals mathematically. */
    private static final double EPSILON = 1e-9;
    /** The field of a test's settings that the cut problems are about. */
    private static final String FIELD = "cuts";

    private ResultCalculator() {
    }

    /**
     * One result per competency, in the order the competencies first appear among the items. Per competency:
     * points = sum of the item scores (each clipped to 0…1), percent = 100 · points / items; the level is the
     * highest level (1…maxLevel) whose cut is at most the percentage, 0 if none. The cuts are the competency's
     * own ones if {@code cuts} has any, else those with a null competency, else {@link #defaultCuts(int)}. The band
     * is the Wilson score interval at 95 % ({@link #Z_95}) for p = points / items with n = items, in per cent,
     * with the levels at its bounds.
     */
    public static List<CompetencyScore> compute(List<ScoredItem> items, List<CutScore> cuts, int maxLevel) {
        if (maxLevel < 1) {
            throw new IllegalArgumentException("maxLevel must be at least 1: " + maxLevel);
        }
        Map<String, double[]> byCompetency = new LinkedHashMap<>(); // code → {items, points}
        for (ScoredItem item : items) {
            double[] sums = byCompetency.computeIfAbsent(item.competencyCode(), c -> new double[2]);
            sums[0]++;
            sums[1] += item.score() > 0 ? Math.min(item.score(), 1) : 0;
        }
        List<CutScore> defaults = cuts.stream().filter(c -> c.competencyCode() == null).toList();
        if (defaults.isEmpty()) {
            defaults = defaultCuts(maxLevel);
        }
        List<CompetencyScore> result = new ArrayList<>();
        for (Map.Entry<String, double[]> e : byCompetency.entrySet()) {
            String code = e.getKey();
            int n = (int) e.getValue()[0];
            double points = e.getValue()[1];
            List<CutScore> own = code == null ? List.of()
                    : cuts.stream().filter(c -> code.equals(c.competencyCode())).toList();
            List<CutScore> applied = own.isEmpty() ? defaults : own;
            double percent = 100 * points / n;
            double[] band = wilson(points / n, n, Z_95);
            double low = 100 * band[0];
            double high = 100 * band[1];
            result.add(new CompetencyScore(code, n, points, percent, level(percent, applied, maxLevel), low, high,
                    level(low, applied, maxLevel), level(high, applied, maxLevel)));
        }
        return List.copyOf(result);
    }

    /**
     * Default cuts (competency null) for a scale of {@code maxLevel} levels. Four levels: 40, 60, 75 and 90 %.
     * Other scales: level 1 at 40 % and the last level at 90 %, the levels between evenly spread and rounded to
     * whole per cent (one level: 40 %; three: 40, 65, 90; five: 40, 53, 65, 78, 90).
     */
    public static List<CutScore> defaultCuts(int maxLevel) {
        if (maxLevel < 1) {
            throw new IllegalArgumentException("maxLevel must be at least 1: " + maxLevel);
        }
        List<CutScore> cuts = new ArrayList<>();
        for (int level = 1; level <= maxLevel; level++) {
            double percent = maxLevel == 4 ? FOUR_LEVEL_CUTS[level - 1]
                    : maxLevel == 1 ? 40 : Math.round(40 + 50.0 * (level - 1) / (maxLevel - 1));
            cuts.add(new CutScore(null, level, percent));
        }
        return List.copyOf(cuts);
    }

    /**
     * What is wrong with a set of cuts, as problems of the field {@code cuts}; empty when fine. Per competency (and
     * for the default cuts): levels 1…maxLevel, each at most once, per cents from 0 to 100, strictly rising with the
     * level. Each problem names whose cuts it is about (a place) and keeps the levels and per cents.
     */
    public static List<Violation> checkCuts(List<CutScore> cuts, int maxLevel) {
        List<Violation> problems = new ArrayList<>();
        Map<String, List<CutScore>> groups = new LinkedHashMap<>();
        for (CutScore c : cuts) {
            Location where = where(c.competencyCode());
            if (c.level() < 1 || c.level() > maxLevel) {
                problems.add(new Violation(FIELD, AssessmentError.CUT_LEVEL_OFF_SCALE, where, c.level(), maxLevel));
            }
            if (!(c.minPercent() >= 0 && c.minPercent() <= 100)) {
                problems.add(new Violation(FIELD, AssessmentError.CUT_PERCENT_RANGE, where, c.level(),
                        c.minPercent()));
            }
            groups.computeIfAbsent(c.competencyCode(), k -> new ArrayList<>()).add(c);
        }
        for (Map.Entry<String, List<CutScore>> g : groups.entrySet()) {
            Location where = where(g.getKey());
            Map<Integer, CutScore> byLevel = new TreeMap<>();
            for (CutScore c : g.getValue()) {
                if (byLevel.putIfAbsent(c.level(), c) != null) {
                    problems.add(new Violation(FIELD, AssessmentError.CUT_REPEATED, where, c.level()));
                }
            }
            CutScore previous = null;
            for (CutScore c : byLevel.values()) {
                if (previous != null && !(c.minPercent() > previous.minPercent())) {
                    problems.add(new Violation(FIELD, AssessmentError.CUT_NOT_RISING, where, c.level(),
                            c.minPercent(), previous.level(), previous.minPercent()));
                }
                previous = c;
            }
        }
        return List.copyOf(problems);
    }

    /** The highest level in 1…maxLevel whose cut is at most {@code percent}; 0 if none. */
    static int level(double percent, List<CutScore> cuts, int maxLevel) {
        return cuts.stream()
                .filter(c -> c.level() >= 1 && c.level() <= maxLevel && c.minPercent() <= percent + EPSILON)
                .max(Comparator.comparingInt(CutScore::level))
                .map(CutScore::level).orElse(0);
    }

    /** The Wilson score interval {low, high} for a proportion {@code p} observed on {@code n ≥ 1} trials. */
    static double[] wilson(double p, int n, double z) {
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        double low = p <= 0 ? 0 : Math.max(0, centre - half); // exact bounds where rounding would miss them
        double high = p >= 1 ? 1 : Math.min(1, centre + half);
        return new double[] {low, high};
    }

    private static Location where(String competencyCode) {
        return competencyCode == null ? Location.of(AssessmentPlace.DEFAULT_CUTS)
                : Location.of(AssessmentPlace.COMPETENCY_CUTS, competencyCode);
    }
}
