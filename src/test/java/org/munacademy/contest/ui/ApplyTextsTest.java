package org.munacademy.contest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.munacademy.contest.entity.AggregationMethod;
import org.munacademy.contest.entity.NominationKind;
import org.munacademy.contest.entity.NominationRow;
import org.munacademy.contest.entity.PassRuleKind;
import org.munacademy.contest.entity.StageKind;
import org.munacademy.contest.entity.StageLevel;
import org.munacademy.contest.entity.StageRow;
import org.munacademy.contest.entity.StageStatus;

class ApplyTextsTest {

    /** A translator that shows the key with its arguments, so that the test sees what was asked for. */
    static final BiFunction<String, Object[], String> KEYS = (key, args) -> args.length == 0 ? key
            : key + Arrays.toString(args);

    static StageRow stage(int seq, String title) {
        return new StageRow(seq, 1, seq, StageKind.JURY, StageLevel.REGIONAL, title, null, null, StageStatus.PLANNED,
                PassRuleKind.TOP_N, BigDecimal.ONE, AggregationMethod.WEIGHTED_MEAN, false, 3, true, null, null, null,
                List.of(), 0);
    }

    @Test
    void a_stored_reason_is_translated_with_its_arguments_in_order() {
        assertThat(ApplyTexts.reason("EXPERIENCE_BELOW_MIN|2|3", KEYS))
                .isEqualTo("contest.apply.reason.EXPERIENCE_BELOW_MIN[2, 3]");
        assertThat(ApplyTexts.reason("BIRTH_DATE_MISSING", KEYS)).isEqualTo("contest.apply.reason.BIRTH_DATE_MISSING");
    }

    @Test
    void an_empty_last_argument_is_kept_and_an_unknown_reason_is_shown_as_stored() {
        assertThat(ApplyTexts.reason("POSITION_GROUP_NOT_ADMITTED|", KEYS))
                .isEqualTo("contest.apply.reason.POSITION_GROUP_NOT_ADMITTED[]");
        assertThat(ApplyTexts.reason(" SOMETHING_NEW|1 ", KEYS)).isEqualTo("SOMETHING_NEW|1");
        assertThat(ApplyTexts.reason(null, KEYS)).isEmpty();
    }

    @Test
    void the_rules_name_the_age_range_experience_team_size_and_the_stages_in_order() {
        NominationRow team = new NominationRow(1, "TEAM", "Команда", NominationKind.TEAM, 3, 5, 25, 35, 2, List.of(),
                List.of(stage(1, "Документы"), stage(2, "Жюри")));

        assertThat(ApplyTexts.rules(team, KEYS)).containsExactly("contest.apply.rules.age[25, 35]",
                "contest.apply.rules.experience[2]", "contest.apply.rules.team[3, 5]",
                "contest.apply.rules.stages[Документы → Жюри]");
    }

    @Test
    void a_nomination_without_limits_says_so_and_one_bound_alone_is_named_alone() {
        NominationRow open = new NominationRow(1, "DEP", "Депутат", NominationKind.DEPUTY, null, null, null, null, 0,
                List.of(), List.of());
        NominationRow young = new NominationRow(2, "Y", "Молодые", NominationKind.EMPLOYEE, null, null, null, 35,
                null, List.of(), List.of());

        assertThat(ApplyTexts.rules(open, KEYS)).containsExactly("contest.apply.rules.any");
        assertThat(ApplyTexts.rules(young, KEYS)).containsExactly("contest.apply.rules.ageMax[35]");
    }

    @Test
    void member_codes_are_split_on_commas_semicolons_and_spaces() {
        assertThat(ApplyTexts.members(" PER-0010, PER-0011;PER-0012  PER-0013 ,")).containsExactly("PER-0010",
                "PER-0011", "PER-0012", "PER-0013");
        assertThat(ApplyTexts.members("  ")).isEmpty();
        assertThat(ApplyTexts.members(null)).isEmpty();
    }
}
