package org.munacademy.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.munacademy.shared.entity.BaseEntity;
import org.munacademy.shared.entity.FileRefs;

/**
 * A question of the item bank: stable code, what it assesses (competency and level of a standard), intended
 * difficulty and status. Its wording lives in immutable {@link QuestionRevision}s: editing a question that an
 * attempt has used adds a revision, so that every past attempt shows exactly what was taken.
 */
@Entity
@Table(name = "assessment_question")
public class Question extends BaseEntity {

    @Column(nullable = false)
    private String code;

    @Column(name = "standard_code", nullable = false)
    private String standardCode;

    @Column(name = "competency_code", nullable = false)
    private String competencyCode;

    @Column(name = "level_no", nullable = false)
    private int level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Difficulty difficulty;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionType type;

    /** The longest title and category. */
    public static final int MAX_NAME = 255;

    @Column
    private String title;

    @Column
    private String category;

    @Column(name = "stem_preview", nullable = false)
    private String stemPreview;

    @Column(name = "current_revision_no", nullable = false)
    private int currentRevisionNo;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Question() {
    }

    public Question(String code, String standardCode, String createdBy, Instant createdAt) {
        this.code = code;
        this.standardCode = standardCode;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.status = QuestionStatus.DRAFT;
        this.currentRevisionNo = 0;
    }

    /** Sets what the question assesses and shows (the content itself goes into a revision). */
    public void describe(String competencyCode, int level, Difficulty difficulty, ItemContent content, Instant at) {
        this.competencyCode = competencyCode;
        this.level = level;
        this.difficulty = difficulty;
        this.type = content.type();
        String stem = FileRefs.plain(RichText.plain(content.stem())).replaceAll("\\s+", " ").trim();
        this.stemPreview = stem.length() > 500 ? stem.substring(0, 499) + "…" : stem;
        this.updatedAt = at;
    }

    /**
     * Sets the title and the category (a tag) of the question, each cut to {@link #MAX_NAME} characters; null or
     * blank removes it.
     */
    public void name(String title, String category) {
        this.title = cut(title);
        this.category = cut(category);
    }

    private static String cut(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        return t.length() > MAX_NAME ? t.substring(0, MAX_NAME - 1) + "…" : t;
    }

    public int nextRevision() {
        return ++currentRevisionNo;
    }

    public void setStatus(QuestionStatus status, Instant at) {
        this.status = status;
        this.updatedAt = at;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getCategory() {
        return category;
    }

    public String getStandardCode() {
        return standardCode;
    }

    public String getCompetencyCode() {
        return competencyCode;
    }

    public int getLevel() {
        return level;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public QuestionType getType() {
        return type;
    }

    public String getStemPreview() {
        return stemPreview;
    }

    public int getCurrentRevisionNo() {
        return currentRevisionNo;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
