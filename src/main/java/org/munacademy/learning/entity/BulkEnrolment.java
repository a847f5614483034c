package org.munacademy.learning.entity;

import java.util.List;

/** The result of enrolling several persons at once: one line per person asked for. */
public record BulkEnrolment(String cohortCode, int enrolled, int waiting, int skipped, List<Line> lines) {

    public BulkEnrolment {
        lines = List.copyOf(lines);
    }

    /**
     * A person's outcome: the status they now have, or why nobody was enrolled ({@code refusal}: an error code's name,
     * e.g. ALREADY_ENROLLED or PERSON_OUT_OF_SCOPE).
     */
    public record Line(long personId, EnrolmentStatus status, String refusal) {
    }
}
