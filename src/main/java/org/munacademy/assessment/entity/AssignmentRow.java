package org.munacademy.assessment.entity;

import java.time.Instant;
import java.time.LocalDate;

/** An assignment as listed: the test, the target with its name, due date, who assigned it. */
public record AssignmentRow(long id, long testId, String testCode, String testTitle, AssignmentTarget target,
        long targetId, String targetName, LocalDate dueDate, String assignedBy, Instant assignedAt) {
}
