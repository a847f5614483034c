package org.munacademy.reserve.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.munacademy.reserve.control.HistorySeed.History;
import org.munacademy.reserve.control.HistorySeed.Outcome;
import org.munacademy.reserve.control.HistorySeed.SeedEntry;
import org.munacademy.reserve.entity.DecisionKind;
import org.munacademy.reserve.entity.ExclusionGround;
import org.munacademy.shared.control.ContentCalendar;
import org.munacademy.shared.control.ContentFiles;
import org.munacademy.shared.control.ContentFiles.ContentException;
import org.munacademy.shared.control.Table;

/**
 * The reserve's demo history parses, refers only to what the other content files hold, has the shapes analytics need
 * (several regions and years, every way an entry ends, open entries ending within 60 days, nominations waiting),
 * leaves the demo employee alone, and a wrong reference stops the seed naming the line.
 */
class HistorySeedTest {

    private static final LocalDate WRITTEN = ContentCalendar.WRITTEN_AS_OF;

    private static History history() {
        return HistorySeed.load(ContentFiles::csv);
    }

    /** The content, with one column of one line of {@code history.csv} replaced. */
    private static Function<String, Optional<List<Table.Row>>> changed(int index, String column, String value) {
        return path -> {
            Optional<List<Table.Row>> rows = ContentFiles.csv(path);
            if (!path.equals(HistorySeed.HISTORY)) {
                return rows;
            }
            List<Table.Row> out = new ArrayList<>(rows.orElseThrow());
            Map<String, String> values = new LinkedHashMap<>(out.get(index).values());
            values.put(column, value);
            out.set(index, new Table.Row(out.get(index).line(), values));
            return Optional.of(out);
        };
    }

    @Test
    void the_history_parses_with_a_few_hundred_entries_over_several_years_and_reserves() {
        History h = history();
        assertThat(h.entries()).hasSizeGreaterThan(150);
        assertThat(h.protocols()).hasSizeGreaterThan(50);
        assertThat(h.appointments()).hasSizeGreaterThan(30);
        assertThat(h.entries().stream().map(SeedEntry::reserveCode).collect(Collectors.toSet())).hasSizeGreaterThan(4);
        assertThat(h.entries().stream().map(e -> e.nominatedOn().getYear()).collect(Collectors.toSet()))
                .contains(2022, 2023, 2024, 2025, 2026);
    }

    @Test
    void every_way_an_entry_ends_is_there_with_grounds_for_exclusions() {
        List<SeedEntry> entries = history().entries();
        for (Outcome o : Outcome.values()) {
            assertThat(entries).as(o.name()).anyMatch(e -> e.outcome() == o && e.decision() == DecisionKind.INCLUDE);
        }
        assertThat(entries).anyMatch(e -> e.decision() == DecisionKind.NOT_INCLUDE);
        assertThat(entries).anyMatch(SeedEntry::pending);
        assertThat(entries).anyMatch(e -> e.extendedAt() != null);
        assertThat(entries).anyMatch(e -> e.offerRefusedOn() != null);
        assertThat(entries).anyMatch(e -> e.planOn() != null);
        Set<ExclusionGround> grounds = entries.stream().map(SeedEntry::ground).filter(g -> g != null)
                .collect(Collectors.toSet());
        assertThat(grounds).hasSizeGreaterThan(3);
        assertThat(entries).filteredOn(e -> e.outcome() == Outcome.EXCLUDED).allMatch(e -> e.ground() != null);
    }

    @Test
    void the_demo_employee_is_in_her_citys_reserve_only_so_the_browser_journey_can_nominate_her_elsewhere() {
        assertThat(history().entries()).filteredOn(e -> e.personCode().equals(HistorySeed.DEMO_EMPLOYEE))
                .singleElement().satisfies(e -> {
                    assertThat(e.reserveCode()).isEqualTo(HistorySeed.DEMO_EMPLOYEE_RESERVE);
                    assertThat(e.outcome()).isEqualTo(Outcome.OPEN);
                    assertThat(e.decision()).isEqualTo(DecisionKind.INCLUDE);
                    assertThat(e.planOn()).isNotNull();
                });
    }

    @Test
    void the_persons_the_integration_tests_nominate_have_no_open_entry_or_nomination() {
        Set<String> free = Set.of("PER-0012", "PER-0014", "PER-0016", "PER-0017", "PER-0018", "PER-0019", "PER-0020",
                "PER-0021", "PER-0022", "PER-0023", "PER-0024", "PER-0025", "PER-0026", "PER-0027", "PER-0046");
        assertThat(history().entries()).filteredOn(e -> free.contains(e.personCode()))
                .isNotEmpty()
                .allMatch(e -> e.outcome() != Outcome.OPEN || e.decision() == DecisionKind.NOT_INCLUDE);
    }

    @Test
    void no_person_has_two_open_entries_in_one_reserve_and_nothing_happens_after_the_day_written() {
        List<SeedEntry> open = history().entries().stream()
                .filter(e -> e.outcome() == Outcome.OPEN && e.decision() != DecisionKind.NOT_INCLUDE).toList();
        assertThat(open.stream().map(e -> e.reserveCode() + e.personCode()).distinct()).hasSize(open.size());
        assertThat(history().entries()).allMatch(e -> e.nominatedOn().isBefore(WRITTEN)
                && (e.closedOn() == null || e.closedOn().isBefore(WRITTEN)));
    }

    @Test
    void an_unknown_reserve_person_or_position_stops_the_seed_naming_the_line() {
        assertThatThrownBy(() -> HistorySeed.load(changed(0, "reserve_code", "MUN-00000000")))
                .isInstanceOf(ContentException.class).hasMessageContaining("line 2")
                .hasMessageContaining("MUN-00000000");
        assertThatThrownBy(() -> HistorySeed.load(changed(1, "person_code", "PER-9999")))
                .isInstanceOf(ContentException.class).hasMessageContaining("line 3").hasMessageContaining("PER-9999");
        assertThatThrownBy(() -> HistorySeed.load(changed(0, "target_position", "P-NOWHERE")))
                .isInstanceOf(ContentException.class).hasMessageContaining("P-NOWHERE");
        int elsewhere = indexOf(history().entries(), e -> !e.reserveCode().equals(HistorySeed.DEMO_EMPLOYEE_RESERVE));
        assertThatThrownBy(() -> HistorySeed.load(changed(elsewhere, "person_code", HistorySeed.DEMO_EMPLOYEE)))
                .isInstanceOf(ContentException.class).hasMessageContaining("browser journey");
    }

    @Test
    void an_exclusion_without_a_ground_or_a_protocol_of_another_reserve_is_refused() {
        List<SeedEntry> entries = history().entries();
        int excluded = indexOf(entries, e -> e.outcome() == Outcome.EXCLUDED);
        assertThatThrownBy(() -> HistorySeed.load(changed(excluded, "exclusion_ground", "")))
                .isInstanceOf(ContentException.class).hasMessageContaining("ground");
        assertThatThrownBy(() -> HistorySeed.load(changed(excluded, "closing_protocol", "РК-1999/1")))
                .isInstanceOf(ContentException.class).hasMessageContaining("РК-1999/1");
    }

    private static int indexOf(List<SeedEntry> entries, java.util.function.Predicate<SeedEntry> p) {
        for (int i = 0; i < entries.size(); i++) {
            if (p.test(entries.get(i))) {
                return i;
            }
        }
        throw new AssertionError("none");
    }
}
