package org.munacademy.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import org.munacademy.shared.entity.BaseEntity;

/**
 * One question slot of an attempt: the exact revision drawn, the presentation order of its options, and the last
 * saved response with the attempt sequence number that saved it.
 */
@Entity
@Table(name = "assessment_attempt_item")
public class AttemptItem extends BaseEntity {

    @Column(name = "attempt_id", nullable = false)
    private Long attemptId;

    @Column(nullable = false)
    private int slot;

    @Column(name = "question_id", nullable = false)
    private Long questionId;

    @Column(name = "revision_id", nullable = false)
    private Long revisionId;

    @Column(name = "competency_code", nullable = false)
    private String competencyCode;

    @Column(name = "level_no", nullable = false)
    private int level;

    @Column(nullable = false)
    private String presentation;

    private String response;

    @Column(name = "answer_seq")
    private Long answerSeq;

    @Column(name = "answered_at")
    private Instant answeredAt;

    private BigDecimal score;

    /** An essay answer awaiting a grader (set when the attempt is finished, cleared by {@link #grade}). */
    @Column(name = "needs_grading", nullable = false)
    private boolean needsGrading;

    /** The grader's marks per rubric criterion, in the rubric's order, as "2,1.5,0". */
    @Column(name = "grade_points")
    private String gradePoints;

    @Column(name = "grade_comment")
    private String gradeComment;

    @Column(name = "graded_by")
    private String gradedBy;

    @Column(name = "graded_at")
    private Instant gradedAt;

    protected AttemptItem() {
    }

    public AttemptItem(Long attemptId, int slot, Long questionId, Long revisionId, String competencyCode, int level,
            String presentation) {
        this.attemptId = attemptId;
        this.slot = slot;
        this.questionId = questionId;
        this.revisionId = revisionId;
        this.competencyCode = competencyCode;
        this.level = level;
        this.presentation = presentation;
    }

    public void setScore(double score) {
        this.score = BigDecimal.valueOf(score).setScale(6, RoundingMode.HALF_UP);
    }

    /** The attempt is finished and this essay waits for a grader. */
    public void awaitGrading() {
        this.needsGrading = true;
        this.score = null;
    }

    /**
     * A grader's marks: the item's score (0…1, worked out from the rubric) and who graded when. Only an essay
     * waiting for a grader is graded (the boundary refuses the others with a named error first).
     */
    public void grade(List<Double> points, double score, String comment, String by, Instant at) {
        if (!needsGrading) {
            throw new IllegalStateException("item " + getId() + " is not awaiting grading");
        }
        this.needsGrading = false;
        this.gradePoints = points.stream().map(p -> BigDecimal.valueOf(p).stripTrailingZeros().toPlainString())
                .collect(java.util.stream.Collectors.joining(","));
        this.gradeComment = comment == null || comment.isBlank() ? null : comment.strip();
        this.gradedBy = by;
        this.gradedAt = at;
        setScore(score);
    }

    /**
     * New marks for an essay graded before (a methodologist's correction after the result became final): the marks,
     * comment, grader and score are replaced.
     */
    public void regrade(List<Double> points, double score, String comment, String by, Instant at) {
        if (needsGrading || gradedBy == null) {
            throw new IllegalStateException("item " + getId() + " has not been graded");
        }
        this.needsGrading = true;
        grade(points, score, comment, by, at);
    }

    public boolean isNeedsGrading() {
        return needsGrading;
    }

    /** The grader's marks per criterion; empty when not graded. */
    public List<Double> getGradePoints() {
        return gradePoints == null || gradePoints.isEmpty() ? List.of()
                : java.util.Arrays.stream(gradePoints.split(",")).map(Double::valueOf).toList();
    }

    public String getGradeComment() {
        return gradeComment;
    }

    public String getGradedBy() {
        return gradedBy;
    }

    public Instant getGradedAt() {
        return gradedAt;
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public int getSlot() {
        return slot;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public Long getRevisionId() {
        return revisionId;
    }

    public String getCompetencyCode() {
        return competencyCode;
    }

    public int getLevel() {
        return level;
    }

    public String getPresentation() {
        return presentation;
    }

    public String getResponse() {
        return response;
    }

    public Long getAnswerSeq() {
        return answerSeq;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Double getScore() {
        return score == null ? null : score.doubleValue();
    }
}
