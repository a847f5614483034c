package org.munacademy.assessment.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.munacademy.shared.entity.FieldLimits;

/**
 * A grader's marks for one essay: points per rubric criterion (in the rubric's order), a comment, and the version
 * of the essay the grader saw (a class: see {@link TestSettings}).
 */
public class GradeInput {

    @NotNull(message = "{grade.points.required}")
    private List<Double> points = new ArrayList<>();

    @Size(max = FieldLimits.DESCRIPTION, message = "{grade.comment.size}")
    private String comment;

    @NotNull(message = "{grade.version.required}")
    private Long version;

    public GradeInput() {
    }

    public GradeInput(List<Double> points, String comment, Long version) {
        this.points = points;
        this.comment = comment;
        this.version = version;
    }

    public List<Double> getPoints() {
        return points;
    }

    public void setPoints(List<Double> points) {
        this.points = points;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
