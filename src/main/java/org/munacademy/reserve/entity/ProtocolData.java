package org.munacademy.reserve.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.munacademy.shared.entity.FieldLimits;

/**
 * A commission's protocol as entered: number, date, the members present (names, one each) and the decisions — all
 * recorded or none.
 */
public class ProtocolData {

    @NotBlank(message = "{reserve.protocol.number.required}")
    @Size(max = FieldLimits.RESERVE_DOCUMENT_NUMBER, message = "{reserve.protocol.number.size}")
    private String number;

    @NotNull(message = "{reserve.protocol.date.required}")
    private LocalDate heldOn;

    @NotEmpty(message = "{reserve.protocol.members.required}")
    private List<@NotBlank(message = "{reserve.protocol.members.required}") String> membersPresent = new ArrayList<>();

    @NotEmpty(message = "{reserve.protocol.decisions.required}")
    private List<@Valid @NotNull DecisionData> decisions = new ArrayList<>();

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public List<String> getMembersPresent() {
        return membersPresent;
    }

    public void setMembersPresent(List<String> membersPresent) {
        this.membersPresent = membersPresent;
    }

    public List<DecisionData> getDecisions() {
        return decisions;
    }

    public void setDecisions(List<DecisionData> decisions) {
        this.decisions = decisions;
    }
}
