package org.munacademy.reserve.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A commission member as an administrator names them: an account's username and the role. A class, not a record:
 * Payara's OpenAPI generator fails on constraint annotations of record components (as {@code EvidenceInput} notes).
 */
public class MemberData {

    @NotBlank(message = "{reserve.member.username.required}")
    private String username;

    @NotNull(message = "{reserve.member.role.required}")
    private CommissionRole role;

    public MemberData() {
    }

    public MemberData(String username, CommissionRole role) {
        this.username = username;
        this.role = role;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public CommissionRole getRole() {
        return role;
    }

    public void setRole(CommissionRole role) {
        this.role = role;
    }
}
