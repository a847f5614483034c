package org.munacademy.contest.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.munacademy.contest.entity.CandidateFacts;
import org.munacademy.contest.entity.EligibilityRules;
import org.munacademy.contest.entity.Ineligibility;
import org.munacademy.contest.entity.IneligibilityReason;

class EligibilityTest {

    private static final LocalDate ON = LocalDate.of(2026, 3, 1);
    private static final EligibilityRules AGE_25_TO_35 = new EligibilityRules(25, 35, null, null, null);

    private static List<Ineligibility> ageCheck(LocalDate birthDate) {
        return Eligibility.check(AGE_25_TO_35, new CandidateFacts(birthDate, null, null, null), ON);
    }

    @Test
    void on_the_25th_birthday_the_candidate_is_old_enough_and_the_day_before_is_not() {
        assertThat(ageCheck(LocalDate.of(2001, 3, 1))).isEmpty();
        assertThat(ageCheck(LocalDate.of(2001, 3, 2))).containsExactly(
                new Ineligibility(IneligibilityReason.AGE_BELOW_MIN, List.of("24", "25")));
    }

    @Test
    void the_maximum_age_admits_until_the_day_before_the_next_birthday() {
        assertThat(ageCheck(LocalDate.of(1990, 3, 2))).as("35 years and 364 days").isEmpty();
        assertThat(ageCheck(LocalDate.of(1990, 3, 1))).as("the 36th birthday").containsExactly(
                new Ineligibility(IneligibilityReason.AGE_ABOVE_MAX, List.of("36", "35")));
    }

    @Test
    void someone_born_on_29_february_turns_older_on_1_march_in_a_common_year() {
        EligibilityRules adult = new EligibilityRules(18, null, null, null, null);
        CandidateFacts leapling = new CandidateFacts(LocalDate.of(2008, 2, 29), null, null, null);

        assertThat(Eligibility.check(adult, leapling, LocalDate.of(2026, 2, 28))).containsExactly(
                new Ineligibility(IneligibilityReason.AGE_BELOW_MIN, List.of("17", "18")));
        assertThat(Eligibility.check(adult, leapling, LocalDate.of(2026, 3, 1))).isEmpty();
    }

    @Test
    void experience_exactly_at_the_minimum_is_enough() {
        EligibilityRules rules = new EligibilityRules(null, null, 3, null, null);

        assertThat(Eligibility.check(rules, new CandidateFacts(null, 3, null, null), ON)).isEmpty();
        assertThat(Eligibility.check(rules, new CandidateFacts(null, 2, null, null), ON)).containsExactly(
                new Ineligibility(IneligibilityReason.EXPERIENCE_BELOW_MIN, List.of("2", "3")));
    }

    @Test
    void position_group_and_region_must_be_admitted_when_the_rules_list_them() {
        EligibilityRules rules = new EligibilityRules(null, null, null, Set.of("HEAD", "DEPUTY_HEAD"), Set.of(5L));

        assertThat(Eligibility.check(rules, new CandidateFacts(null, null, "HEAD", 5L), ON)).isEmpty();
        assertThat(Eligibility.check(rules, new CandidateFacts(null, null, "CLERK", 6L), ON)).containsExactly(
                new Ineligibility(IneligibilityReason.POSITION_GROUP_NOT_ADMITTED, List.of("CLERK")),
                new Ineligibility(IneligibilityReason.REGION_NOT_ADMITTED, List.of("6")));
    }

    @Test
    void missing_facts_are_reasons_only_for_the_rules_that_need_them() {
        EligibilityRules all = new EligibilityRules(25, 35, 3, Set.of("HEAD"), Set.of(5L));
        CandidateFacts nothing = new CandidateFacts(null, null, " ", null);

        assertThat(Eligibility.check(all, nothing, ON)).extracting(Ineligibility::reason).containsExactly(
                IneligibilityReason.BIRTH_DATE_MISSING, IneligibilityReason.EXPERIENCE_MISSING,
                IneligibilityReason.POSITION_GROUP_MISSING, IneligibilityReason.REGION_MISSING);
        assertThat(Eligibility.check(EligibilityRules.none(), nothing, ON)).isEmpty();
    }

    @Test
    void every_failed_rule_is_listed_not_only_the_first() {
        EligibilityRules all = new EligibilityRules(25, 35, 3, Set.of("HEAD"), Set.of(5L));
        CandidateFacts young = new CandidateFacts(LocalDate.of(2005, 1, 1), 1, "CLERK", 7L);

        assertThat(Eligibility.check(all, young, ON)).extracting(Ineligibility::reason).containsExactly(
                IneligibilityReason.AGE_BELOW_MIN, IneligibilityReason.EXPERIENCE_BELOW_MIN,
                IneligibilityReason.POSITION_GROUP_NOT_ADMITTED, IneligibilityReason.REGION_NOT_ADMITTED);
    }
}
