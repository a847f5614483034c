package org.munacademy.reserve.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The rules an administrator edits; {@code version} is the reserve's version read (else 409). A class, not a record:
 * Payara's OpenAPI generator fails on constraint annotations of record components (as {@code EvidenceInput} notes).
 */
public class ReserveRules {

    @Min(value = 6, message = "{reserve.term.range}")
    @Max(value = 60, message = "{reserve.term.range}")
    private int termMonths;

    @Min(value = 1, message = "{reserve.extension.range}")
    @Max(value = 36, message = "{reserve.extension.range}")
    private int extensionMonths;

    @Min(value = 0, message = "{reserve.extensions.range}")
    @Max(value = 5, message = "{reserve.extensions.range}")
    private int extensionsAllowed;

    @Min(value = 1, message = "{reserve.refusals.range}")
    @Max(value = 5, message = "{reserve.refusals.range}")
    private int refusalsAllowed;

    @Min(value = 1, message = "{reserve.answer.range}")
    @Max(value = 60, message = "{reserve.answer.range}")
    private int answerDays;

    private long version = -1;

    public int getTermMonths() {
        return termMonths;
    }

    public void setTermMonths(int termMonths) {
        this.termMonths = termMonths;
    }

    public int getExtensionMonths() {
        return extensionMonths;
    }

    public void setExtensionMonths(int extensionMonths) {
        this.extensionMonths = extensionMonths;
    }

    public int getExtensionsAllowed() {
        return extensionsAllowed;
    }

    public void setExtensionsAllowed(int extensionsAllowed) {
        this.extensionsAllowed = extensionsAllowed;
    }

    public int getRefusalsAllowed() {
        return refusalsAllowed;
    }

    public void setRefusalsAllowed(int refusalsAllowed) {
        this.refusalsAllowed = refusalsAllowed;
    }

    public int getAnswerDays() {
        return answerDays;
    }

    public void setAnswerDays(int answerDays) {
        this.answerDays = answerDays;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
