package org.munacademy.reserve.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.munacademy.competency.entity.CurrentLevel;
import org.munacademy.competency.entity.Gap;
import org.munacademy.competency.entity.GapReport;
import org.munacademy.learning.entity.ClosedGap;
import org.munacademy.learning.entity.CohortApproval;
import org.munacademy.learning.entity.CohortRow;
import org.munacademy.learning.entity.CohortStatus;
import org.munacademy.learning.entity.Recommendation;
import org.munacademy.reserve.control.PlanGenerator.Input;
import org.munacademy.reserve.control.PlanGenerator.Item;
import org.munacademy.reserve.control.PlanGenerator.Plan;
import org.munacademy.reserve.control.PlanGenerator.TestOption;
import org.munacademy.reserve.entity.PlanItemKind;

class PlanGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 10);

    private static Gap gap(String code, int target, int weight, Integer current, CurrentLevel.State state) {
        int g = Math.max(0, target - (current == null ? 0 : current));
        Gap.Status status = current == null ? Gap.Status.UNKNOWN : g == 0 ? Gap.Status.MEETS
                : current < target - 1 ? Gap.Status.BELOW_MIN : Gap.Status.BELOW_TARGET;
        return new Gap(code, code, "A", target - 1, target, weight,
                new CurrentLevel(code, current, current == null ? null : current.doubleValue(), state,
                        current == null ? null : TODAY.minusDays(10), current == null ? 0 : 1), g, status);
    }

    /** BUD-01 target 4 weight 3 at 1 (gap 3); LAW-02 target 3 weight 1 at 2 (gap 1); DIG-01 met, but stale. */
    private static GapReport report() {
        return new GapReport(1L, "Иванов", "HEADS", "STD", 1, List.of(
                gap("BUD-01", 4, 3, 1, CurrentLevel.State.CURRENT),
                gap("LAW-02", 3, 1, 2, CurrentLevel.State.CURRENT),
                gap("DIG-01", 3, 2, 3, CurrentLevel.State.STALE)), 0.5);
    }

    private static Recommendation reco(String code, boolean open, ClosedGap... closes) {
        List<CohortRow> cohorts = open ? List.of(new CohortRow(1L, code + "-1", code, code, TODAY.plusDays(5),
                TODAY.plusDays(40), 10, 0, TODAY.minusDays(5), TODAY.plusDays(5), CohortApproval.FREE,
                CohortStatus.OPEN, 0)) : List.of();
        return new Recommendation(code, "Программа " + code, 36, 0, "", List.of(closes), cohorts);
    }

    private static Plan generate(List<Recommendation> recos, List<TestOption> tests, String mentor,
            LocalDate validUntil) {
        return PlanGenerator.generate(new Input(TODAY, validUntil, report(), recos, tests, mentor));
    }

    @Test
    void the_programme_closing_the_largest_weighted_gap_comes_first_and_one_closing_only_covered_gaps_is_left_out() {
        Plan p = generate(List.of(
                reco("LAW", true, new ClosedGap("LAW-02", 2, 3)),
                reco("BUD", false, new ClosedGap("BUD-01", 1, 4)),
                reco("BUD2", true, new ClosedGap("BUD-01", 1, 3))), List.of(), null, null);
        assertThat(p.items()).extracting(Item::refCode).containsExactly("BUD", "LAW");
        assertThat(p.items()).extracting(Item::kind).containsOnly(PlanItemKind.PROGRAMME);
        assertThat(p.items().get(0).competencyCodes()).isEqualTo("BUD-01");
        assertThat(p.items().get(0).title()).isEqualTo("Программа BUD");
    }

    @Test
    void a_competency_already_met_gets_no_programme() {
        Plan p = generate(List.of(reco("DIG", true, new ClosedGap("DIG-01", 3, 4))), List.of(), null, null);
        assertThat(p.items()).isEmpty();
    }

    @Test
    void equal_programmes_prefer_an_open_cohort_then_the_code() {
        Plan p = generate(List.of(
                reco("B", false, new ClosedGap("LAW-02", 2, 3)),
                reco("C", true, new ClosedGap("LAW-02", 2, 3)),
                reco("A", true, new ClosedGap("LAW-02", 2, 3))), List.of(), null, null);
        assertThat(p.items()).extracting(Item::refCode).containsExactly("A");
    }

    @Test
    void no_more_than_the_maximum_of_programmes() {
        List<Recommendation> many = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            gaps.add(gap("C" + i, 3, 1, 1, CurrentLevel.State.CURRENT));
            many.add(reco("P" + i, true, new ClosedGap("C" + i, 1, 3)));
        }
        Plan p = PlanGenerator.generate(new Input(TODAY, null, new GapReport(1L, "x", "G", "S", 1, gaps, 0.3),
                many, List.of(), null));
        assertThat(p.items()).hasSize(PlanGenerator.MAX_PROGRAMMES);
    }

    @Test
    void an_assessment_confirms_stale_or_missing_evidence_and_comes_first() {
        Plan p = generate(List.of(reco("BUD", true, new ClosedGap("BUD-01", 1, 4))), List.of(
                new TestOption("T-LAW", "Тест по праву", List.of("LAW-02")),
                new TestOption("T-DIG", "Цифровая грамотность", List.of("DIG-01", "LAW-02"))), null, null);
        assertThat(p.items()).extracting(Item::kind).containsExactly(PlanItemKind.ASSESSMENT,
                PlanItemKind.PROGRAMME);
        assertThat(p.items().get(0).refCode()).isEqualTo("T-DIG");
        assertThat(p.items().get(0).competencyCodes()).isEqualTo("DIG-01");
    }

    @Test
    void a_test_covering_only_current_levels_is_not_planned() {
        Plan p = generate(List.of(), List.of(new TestOption("T-LAW", "Тест", List.of("LAW-02", "BUD-01"))), null,
                null);
        assertThat(p.items()).isEmpty();
    }

    @Test
    void a_mentor_adds_mentoring_due_at_the_end_of_the_term() {
        LocalDate until = TODAY.plusMonths(24);
        Plan p = generate(List.of(), List.of(), "Наставничество: Петров П. П.", until);
        assertThat(p.items()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(PlanItemKind.MENTORING);
            assertThat(i.dueOn()).isEqualTo(until);
        });
        assertThat(p.dueOn()).isEqualTo(until);
    }

    @Test
    void due_dates_spread_evenly_over_the_term_and_the_last_falls_on_its_end() {
        LocalDate until = TODAY.plusDays(300);
        Plan p = generate(List.of(
                reco("BUD", false, new ClosedGap("BUD-01", 1, 4)),
                reco("LAW", false, new ClosedGap("LAW-02", 2, 3))),
                List.of(new TestOption("T-DIG", "Тест", List.of("DIG-01"))), null, until);
        assertThat(p.items()).extracting(Item::dueOn).containsExactly(TODAY.plusDays(100), TODAY.plusDays(200),
                until);
    }

    @Test
    void a_programme_is_not_due_before_its_open_cohort_ends() {
        LocalDate until = TODAY.plusDays(60);
        Plan p = generate(List.of(
                reco("BUD", true, new ClosedGap("BUD-01", 1, 4)),
                reco("LAW", false, new ClosedGap("LAW-02", 2, 3))), List.of(), null, until);
        // slot 1 of 2 is day 30, but BUD's cohort ends on day 40
        assertThat(p.items()).extracting(Item::dueOn).containsExactly(TODAY.plusDays(40), until);
    }

    @Test
    void without_a_valid_until_date_or_with_one_too_close_the_term_is_twelve_months() {
        assertThat(PlanGenerator.termEnd(TODAY, null)).isEqualTo(TODAY.plusMonths(12));
        assertThat(PlanGenerator.termEnd(TODAY, TODAY.plusDays(10))).isEqualTo(TODAY.plusMonths(12));
        assertThat(PlanGenerator.termEnd(TODAY, TODAY.plusDays(400))).isEqualTo(TODAY.plusDays(400));
    }

    @Test
    void the_same_input_gives_the_same_plan() {
        List<Recommendation> recos = List.of(reco("LAW", true, new ClosedGap("LAW-02", 2, 3)),
                reco("BUD", false, new ClosedGap("BUD-01", 1, 4)));
        List<TestOption> tests = List.of(new TestOption("T-DIG", "Тест", List.of("DIG-01")));
        assertThat(generate(recos, tests, "М", null)).isEqualTo(generate(List.of(recos.get(1), recos.get(0)),
                tests, "М", null));
    }
}
