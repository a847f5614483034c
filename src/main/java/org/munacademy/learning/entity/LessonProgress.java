package org.munacademy.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.munacademy.shared.entity.BaseEntity;

/** A person's progress in one lesson: when first viewed, when completed and (SCORM) with which score. */
@Entity
@Table(name = "learning_lesson_progress")
public class LessonProgress extends BaseEntity {

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "lesson_id", nullable = false, updatable = false)
    private Long lessonId;

    @Column(name = "viewed_at")
    private Instant viewedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    private BigDecimal score;

    protected LessonProgress() {
    }

    public LessonProgress(long personId, long lessonId) {
        this.personId = personId;
        this.lessonId = lessonId;
    }

    public void viewed(Instant now) {
        if (viewedAt == null) {
            viewedAt = now;
        }
    }

    /** Completed (again: the first completion's time stays, a later score replaces the earlier one). */
    public void completed(Instant now, BigDecimal newScore) {
        viewed(now);
        if (completedAt == null) {
            completedAt = now;
        }
        if (newScore != null) {
            score = newScore;
        }
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getLessonId() {
        return lessonId;
    }

    public Instant getViewedAt() {
        return viewedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public BigDecimal getScore() {
        return score;
    }
}
