package org.munacademy.contest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.munacademy.shared.entity.BaseEntity;

/** One criterion's score on an assignment's sheet. */
@Entity
@Table(name = "contest_score")
public class Score extends BaseEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false, updatable = false)
    private Assignment assignment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id", nullable = false, updatable = false)
    private Criterion criterion;

    @Column(name = "score", nullable = false)
    private int score;

    protected Score() {
    }

    public Score(Assignment assignment, Criterion criterion, int score) {
        this.assignment = assignment;
        this.criterion = criterion;
        this.score = score;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public int getScore() {
        return score;
    }

    public void setScore(int score) {
        this.score = score;
    }
}
