package org.munacademy.contest.control;

import java.util.Arrays;
import org.munacademy.contest.entity.AggregationMethod;
import org.munacademy.contest.entity.Ranking;
import org.munacademy.contest.entity.ScoreTable;

/**
 * Borda count with incomplete ballots: each juror ranks the m applications they scored completely by their totals;
 * place p (1 = best) earns (m − p) / (m − 1) points, so every ballot gives 1 to its first and 0 to its last whatever
 * its length; applications with equal totals share the average of the points of the places they occupy; a ballot of
 * one application gives it ½ (as a ballot where all are tied would). An application's value is the mean of its
 * points over the ballots that contain it.
 */
public final class BordaMethod implements RankingMethod {

    @Override
    public Ranking rank(ScoreTable t) {
        int n = t.applicationCount();
        double[] sum = new double[n];
        int[] ballots = new int[n];
        for (int j = 0; j < t.jurorCount(); j++) {
            int[] apps = Ballots.applications(t, j);
            int m = apps.length;
            if (m == 0) {
                continue;
            }
            int[] levels = Ballots.levels(t, j, apps);
            int[] perLevel = new int[Arrays.stream(levels).max().orElse(0) + 1];
            for (int level : levels) {
                perLevel[level]++;
            }
            // the applications above a level occupy the places before it
            int[] above = new int[perLevel.length];
            for (int level = perLevel.length - 2; level >= 0; level--) {
                above[level] = above[level + 1] + perLevel[level + 1];
            }
            for (int i = 0; i < m; i++) {
                int level = levels[i];
                double firstPlace = above[level] + 1;
                double lastPlace = above[level] + perLevel[level];
                double points = m == 1 ? 0.5 : (m - (firstPlace + lastPlace) / 2) / (m - 1);
                sum[apps[i]] += points;
                ballots[apps[i]]++;
            }
        }
        double[] values = new double[n];
        for (int a = 0; a < n; a++) {
            values[a] = ballots[a] == 0 ? Double.NaN : sum[a] / ballots[a];
        }
        return TieBreak.rank(AggregationMethod.BORDA, t, values);
    }
}
