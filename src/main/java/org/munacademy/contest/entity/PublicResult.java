package org.munacademy.contest.entity;

import java.math.BigDecimal;

/** A line of the public results page: a winner or finalist of a published stage. */
public record PublicResult(String season, String nomination, String stage, StageLevel level, String region,
        Integer place, String name, String municipality, ApplicationStatus outcome, BigDecimal score) {
}
