package org.munacademy.contest.entity;

import java.math.BigDecimal;
import java.util.List;

/**
 * A stage's ranking (per region for a regional stage) under its recorded method with the pass line, the sensitivity
 * panel (places under every method), juror agreement and outlier jurors.
 */
public record RankingView(long stageId, String stageTitle, String region, AggregationMethod method, int passCount,
        List<Place> places, SensitivityReport sensitivity, Agreement agreement, List<Bias> biases, String tieRule) {

    /** One ranked application, with its places under every method. */
    public record Place(int place, long applicationId, String number, String applicant, String municipality,
            BigDecimal score, boolean passes, boolean tied, List<Integer> placesByMethod) {
    }

    /** A juror's bias (lenient, harsh or none) by name. */
    public record Bias(String juror, double meanDeviation, double z, String flag) {
    }
}
