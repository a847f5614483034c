package org.munacademy.competency.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.munacademy.competency.entity.EvidenceItem;
import org.munacademy.competency.entity.EvidenceSource;
import org.munacademy.competency.entity.LevelRule;
import org.munacademy.competency.entity.Requirement;
import org.munacademy.competency.entity.ScopeGaps;

class ScopeGapTableTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final LevelRule LATEST = new LevelRule(LevelRule.Kind.LATEST, 24, 12, 36);
    private static final List<String> CODES = List.of("BUD-01", "LAW-02", "DIG-01");

    private static EvidenceItem evidence(long id, String code, int level, EvidenceSource source) {
        return new EvidenceItem(id, code, level, source, TODAY.minusDays(10 - id), null, null);
    }

    private static ScopeGaps build() {
        List<ScopeGapTable.Member> members = List.of(
                new ScopeGapTable.Member(1, "Иванова А. А.", 10, null, "Вологда", "LEADING", 100L),
                new ScopeGapTable.Member(2, "Петров Б. Б.", 11, 10L, "Посёлок", "LEADING", 101L),
                new ScopeGapTable.Member(3, "Сидоров В. В.", 12, null, "Тверь", null, null));
        List<ScopeGapTable.RequirementRow> requirements = List.of(
                new ScopeGapTable.RequirementRow("LEADING", null, new Requirement("BUD-01", 2, 3, 2)),
                new ScopeGapTable.RequirementRow("LEADING", null, new Requirement("LAW-02", 1, 2, 1)),
                new ScopeGapTable.RequirementRow("LEADING", 101L, new Requirement("BUD-01", 3, 4, 5)),
                new ScopeGapTable.RequirementRow("LEADING", null, new Requirement("GONE-99", 1, 2, 1)));
        Map<Long, List<EvidenceItem>> evidence = Map.of(1L, List.of(evidence(1, "BUD-01", 1, EvidenceSource.MANAGER),
                evidence(2, "BUD-01", 2, EvidenceSource.MANAGER),
                evidence(3, "LAW-02", 4, EvidenceSource.SELF_ASSESSMENT)));
        return ScopeGapTable.build("MUN", CODES, members, requirements, evidence, LATEST, TODAY);
    }

    @Test
    void each_person_gets_the_effective_profile_of_their_position_and_current_levels_by_the_rule() {
        ScopeGaps gaps = build();
        ScopeGaps.Person first = gaps.persons().get(0);
        assertThat(gaps.profile(first).target()).containsExactly(3, 2, 0);
        assertThat(gaps.profile(first).weight()).containsExactly(2, 1, 0);
        // the latest manager rating counts; a self-assessment never does
        assertThat(first.current()).containsExactly(2, -1, -1);
        ScopeGaps.Person second = gaps.persons().get(1);
        assertThat(gaps.profile(second).target()).as("the position's own row replaces the group's").containsExactly(4,
                2, 0);
        assertThat(gaps.profile(second).weight()).containsExactly(5, 1, 0);
        ScopeGaps.Person third = gaps.persons().get(2);
        assertThat(gaps.profile(third).target()).as("no position: nothing required").containsExactly(0, 0, 0);
        assertThat(gaps.indexOf("DIG-01")).isEqualTo(2);
        assertThat(gaps.indexOf("GONE-99")).isEqualTo(-1);
    }

    @Test
    void a_municipality_holds_its_settlements() {
        ScopeGaps gaps = build();
        assertThat(gaps.persons().stream().filter(p -> ScopeGaps.worksIn(p, 10)).map(ScopeGaps.Person::id))
                .containsExactly(1L, 2L);
        assertThat(gaps.persons().stream().filter(p -> ScopeGaps.worksIn(p, 12)).map(ScopeGaps.Person::id))
                .containsExactly(3L);
    }

    @Test
    void a_kept_table_is_used_only_at_its_stamp_and_the_least_recently_used_goes_first() {
        ScopeGapTable table = new ScopeGapTable(2);
        ScopeGaps a = build();
        ScopeGaps b = build();
        ScopeGaps c = build();
        table.put("a", "s1", a);
        table.put("b", "s1", b);
        assertThat(table.get("a", "s1")).containsSame(a);
        assertThat(table.get("a", "s2")).as("new evidence changes the stamp").isEmpty();
        table.put("c", "s1", c);
        assertThat(table.size()).isEqualTo(2);
        assertThat(table.get("b", "s1")).as("b was used least recently").isEmpty();
        assertThat(table.get("a", "s1")).containsSame(a);
        assertThat(table.get("c", "s1")).containsSame(c);
    }

    @Test
    void newer_evidence_alone_marks_a_table_stale_and_relevelling_changes_only_the_persons_it_is_about() {
        ScopeGapTable table = new ScopeGapTable(2);
        ScopeGaps gaps = build();
        table.put("a", "rest", 3, gaps);
        assertThat(table.get("a", "rest", 3)).containsSame(gaps);
        assertThat(table.get("a", "rest", 4)).isEmpty();
        assertThat(table.staleByEvidence("a", "rest", 4)).hasValueSatisfying(s -> {
            assertThat(s.gaps()).isSameAs(gaps);
            assertThat(s.evidence()).isEqualTo(3);
        });
        assertThat(table.staleByEvidence("a", "changed profile", 4)).as("anything else changed: rebuild").isEmpty();

        ScopeGaps relevelled = ScopeGapTable.relevel(gaps, Map.of(2L, List.of(evidence(4, "LAW-02", 3,
                EvidenceSource.MANAGER)), 99L, List.of(evidence(5, "BUD-01", 1, EvidenceSource.MANAGER))), LATEST,
                TODAY);
        assertThat(relevelled.persons()).hasSize(3);
        assertThat(relevelled.persons().get(1).current()).containsExactly(-1, 3, -1);
        assertThat(relevelled.persons().get(0)).isSameAs(gaps.persons().get(0));
        assertThat(relevelled.profile(relevelled.persons().get(1)).target()).containsExactly(4, 2, 0);
    }
}
