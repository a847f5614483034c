package org.munacademy.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.munacademy.shared.entity.BaseEntity;

/**
 * One wording of a question (content as JSON, see the assessment control's ItemJson). A revision that an attempt
 * has used is never changed again.
 */
@Entity
@Table(name = "assessment_question_revision")
public class QuestionRevision extends BaseEntity {

    @Column(name = "question_id", nullable = false)
    private Long questionId;

    @Column(name = "revision_no", nullable = false)
    private int revisionNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionType type;

    @Column(nullable = false)
    private String content;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected QuestionRevision() {
    }

    public QuestionRevision(Long questionId, int revisionNo, QuestionType type, String content, String createdBy,
            Instant createdAt) {
        this.questionId = questionId;
        this.revisionNo = revisionNo;
        this.type = type;
        this.content = content;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Rewrites an unused revision in place. */
    public void rewrite(QuestionType type, String content) {
        this.type = type;
        this.content = content;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public int getRevisionNo() {
        return revisionNo;
    }

    public QuestionType getType() {
        return type;
    }

    public String getContent() {
        return content;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
