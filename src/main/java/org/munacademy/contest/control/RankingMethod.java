package org.munacademy.contest.control;

import org.munacademy.contest.entity.Ranking;
import org.munacademy.contest.entity.ScoreTable;

/** One way of turning a score table into a ranking; pure, stateless, safe to share. */
public interface RankingMethod {

    /** Every application of the table, best first, places 1..n after the {@link TieBreak}. */
    Ranking rank(ScoreTable t);
}
