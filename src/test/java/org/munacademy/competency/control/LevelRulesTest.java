package org.munacademy.competency.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.munacademy.competency.entity.CurrentLevel;
import org.munacademy.competency.entity.CurrentLevel.State;
import org.munacademy.competency.entity.EvidenceItem;
import org.munacademy.competency.entity.EvidenceSource;
import org.munacademy.competency.entity.LevelRule;
import org.munacademy.competency.entity.LevelRule.Kind;

class LevelRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final LevelRule LATEST = new LevelRule(Kind.LATEST, 12, 12, 24);
    private static final LevelRule HIGHEST = new LevelRule(Kind.HIGHEST_IN_WINDOW, 12, 12, 24);
    /** A half-life of 4 months is 121.75 days, so 487 days are exactly four half-lives. */
    private static final LevelRule DECAYING = new LevelRule(Kind.DECAYING_AVERAGE, 12, 4, 24);

    private long nextId = 1;

    @Test
    void no_evidence_gives_no_level() {
        assertThat(LevelRules.current("K1", List.of(), LATEST, TODAY)).isEqualTo(CurrentLevel.none("K1"));
    }

    @Test
    void evidence_about_other_competencies_is_ignored() {
        List<EvidenceItem> evidence = List.of(evidence("K2", 5, TODAY));

        assertThat(LevelRules.current("K1", evidence, LATEST, TODAY)).isEqualTo(CurrentLevel.none("K1"));
    }

    @Test
    void the_latest_rule_takes_the_most_recent_evidence() {
        List<EvidenceItem> evidence = List.of(
                evidence("K1", 4, TODAY.minusMonths(3)),
                evidence("K1", 2, TODAY.minusMonths(1)),
                evidence("K1", 5, TODAY.minusMonths(6)));

        assertThat(LevelRules.current("K1", evidence, LATEST, TODAY))
                .isEqualTo(new CurrentLevel("K1", 2, 2.0, State.CURRENT, TODAY.minusMonths(1), 1));
    }

    @Test
    void evidence_of_the_same_day_is_ordered_by_id() {
        EvidenceItem later = new EvidenceItem(20L, "K1", 3, EvidenceSource.MANAGER, TODAY, null, null);
        EvidenceItem earlier = new EvidenceItem(10L, "K1", 1, EvidenceSource.COURSE, TODAY, null, null);

        assertThat(LevelRules.current("K1", List.of(later, earlier), LATEST, TODAY).level()).isEqualTo(3);
        assertThat(LevelRules.current("K1", List.of(earlier, later), LATEST, TODAY).level()).isEqualTo(3);
    }

    @Test
    void the_highest_in_window_rule_takes_the_highest_level_of_the_window_only() {
        List<EvidenceItem> evidence = List.of(
                evidence("K1", 5, TODAY.minusMonths(13)),
                evidence("K1", 4, TODAY.minusMonths(12)),
                evidence("K1", 2, TODAY.minusMonths(1)));

        assertThat(LevelRules.current("K1", evidence, HIGHEST, TODAY))
                .isEqualTo(new CurrentLevel("K1", 4, 4.0, State.CURRENT, TODAY.minusMonths(1), 2));
    }

    @Test
    void without_evidence_in_the_window_the_latest_older_level_stands_in_as_stale() {
        List<EvidenceItem> evidence = List.of(
                evidence("K1", 5, TODAY.minusMonths(20)),
                evidence("K1", 3, TODAY.minusMonths(14)));

        assertThat(LevelRules.current("K1", evidence, HIGHEST, TODAY))
                .isEqualTo(new CurrentLevel("K1", 3, 3.0, State.STALE, TODAY.minusMonths(14), 1));
    }

    @Test
    void the_decaying_average_halves_the_weight_of_evidence_every_half_life() {
        // weights: today 1, four half-lives ago 1/16, eight half-lives ago 1/256
        // score = (3*1 + 1/16 + 5/256) / (1 + 1/16 + 1/256) = 789/273
        List<EvidenceItem> evidence = List.of(
                evidence("K1", 1, TODAY.minusDays(487)),
                evidence("K1", 5, TODAY.minusDays(974)),
                evidence("K1", 3, TODAY));

        CurrentLevel level = LevelRules.current("K1", evidence, DECAYING, TODAY);

        assertThat(level.score()).isCloseTo(789.0 / 273.0, within(1e-9));
        assertThat(level.level()).isEqualTo(3);
        assertThat(level.state()).isEqualTo(State.CURRENT);
        assertThat(level.asOf()).isEqualTo(TODAY);
        assertThat(level.pieces()).isEqualTo(3);
    }

    @Test
    void the_decaying_average_rounds_half_up() {
        // two pieces of equal weight: (2 + 3) / 2 = 2.5
        List<EvidenceItem> evidence = List.of(evidence("K1", 2, TODAY), evidence("K1", 3, TODAY));

        CurrentLevel level = LevelRules.current("K1", evidence, DECAYING, TODAY);

        assertThat(level.score()).isEqualTo(2.5);
        assertThat(level.level()).isEqualTo(3);
    }

    @Test
    void expired_evidence_is_never_used() {
        List<EvidenceItem> evidence = List.of(
                evidence("K1", 2, TODAY.minusMonths(6), null),
                evidence("K1", 5, TODAY.minusMonths(1), TODAY.minusDays(1)));

        assertThat(LevelRules.current("K1", evidence, LATEST, TODAY).level()).isEqualTo(2);
        assertThat(LevelRules.current("K1", evidence, HIGHEST, TODAY).level()).isEqualTo(2);
        assertThat(LevelRules.current("K1", evidence, DECAYING, TODAY).score()).isEqualTo(2.0);
    }

    @Test
    void evidence_expiring_today_still_counts_today() {
        List<EvidenceItem> evidence = List.of(evidence("K1", 4, TODAY.minusMonths(1), TODAY));

        assertThat(LevelRules.current("K1", evidence, LATEST, TODAY).level()).isEqualTo(4);
    }

    @Test
    void only_expired_evidence_gives_an_expired_state_without_a_level() {
        List<EvidenceItem> evidence = List.of(
                evidence("K1", 4, TODAY.minusMonths(30), TODAY.minusMonths(6)),
                evidence("K1", 3, TODAY.minusMonths(10), TODAY.minusDays(1)));

        for (LevelRule rule : List.of(LATEST, HIGHEST, DECAYING)) {
            assertThat(LevelRules.current("K1", evidence, rule, TODAY)).as(rule.kind().name())
                    .isEqualTo(new CurrentLevel("K1", null, null, State.EXPIRED, null, 0));
        }
    }

    @Test
    void evidence_dated_after_today_is_not_used_yet() {
        List<EvidenceItem> evidence = List.of(
                evidence("K1", 2, TODAY.minusMonths(2)),
                evidence("K1", 5, TODAY.plusDays(1)));

        assertThat(LevelRules.current("K1", evidence, LATEST, TODAY).level()).isEqualTo(2);
    }

    @Test
    void a_level_whose_newest_evidence_is_older_than_the_stale_limit_is_stale_under_every_rule() {
        LevelRule wideWindow = new LevelRule(Kind.HIGHEST_IN_WINDOW, 36, 12, 24);
        List<EvidenceItem> old = List.of(evidence("K1", 3, TODAY.minusMonths(24).minusDays(1)));

        assertThat(LevelRules.current("K1", old, LATEST, TODAY).state()).isEqualTo(State.STALE);
        assertThat(LevelRules.current("K1", old, wideWindow, TODAY).state()).isEqualTo(State.STALE);
        assertThat(LevelRules.current("K1", old, DECAYING, TODAY).state()).isEqualTo(State.STALE);
        assertThat(LevelRules.current("K1", old, DECAYING, TODAY).level()).isEqualTo(3);
    }

    @Test
    void evidence_exactly_at_the_stale_limit_is_still_current() {
        List<EvidenceItem> evidence = List.of(evidence("K1", 3, TODAY.minusMonths(24)));

        assertThat(LevelRules.current("K1", evidence, LATEST, TODAY).state()).isEqualTo(State.CURRENT);
    }

    @Test
    void current_levels_gives_one_level_per_competency_mentioned() {
        List<EvidenceItem> evidence = List.of(
                evidence("K2", 4, TODAY.minusMonths(1)),
                evidence("K1", 2, TODAY.minusMonths(2)),
                evidence("K2", 1, TODAY.minusMonths(3)),
                evidence("K3", 5, TODAY.minusMonths(40), TODAY.minusMonths(4)));

        Map<String, CurrentLevel> levels = LevelRules.currentLevels(evidence, LATEST, TODAY);

        assertThat(levels).containsOnlyKeys("K2", "K1", "K3");
        assertThat(levels.keySet()).containsExactly("K2", "K1", "K3");
        assertThat(levels.get("K2").level()).isEqualTo(4);
        assertThat(levels.get("K1").level()).isEqualTo(2);
        assertThat(levels.get("K3").state()).isEqualTo(State.EXPIRED);
    }

    @Test
    void a_self_assessment_never_counts_as_the_current_level_whatever_the_rule() {
        List<EvidenceItem> evidence = List.of(
                evidence("K1", 2, TODAY.minusMonths(2)),
                self("K1", 4, TODAY.minusMonths(1)),
                self("K2", 4, TODAY.minusMonths(1)));

        for (LevelRule rule : List.of(LATEST, HIGHEST, DECAYING)) {
            assertThat(LevelRules.current("K1", evidence, rule, TODAY))
                    .as(rule.kind().name())
                    .isEqualTo(new CurrentLevel("K1", 2, 2.0, State.CURRENT, TODAY.minusMonths(2), 1));
            assertThat(LevelRules.current("K2", evidence, rule, TODAY)).as(rule.kind().name())
                    .isEqualTo(CurrentLevel.none("K2"));
        }
    }

    @Test
    void a_competency_with_only_self_assessments_has_no_level() {
        Map<String, CurrentLevel> levels = LevelRules.currentLevels(
                List.of(self("K1", 3, TODAY.minusMonths(1))), HIGHEST, TODAY);

        assertThat(levels.get("K1").level()).isNull();
        assertThat(levels.get("K1").state()).isEqualTo(State.NONE);
    }

    @Test
    void the_self_assessment_shown_is_the_newest_usable_one_per_competency() {
        List<EvidenceItem> evidence = List.of(
                self("K1", 2, TODAY.minusMonths(6)),
                self("K1", 3, TODAY.minusMonths(1)),
                new EvidenceItem(nextId++, "K1", 4, EvidenceSource.SELF_ASSESSMENT, TODAY.plusDays(3), null, null),
                new EvidenceItem(nextId++, "K2", 4, EvidenceSource.SELF_ASSESSMENT, TODAY.minusMonths(9),
                        TODAY.minusMonths(1), null),
                evidence("K3", 4, TODAY.minusMonths(1)));

        assertThat(LevelRules.selfAssessments(evidence, TODAY)).containsExactly(Map.entry("K1", 3));
    }

    private EvidenceItem self(String code, int level, LocalDate observedOn) {
        return new EvidenceItem(nextId++, code, level, EvidenceSource.SELF_ASSESSMENT, observedOn, null, null);
    }

    private EvidenceItem evidence(String code, int level, LocalDate observedOn) {
        return evidence(code, level, observedOn, null);
    }

    private EvidenceItem evidence(String code, int level, LocalDate observedOn, LocalDate expiresOn) {
        return new EvidenceItem(nextId++, code, level, EvidenceSource.ASSESSMENT, observedOn, expiresOn,
                "test " + nextId);
    }
}
