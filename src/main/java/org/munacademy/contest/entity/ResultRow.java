package org.munacademy.contest.entity;

import java.math.BigDecimal;

/** An application's result at a stage (score and place are shown once the stage is published, or to the admin). */
public record ResultRow(long stageId, int stageSeq, String stageTitle, StageKind kind, ResultStatus status,
        BigDecimal score, Integer place, String note) {
}
