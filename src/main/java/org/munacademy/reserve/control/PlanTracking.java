package org.munacademy.reserve.control;

import java.time.LocalDate;
import org.munacademy.assessment.entity.AttemptMark;
import org.munacademy.assessment.entity.AttemptStatus;
import org.munacademy.learning.entity.ProgrammeState;
import org.munacademy.reserve.entity.PlanItemStatus;

/**
 * How a plan's tracked items follow learning and assessment (pure):
 * <ul>
 * <li>A PROGRAMME item is IN_PROGRESS while the person is enrolled in a cohort of the programme, waits for a seat or
 * asked to be enrolled, and DONE (on the completion day) once they completed it.</li>
 * <li>An ASSESSMENT item is IN_PROGRESS while an attempt is open, DONE (on the day) once an attempt is finished —
 * taking the test confirms the levels whatever the score; readiness reads the levels.</li>
 * </ul>
 * An item never moves back from DONE, and a withdrawal leaves it where it was (the entity's rule). The note says what
 * tracking saw, as {@code STATE[:detail[:date]]} for the views to put in words.
 */
public final class PlanTracking {

    /** Where an item should be, on which day (DONE only) and why. */
    public record Step(PlanItemStatus status, LocalDate on, String note) {
    }

    private PlanTracking() {
    }

    /** The step a programme item takes for the person's standing in it (null: not enrolled). */
    public static Step programme(ProgrammeState s, LocalDate today) {
        if (s == null) {
            return null;
        }
        return switch (s.status()) {
            case COMPLETED -> new Step(PlanItemStatus.DONE, s.completedOn() == null ? today : s.completedOn(),
                    "COMPLETED:" + s.cohortCode() + ":" + (s.completedOn() == null ? today : s.completedOn()));
            case ENROLLED, WAITING, REQUESTED -> new Step(PlanItemStatus.IN_PROGRESS, null,
                    s.status().name() + ":" + s.cohortCode());
            case WITHDRAWN -> null;
        };
    }

    /** The step an assessment item takes for the person's attempts (null: none). */
    public static Step assessment(AttemptMark m, LocalDate today) {
        if (m == null) {
            return null;
        }
        if (m.status() == AttemptStatus.FINISHED) {
            LocalDate on = m.finishedOn() == null ? today : m.finishedOn();
            return new Step(PlanItemStatus.DONE, on, "FINISHED:" + on);
        }
        return new Step(PlanItemStatus.IN_PROGRESS, null, "STARTED");
    }
}
