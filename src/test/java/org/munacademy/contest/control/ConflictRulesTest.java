package org.munacademy.contest.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.munacademy.contest.entity.ApplicantFacts;
import org.munacademy.contest.entity.ConflictFinding;
import org.munacademy.contest.entity.ConflictKind;
import org.munacademy.contest.entity.JurorFacts;
import org.munacademy.contest.entity.MemberFacts;

class ConflictRulesTest {

    private static final long TOWN = 10L;

    private static ApplicantFacts personal(long applicationId, MemberFacts member) {
        return new ApplicantFacts(applicationId, 1L, List.of(member));
    }

    @Test
    void a_juror_of_the_applicants_municipality_is_in_conflict_and_one_of_another_is_not() {
        JurorFacts juror = new JurorFacts(1, 500, TOWN, 1L, "Финансы", 2);

        List<ConflictFinding> findings = ConflictRules.find(List.of(juror), List.of(
                personal(7, new MemberFacts(600, TOWN, "Культура", 3)),
                personal(8, new MemberFacts(601, 11L, "Финансы", 3))));

        assertThat(findings).containsExactly(new ConflictFinding(1, 7, ConflictKind.SAME_MUNICIPALITY));
    }

    @Test
    void in_the_same_department_a_smaller_rank_number_is_the_superior() {
        JurorFacts head = new JurorFacts(1, 500, TOWN, 1L, "Финансы", 1);
        JurorFacts clerk = new JurorFacts(2, 501, TOWN, 1L, " финансы ", 4);
        ApplicantFacts deputyHead = personal(7, new MemberFacts(600, TOWN, "Финансы", 2));

        assertThat(ConflictRules.kinds(head, deputyHead))
                .containsExactly(ConflictKind.SAME_MUNICIPALITY, ConflictKind.SUPERIOR);
        assertThat(ConflictRules.kinds(clerk, deputyHead))
                .containsExactly(ConflictKind.SAME_MUNICIPALITY, ConflictKind.SUBORDINATE);
    }

    @Test
    void equal_ranks_other_departments_and_unknown_facts_make_no_superior_or_subordinate() {
        JurorFacts juror = new JurorFacts(1, 500, TOWN, 1L, "Финансы", 2);

        assertThat(ConflictRules.kinds(juror, personal(7, new MemberFacts(600, TOWN, "Финансы", 2))))
                .containsExactly(ConflictKind.SAME_MUNICIPALITY);
        assertThat(ConflictRules.kinds(juror, personal(7, new MemberFacts(600, TOWN, "Культура", 3))))
                .containsExactly(ConflictKind.SAME_MUNICIPALITY);
        assertThat(ConflictRules.kinds(juror, personal(7, new MemberFacts(600, TOWN, null, 3))))
                .containsExactly(ConflictKind.SAME_MUNICIPALITY);
        assertThat(ConflictRules.kinds(juror, personal(7, new MemberFacts(600, TOWN, "Финансы", null))))
                .containsExactly(ConflictKind.SAME_MUNICIPALITY);
        JurorFacts blankDepartment = new JurorFacts(2, 501, TOWN, 1L, "  ", 1);
        assertThat(ConflictRules.kinds(blankDepartment, personal(7, new MemberFacts(600, TOWN, "  ", 3))))
                .containsExactly(ConflictKind.SAME_MUNICIPALITY);
    }

    @Test
    void an_unknown_municipality_never_makes_a_conflict() {
        JurorFacts juror = new JurorFacts(1, 500, null, 1L, "Финансы", 1);

        assertThat(ConflictRules.kinds(juror, personal(7, new MemberFacts(600, null, "Финансы", 3)))).isEmpty();
    }

    @Test
    void a_juror_who_is_a_member_of_a_team_is_in_conflict_with_its_application() {
        JurorFacts juror = new JurorFacts(1, 500, 99L, 1L, null, null);
        ApplicantFacts team = new ApplicantFacts(7, 1L, List.of(
                new MemberFacts(600, TOWN, null, null),
                new MemberFacts(500, 99L, null, null),
                new MemberFacts(602, TOWN, null, null)));
        ApplicantFacts otherTeam = new ApplicantFacts(8, 1L, List.of(
                new MemberFacts(610, TOWN, null, null),
                new MemberFacts(611, 12L, null, null),
                new MemberFacts(612, 13L, null, null)));

        assertThat(ConflictRules.find(List.of(juror), List.of(team, otherTeam))).containsExactly(
                new ConflictFinding(1, 7, ConflictKind.SAME_MUNICIPALITY),
                new ConflictFinding(1, 7, ConflictKind.SAME_TEAM));
    }

    @Test
    void any_team_member_from_the_jurors_municipality_makes_the_whole_team_conflicted() {
        JurorFacts juror = new JurorFacts(1, 500, 12L, 1L, "Финансы", 1);
        ApplicantFacts team = new ApplicantFacts(8, 1L, List.of(
                new MemberFacts(610, TOWN, "Финансы", 3),
                new MemberFacts(611, 12L, "Финансы", 3),
                new MemberFacts(612, 13L, null, null)));

        assertThat(ConflictRules.kinds(juror, team))
                .containsExactly(ConflictKind.SAME_MUNICIPALITY, ConflictKind.SUPERIOR);
    }

    @Test
    void a_finding_forbids_its_pair() {
        assertThat(new ConflictFinding(3, 9, ConflictKind.SAME_TEAM).pair().jurorId()).isEqualTo(3);
        assertThat(new ConflictFinding(3, 9, ConflictKind.SAME_TEAM).pair().applicationId()).isEqualTo(9);
    }
}
