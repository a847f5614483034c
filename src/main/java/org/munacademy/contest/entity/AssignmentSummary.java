package org.munacademy.contest.entity;

import java.util.List;

/**
 * The result of assigning a stage's jurors: pairs made, loads per juror (min and max), automatic conflicts avoided,
 * and the applications that could not get k jurors with the reason.
 */
public record AssignmentSummary(long stageId, int applications, int pairs, int minLoad, int maxLoad,
        int conflictsAvoided, List<String> shortfalls, List<JurorRow> jurors) {
}
