package org.munacademy.reserve.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.munacademy.shared.entity.FieldLimits;

/**
 * HR's withdrawal of a nomination: the reason (required, kept as the entry's closing comment and in its history) and,
 * optionally, the entry's version read (a stale one is refused with 409).
 */
public class WithdrawalData {

    @NotBlank(message = "{reserve.withdrawal.reason.required}")
    @Size(max = FieldLimits.RESERVE_COMMENT, message = "{reserve.comment.size}")
    private String reason;

    private Long version;

    public WithdrawalData() {
    }

    public WithdrawalData(String reason, Long version) {
        this.reason = reason;
        this.version = version;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
