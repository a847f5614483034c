package org.munacademy.contest.control;

import java.util.Arrays;
import org.munacademy.contest.entity.ScoreTable;

/**
 * Each juror's ballot: the applications the juror scored completely, as levels — 0 for the lowest total, one more
 * for each higher distinct total (totals compared as the {@link TieBreak} compares values), equal totals sharing a
 * level.
 */
final class Ballots {

    private Ballots() {
    }

    /** The applications (indices, ascending) juror {@code j} scored completely. */
    static int[] applications(ScoreTable t, int j) {
        int[] apps = new int[t.sheetCountOfJuror(j)];
        int count = 0;
        for (int i = 0; i < apps.length; i++) {
            int s = t.sheetOfJuror(j, i);
            if (!Double.isNaN(t.sheetTotal(s))) {
                apps[count++] = t.sheetApplication(s);
            }
        }
        return Arrays.copyOf(apps, count);
    }

    /** The levels of juror {@code j}'s applications, parallel to {@link #applications}. */
    static int[] levels(ScoreTable t, int j, int[] apps) {
        long[] keys = new long[apps.length];
        for (int i = 0; i < apps.length; i++) {
            keys[i] = TieBreak.rounded(t.total(apps[i], j));
        }
        long[] distinct = Arrays.stream(keys).distinct().sorted().toArray();
        int[] levels = new int[apps.length];
        for (int i = 0; i < apps.length; i++) {
            levels[i] = Arrays.binarySearch(distinct, keys[i]);
        }
        return levels;
    }
}
