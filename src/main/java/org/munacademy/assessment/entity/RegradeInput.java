package org.munacademy.assessment.entity;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.munacademy.shared.entity.FieldLimits;

/**
 * New marks for an essay already graded: the marks, comment and version as for a first grading, and the reason for
 * the change (required: the boundary refuses a blank one with {@code REGRADE_REASON_REQUIRED}).
 */
public class RegradeInput extends GradeInput {

    @Size(max = FieldLimits.DESCRIPTION, message = "{grade.comment.size}")
    private String reason;

    public RegradeInput() {
    }

    public RegradeInput(List<Double> points, String comment, Long version, String reason) {
        super(points, comment, version);
        this.reason = reason;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
