package org.munacademy.contest.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.munacademy.shared.entity.FieldLimits;

/** A juror's written declaration of a conflict of interest with an application (relative or other). * <p>
 * A class, not a record: Payara's OpenAPI generator fails on constraint annotations of record components.
 */
public class ConflictData {

    private long applicationId;

    @NotNull
    private ConflictKind kind;

    @NotBlank
    @Size(max = FieldLimits.CONTEST_NOTE)
    private String statement;

    public ConflictData() {
    }

    public ConflictData(long applicationId, ConflictKind kind, String statement) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.statement = statement;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(long applicationId) {
        this.applicationId = applicationId;
    }

    /** The applicationId (record-style accessor). */
    public long applicationId() {
        return applicationId;
    }

    public ConflictKind getKind() {
        return kind;
    }

    public void setKind(ConflictKind kind) {
        this.kind = kind;
    }

    /** The kind (record-style accessor). */
    public ConflictKind kind() {
        return kind;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    /** The statement (record-style accessor). */
    public String statement() {
        return statement;
    }
}
