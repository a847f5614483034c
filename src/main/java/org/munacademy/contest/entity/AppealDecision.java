package org.munacademy.contest.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.munacademy.shared.entity.FieldLimits;

/**
 * The administrator's decision on an appeal: upheld or rejected, the reasoning, and when upheld the scores changed
 * (each an assignment's criterion and its new score); the stage is ranked again.
 * <p>
 * A class, not a record: Payara's OpenAPI generator fails on constraint annotations of record components.
 */
public class AppealDecision {

    @NotNull
    private Boolean upheld;

    @NotBlank
    @Size(max = FieldLimits.CONTEST_APPEAL)
    private String decision;

    @Valid
    private List<ScoreChange> changes;

    private long version;

    public AppealDecision() {
    }

    public AppealDecision(Boolean upheld, String decision, List<ScoreChange> changes, long version) {
        this.upheld = upheld;
        this.decision = decision;
        this.changes = changes;
        this.version = version;
    }

    public Boolean getUpheld() {
        return upheld;
    }

    public void setUpheld(Boolean upheld) {
        this.upheld = upheld;
    }

    /** The upheld (record-style accessor). */
    public Boolean upheld() {
        return upheld;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    /** The decision (record-style accessor). */
    public String decision() {
        return decision;
    }

    public List<ScoreChange> getChanges() {
        return changes;
    }

    public void setChanges(List<ScoreChange> changes) {
        this.changes = changes;
    }

    /** The changes (record-style accessor). */
    public List<ScoreChange> changes() {
        return changes;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /** The version (record-style accessor). */
    public long version() {
        return version;
    }

    /** One score changed on appeal. */
    public static class ScoreChange {

        private long assignmentId;

        @NotBlank
        private String criterion;

        private int score;

        public ScoreChange() {
        }

        public ScoreChange(long assignmentId, String criterion, int score) {
            this.assignmentId = assignmentId;
            this.criterion = criterion;
            this.score = score;
        }

        public long getAssignmentId() {
            return assignmentId;
        }

        public void setAssignmentId(long assignmentId) {
            this.assignmentId = assignmentId;
        }

        /** The assignmentId (record-style accessor). */
        public long assignmentId() {
            return assignmentId;
        }

        public String getCriterion() {
            return criterion;
        }

        public void setCriterion(String criterion) {
            this.criterion = criterion;
        }

        /** The criterion (record-style accessor). */
        public String criterion() {
            return criterion;
        }

        public int getScore() {
            return score;
        }

        public void setScore(int score) {
            this.score = score;
        }

        /** The score (record-style accessor). */
        public int score() {
            return score;
        }
    }
}
