package org.munacademy.assessment.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.munacademy.shared.entity.BaseEntity;

/**
 * One wording of a question (content as JSON, see the assessment control's ItemJson). A revision that an attempt
 * has used is never changed again. It records the stored files its texts show ({@link #getMedia()}, kept with every
 * write of the content), so that who may read such a file is decided by who may see the question.
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

    @ElementCollection
    @CollectionTable(name = "assessment_revision_media", joinColumns = @JoinColumn(name = "revision_id"))
    @Column(name = "sha256", nullable = false, length = 64)
    private Set<String> media = new HashSet<>();

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
        this.media = new HashSet<>(RichText.files(content));
    }

    /** Rewrites an unused revision in place. */
    public void rewrite(QuestionType type, String content) {
        this.type = type;
        this.content = content;
        this.media.retainAll(RichText.files(content));
        this.media.addAll(RichText.files(content));
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

    /** The SHA-256 of every stored file the content refers to. */
    public Set<String> getMedia() {
        return Set.copyOf(media);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
