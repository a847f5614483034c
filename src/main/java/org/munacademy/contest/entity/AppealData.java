package org.munacademy.contest.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.munacademy.shared.entity.FieldLimits;

/** An appeal against a stage's result. * <p>
 * A class, not a record: Payara's OpenAPI generator fails on constraint annotations of record components.
 */
public class AppealData {

    private long stageId;

    @NotBlank
    @Size(max = FieldLimits.CONTEST_APPEAL)
    private String reason;

    public AppealData() {
    }

    public AppealData(long stageId, String reason) {
        this.stageId = stageId;
        this.reason = reason;
    }

    public long getStageId() {
        return stageId;
    }

    public void setStageId(long stageId) {
        this.stageId = stageId;
    }

    /** The stageId (record-style accessor). */
    public long stageId() {
        return stageId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** The reason (record-style accessor). */
    public String reason() {
        return reason;
    }
}
