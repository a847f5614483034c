package org.munacademy.contest.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.munacademy.contest.entity.AggregationMethod;
import org.munacademy.contest.entity.RankedApplication;
import org.munacademy.contest.entity.Ranking;
import org.munacademy.contest.entity.ScoreTable;
import org.munacademy.contest.entity.SensitivityReport;
import org.munacademy.contest.entity.SensitivityReport.ApplicationPlaces;
import org.munacademy.contest.entity.SensitivityReport.MethodOutcome;

/**
 * The sensitivity panel: ranks the table under every method and compares the applications above the pass line (the
 * first {@code passCount} places, ties at the line decided by the {@link TieBreak}) with those of the chosen method.
 */
public final class Sensitivity {

    private Sensitivity() {
    }

    /** Ranks the table under every method and compares them with the chosen one. */
    public static SensitivityReport panel(ScoreTable table, AggregationMethod chosen, int passCount) {
        Map<AggregationMethod, Ranking> rankings = new EnumMap<>(AggregationMethod.class);
        for (AggregationMethod method : AggregationMethod.values()) {
            rankings.put(method, RankingMethods.of(method).rank(table));
        }
        return panel(rankings, chosen, passCount);
    }

    /** The same panel from rankings already computed, one per method (of the same table). */
    public static SensitivityReport panel(Map<AggregationMethod, Ranking> rankings, AggregationMethod chosen,
            int passCount) {
        if (passCount < 0) {
            throw new IllegalArgumentException("pass count must not be negative: " + passCount);
        }
        Ranking chosenRanking = rankings.get(chosen);
        List<Long> chosenPassing = chosenRanking.top(passCount);
        Set<Long> chosenSet = new HashSet<>(chosenPassing);
        List<AggregationMethod> order = new ArrayList<>();
        order.add(chosen);
        for (AggregationMethod method : AggregationMethod.values()) {
            if (method != chosen && rankings.containsKey(method)) {
                order.add(method);
            }
        }
        List<MethodOutcome> outcomes = new ArrayList<>();
        Map<AggregationMethod, Map<Long, Integer>> places = new EnumMap<>(AggregationMethod.class);
        for (AggregationMethod method : order) {
            Ranking ranking = rankings.get(method);
            List<Long> passing = ranking.top(passCount);
            Set<Long> set = new HashSet<>(passing);
            List<Long> entering = passing.stream().filter(id -> !chosenSet.contains(id)).toList();
            List<Long> leaving = chosenPassing.stream().filter(id -> !set.contains(id)).toList();
            outcomes.add(new MethodOutcome(method, passing, entering.isEmpty() && leaving.isEmpty(),
                    passing.equals(chosenPassing), entering, leaving));
            Map<Long, Integer> byId = new HashMap<>();
            for (RankedApplication line : ranking.applications()) {
                byId.put(line.applicationId(), line.place());
            }
            places.put(method, byId);
        }
        List<ApplicationPlaces> applications = new ArrayList<>();
        for (RankedApplication line : chosenRanking.applications()) {
            Map<AggregationMethod, Integer> of = new EnumMap<>(AggregationMethod.class);
            for (AggregationMethod method : order) {
                of.put(method, places.get(method).get(line.applicationId()));
            }
            applications.add(new ApplicationPlaces(line.applicationId(), of));
        }
        return new SensitivityReport(passCount, chosen, outcomes, applications);
    }
}
