package org.munacademy.contest.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.munacademy.shared.entity.FieldLimits;

/** A juror to seat on a stage: the account, the region for a regional stage, whether they chair. * <p>
 * A class, not a record: Payara's OpenAPI generator fails on constraint annotations of record components.
 */
public class JurorData {

    @NotBlank
    @Size(max = FieldLimits.USERNAME)
    private String username;

    @Size(max = FieldLimits.CODE)
    private String regionCode;

    private boolean chair;

    public JurorData() {
    }

    public JurorData(String username, String regionCode, boolean chair) {
        this.username = username;
        this.regionCode = regionCode;
        this.chair = chair;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    /** The username (record-style accessor). */
    public String username() {
        return username;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    /** The regionCode (record-style accessor). */
    public String regionCode() {
        return regionCode;
    }

    public boolean isChair() {
        return chair;
    }

    public void setChair(boolean chair) {
        this.chair = chair;
    }

    /** The chair (record-style accessor). */
    public boolean chair() {
        return chair;
    }
}
