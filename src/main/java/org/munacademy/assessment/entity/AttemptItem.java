package org.munacademy.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
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
