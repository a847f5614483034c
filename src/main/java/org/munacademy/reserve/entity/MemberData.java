package org.munacademy.reserve.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A commission member as an administrator names them: an account's username and the role. */
public record MemberData(@NotBlank(message = "{reserve.member.username.required}") String username,
        @NotNull(message = "{reserve.member.role.required}") CommissionRole role) {
}
