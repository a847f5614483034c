package org.munacademy.contest.control;

import org.munacademy.contest.entity.ScoreTable;

/** Score tables for the tests: applications 101, 102, … (tie keys in that order), jurors 1, 2, …. */
final class Tables {

    private Tables() {
    }

    /** One criterion (id 1, weight 1) scored 1..max; {@code scores[a][j]}, 0 = no score. */
    static ScoreTable single(int max, int[][] scores) {
        ScoreTable.Builder b = ScoreTable.builder();
        for (int a = 0; a < scores.length; a++) {
            b.application(101 + a, a);
        }
        for (int j = 0; j < scores[0].length; j++) {
            b.juror(1 + j);
        }
        b.criterion(1, 1, max);
        for (int a = 0; a < scores.length; a++) {
            for (int j = 0; j < scores[a].length; j++) {
                if (scores[a][j] != 0) {
                    b.score(101 + a, 1 + j, 1, scores[a][j]);
                }
            }
        }
        return b.build();
    }

    /**
     * Ballots over candidates named by letters A, B, … (applications 101, 102, …): {@code counts[i]} voters rank the
     * candidates as {@code orders[i]} (best first, all candidates); each voter is a juror scoring place p with
     * (candidates + 1 − p) on one criterion.
     */
    static ScoreTable ballots(int candidates, String[] orders, int[] counts) {
        ScoreTable.Builder b = ScoreTable.builder();
        for (int a = 0; a < candidates; a++) {
            b.application(101 + a, a);
        }
        b.criterion(1, 1, candidates);
        int juror = 0;
        for (int i = 0; i < orders.length; i++) {
            for (int v = 0; v < counts[i]; v++) {
                juror++;
                b.juror(juror);
                for (int p = 0; p < candidates; p++) {
                    b.score(101 + orders[i].charAt(p) - 'A', juror, 1, candidates - p);
                }
            }
        }
        return b.build();
    }
}
