package org.munacademy.reserve.entity;

import jakarta.validation.constraints.Size;
import org.munacademy.shared.entity.FieldLimits;

/** The person's answer to their offer: ACCEPTED (consent) or REFUSED (with the reason), and the version read. */
public class OfferReply {

    private OfferAnswer answer;

    @Size(max = FieldLimits.RESERVE_COMMENT, message = "{reserve.comment.size}")
    private String comment;

    private Long version;

    public OfferAnswer getAnswer() {
        return answer;
    }

    public void setAnswer(OfferAnswer answer) {
        this.answer = answer;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
