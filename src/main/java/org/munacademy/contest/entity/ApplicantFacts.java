package org.munacademy.contest.entity;

import java.util.List;

/**
 * What the conflict rules know about an application: its region and its members (one for a personal application,
 * three to five for a team).
 */
public record ApplicantFacts(long applicationId, Long regionId, List<MemberFacts> members) {

    public ApplicantFacts {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
