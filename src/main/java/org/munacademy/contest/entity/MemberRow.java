package org.munacademy.contest.entity;

/** A team member and whether they have consented. */
public record MemberRow(long personId, String name, boolean consented) {
}
