package org.munacademy.contest.control;

import java.util.EnumMap;
import java.util.Map;
import org.munacademy.contest.entity.AggregationMethod;

/** The ranking method of each {@link AggregationMethod}. The methods are stateless and shared. */
public final class RankingMethods {

    private static final Map<AggregationMethod, RankingMethod> METHODS = new EnumMap<>(Map.of(
            AggregationMethod.WEIGHTED_MEAN, new WeightedMeanMethod(),
            AggregationMethod.TRIMMED_MEAN, new TrimmedMeanMethod(),
            AggregationMethod.Z_SCORE, new ZScoreMethod(),
            AggregationMethod.BORDA, new BordaMethod(),
            AggregationMethod.SCHULZE, new SchulzeMethod()));

    private RankingMethods() {
    }

    public static RankingMethod of(AggregationMethod method) {
        return METHODS.get(method);
    }
}
