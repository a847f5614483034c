package org.munacademy.assessment.entity;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A save: the slot, the sequence number the client last received, and the response. */
public class AnswerInput {

    @Min(value = 1, message = "{answer.slot.range}")
    private int slot;

    @Min(value = 0, message = "{answer.seq.range}")
    private long seq;

    @NotNull(message = "{answer.response.required}")
    private Response response;

    public AnswerInput() {
    }

    public AnswerInput(int slot, long seq, Response response) {
        this.slot = slot;
        this.seq = seq;
        this.response = response;
    }

    public int getSlot() {
        return slot;
    }

    public void setSlot(int slot) {
        this.slot = slot;
    }

    public long getSeq() {
        return seq;
    }

    public void setSeq(long seq) {
        this.seq = seq;
    }

    public Response getResponse() {
        return response;
    }

    public void setResponse(Response response) {
        this.response = response;
    }
}
