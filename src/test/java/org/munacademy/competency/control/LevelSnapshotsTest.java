package org.munacademy.competency.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.munacademy.competency.entity.EvidenceItem;
import org.munacademy.competency.entity.EvidenceSource;
import org.munacademy.competency.entity.LevelRule;

class LevelSnapshotsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 31);

    @Test
    void the_levels_stay_what_the_rules_give_every_day_until_the_snapshot_expires() {
        Random random = new Random(20261203);
        List<LevelRule> rules = List.of(new LevelRule(LevelRule.Kind.LATEST, 24, 12, 36),
                new LevelRule(LevelRule.Kind.HIGHEST_IN_WINDOW, 24, 12, 36),
                new LevelRule(LevelRule.Kind.HIGHEST_IN_WINDOW, 1, 12, 36),
                new LevelRule(LevelRule.Kind.DECAYING_AVERAGE, 24, 6, 36));
        int checkedDays = 0;
        int changesSeen = 0;
        int ending = 0;
        for (int round = 0; round < 400; round++) {
            List<EvidenceItem> evidence = randomEvidence(random);
            for (LevelRule rule : rules) {
                LocalDate day = TODAY.plusDays(random.nextInt(40));
                Map<String, Integer> snapshot = LevelSnapshots.levels(evidence, rule, day);
                LocalDate until = LevelSnapshots.validUntil(evidence, rule, day);
                LocalDate last = until == null ? day.plusYears(6) : until.minusDays(1);
                assertThat(until == null || until.isAfter(day)).isTrue();
                for (LocalDate d = day; !d.isAfter(last); d = d.plusDays(1)) {
                    assertThat(LevelSnapshots.levels(evidence, rule, d)).as("%s on %s (snapshot of %s until %s)",
                            rule.kind(), d, day, until).isEqualTo(snapshot);
                    checkedDays++;
                }
                if (until != null && rule.kind() != LevelRule.Kind.DECAYING_AVERAGE) {
                    ending++;
                }
                if (until != null && rule.kind() != LevelRule.Kind.DECAYING_AVERAGE
                        && !LevelSnapshots.levels(evidence, rule, until).equals(snapshot)) {
                    changesSeen++;
                }
            }
        }
        assertThat(checkedDays).isGreaterThan(10_000);
        System.out.printf("Level snapshots: %d days checked, %d of %d ends were real changes%n", checkedDays,
                changesSeen, ending);
        assertThat(changesSeen).as("an end is often a real change, not only a day early").isGreaterThan(ending / 4);
    }

    @Test
    void a_window_month_is_left_on_the_first_day_the_window_starts_after_the_evidence() {
        assertThat(LevelSnapshots.leavesWindow(LocalDate.of(2025, 1, 31), 1)).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(LevelSnapshots.leavesWindow(LocalDate.of(2025, 3, 15), 24)).isEqualTo(LocalDate.of(2027, 3, 16));
        assertThat(LevelSnapshots.leavesWindow(LocalDate.of(2024, 2, 29), 12)).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void the_text_round_trips_and_refuses_what_it_cannot_hold() {
        Map<String, Integer> levels = new java.util.TreeMap<>(Map.of("DIG-01", 3, "LAW-02", 10, "УПР-1", 1));
        String text = LevelSnapshots.encode(levels);
        assertThat(text).isEqualTo("DIG-01=3;LAW-02=10;УПР-1=1");
        assertThat(LevelSnapshots.decode(text)).isEqualTo(levels);
        assertThat(LevelSnapshots.decode("")).isEmpty();
        assertThat(LevelSnapshots.encode(Map.of("A=B", 1))).isNull();
        Map<String, Integer> many = new java.util.TreeMap<>();
        for (int i = 0; i < 300; i++) {
            many.put("COMPETENCY-" + i, 1);
        }
        assertThat(LevelSnapshots.encode(many)).isNull();
    }

    @Test
    void self_assessments_neither_count_nor_end_a_snapshot() {
        List<EvidenceItem> evidence = List.of(
                new EvidenceItem(1L, "DIG-01", 4, EvidenceSource.SELF_ASSESSMENT, TODAY.plusDays(3), null, null),
                new EvidenceItem(2L, "DIG-01", 2, EvidenceSource.ASSESSMENT, TODAY.minusDays(3), null, null));
        LevelRule latest = new LevelRule(LevelRule.Kind.LATEST, 24, 12, 36);
        assertThat(LevelSnapshots.levels(evidence, latest, TODAY)).isEqualTo(Map.of("DIG-01", 2));
        assertThat(LevelSnapshots.validUntil(evidence, latest, TODAY)).isNull();
    }

    private static List<EvidenceItem> randomEvidence(Random random) {
        List<EvidenceItem> out = new ArrayList<>();
        String[] codes = {"DIG-01", "LAW-02", "COM-03"};
        EvidenceSource[] sources = EvidenceSource.values();
        int n = random.nextInt(7);
        for (int i = 0; i < n; i++) {
            LocalDate observed = TODAY.minusDays(random.nextInt(1200)).plusDays(random.nextInt(120));
            LocalDate expires = random.nextInt(3) == 0 ? observed.plusDays(30 + random.nextInt(900)) : null;
            out.add(new EvidenceItem((long) i, codes[random.nextInt(codes.length)], 1 + random.nextInt(5),
                    sources[random.nextInt(sources.length)], observed, expires, null));
        }
        return out;
    }
}
