package org.munacademy.contest.entity;

import jakarta.validation.constraints.Size;
import java.util.Map;
import org.munacademy.shared.entity.FieldLimits;

/** A juror's scores (criterion code → score), remark, and whether to submit (which locks the sheet). * <p>
 * A class, not a record: Payara's OpenAPI generator fails on constraint annotations of record components.
 */
public class SheetData {

    private long version;

    private Map<String, Integer> scores;

    @Size(max = FieldLimits.CONTEST_NOTE)
    private String remark;

    private boolean submit;

    public SheetData() {
    }

    public SheetData(long version, Map<String, Integer> scores, String remark, boolean submit) {
        this.version = version;
        this.scores = scores;
        this.remark = remark;
        this.submit = submit;
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

    public Map<String, Integer> getScores() {
        return scores;
    }

    public void setScores(Map<String, Integer> scores) {
        this.scores = scores;
    }

    /** The scores (record-style accessor). */
    public Map<String, Integer> scores() {
        return scores;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }

    /** The remark (record-style accessor). */
    public String remark() {
        return remark;
    }

    public boolean isSubmit() {
        return submit;
    }

    public void setSubmit(boolean submit) {
        this.submit = submit;
    }

    /** The submit (record-style accessor). */
    public boolean submit() {
        return submit;
    }
}
