package org.munacademy.reserve.entity;

/** A member of a reserve's commission: the account, their name (the person's, else the username) and role. */
public record MemberRow(Long accountId, String username, Long personId, String name, CommissionRole role) {
}
