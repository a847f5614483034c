package org.munacademy.reserve.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.munacademy.reserve.entity.ContestAdmission;
import org.munacademy.reserve.entity.ContestOutcome;
import org.munacademy.reserve.entity.ReserveLevel;
import org.munacademy.shared.entity.InvalidInputException;

class ContestAdmissionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final String SEASON = "Сезон 2026, номинация «Муниципальный служащий»";

    private static ContestAdmission admission(ReserveLevel level, Long regionId, boolean deputies, String group,
            Long mentor) {
        return new ContestAdmission(7L, ContestOutcome.WINNER, level, regionId, deputies, SEASON, " ИТ-2026/3 ",
                LocalDate.of(2026, 11, 30), group, mentor);
    }

    private static String field(Throwable t) {
        return ((InvalidInputException) t).violations().get(0).field();
    }

    @Test
    void a_federal_stage_goes_to_the_national_reserve_and_a_regional_one_to_its_regions() {
        assertThat(ContestAdmissions.reserveCode(admission(ReserveLevel.NATIONAL, null, false, null, null)))
                .contains("NAT-LEADER");
        assertThat(ContestAdmissions.reserveCode(admission(ReserveLevel.REGIONAL, 35L, false, null, null)))
                .as("the boundary looks up the region's reserve").isEmpty();
    }

    @Test
    void the_deputies_nomination_goes_to_the_deputies_pool_whatever_the_stage() {
        assertThat(ContestAdmissions.reserveCode(admission(ReserveLevel.REGIONAL, 35L, true, null, null)))
                .contains("NAT-DEPUTIES");
        assertThat(ContestAdmissions.reserveCode(admission(ReserveLevel.NATIONAL, null, true, null, null)))
                .contains("NAT-DEPUTIES");
        // a regional stage of the deputies' nomination needs no region: the pool is national
        ContestAdmissions.check(admission(ReserveLevel.REGIONAL, null, true, null, null), TODAY);
    }

    @Test
    void the_target_group_defaults_to_the_highest_positions_and_to_deputies_in_their_pool() {
        assertThat(ContestAdmissions.groupCode(admission(ReserveLevel.NATIONAL, null, false, null, null)))
                .isEqualTo("HIGHEST");
        assertThat(ContestAdmissions.groupCode(admission(ReserveLevel.NATIONAL, null, true, " ", null)))
                .isEqualTo("DEPUTY");
        assertThat(ContestAdmissions.groupCode(admission(ReserveLevel.REGIONAL, 35L, false, " CHIEF ", null)))
                .isEqualTo("CHIEF");
    }

    @Test
    void an_incomplete_or_inconsistent_admission_is_refused_naming_the_field() {
        assertThatThrownBy(() -> ContestAdmissions.check(admission(ReserveLevel.MUNICIPAL, 35L, false, null, null),
                TODAY)).satisfies(t -> assertThat(field(t)).isEqualTo("level"));
        assertThatThrownBy(() -> ContestAdmissions.check(admission(ReserveLevel.REGIONAL, null, false, null, null),
                TODAY)).satisfies(t -> assertThat(field(t)).isEqualTo("regionId"));
        assertThatThrownBy(() -> ContestAdmissions.check(admission(ReserveLevel.NATIONAL, null, false, null, 7L),
                TODAY)).satisfies(t -> assertThat(field(t)).isEqualTo("mentorPersonId"));
        assertThatThrownBy(() -> ContestAdmissions.check(new ContestAdmission(7L, null, ReserveLevel.NATIONAL, null,
                false, SEASON, "1", TODAY, null, null), TODAY)).satisfies(t -> assertThat(field(t))
                .isEqualTo("outcome"));
        assertThatThrownBy(() -> ContestAdmissions.check(new ContestAdmission(7L, ContestOutcome.FINALIST,
                ReserveLevel.NATIONAL, null, false, "x".repeat(181), "1", TODAY, null, null), TODAY))
                .satisfies(t -> assertThat(field(t)).isEqualTo("contestReference"));
        assertThatThrownBy(() -> ContestAdmissions.check(new ContestAdmission(7L, ContestOutcome.FINALIST,
                ReserveLevel.NATIONAL, null, false, SEASON, "1".repeat(41), TODAY, null, null), TODAY))
                .satisfies(t -> assertThat(field(t)).isEqualTo("protocolNumber"));
        assertThatThrownBy(() -> ContestAdmissions.check(new ContestAdmission(7L, ContestOutcome.FINALIST,
                ReserveLevel.NATIONAL, null, false, SEASON, "1", TODAY.plusDays(1), null, null), TODAY))
                .satisfies(t -> assertThat(field(t)).isEqualTo("protocolDate"));
        assertThat(ContestAdmissions.check(new ContestAdmission(7L, ContestOutcome.FINALIST, ReserveLevel.NATIONAL,
                null, false, SEASON, "1", TODAY, null, 8L), TODAY).mentorPersonId()).isEqualTo(8L);
    }

    @Test
    void the_texts_name_the_basis_the_outcome_the_protocol_and_the_mentor() {
        ContestAdmissions.Texts t = ContestAdmissions.texts(admission(ReserveLevel.NATIONAL, null, false, null, 9L),
                "Петров Пётр Петрович");
        assertThat(t.basisDocument()).isEqualTo("Конкурс «Муниципальный лидер»: протокол итогов конкурса № ИТ-2026/3 "
                + "от 30.11.2026; " + SEASON);
        assertThat(t.note()).isEqualTo("Победитель: " + SEASON);
        assertThat(t.includedDetail()).isEqualTo("Основание: конкурс «Муниципальный лидер» (победитель, " + SEASON
                + "); протокол итогов конкурса № ИТ-2026/3 от 30.11.2026 — без голосования комиссии резерва");
        assertThat(t.noticeDetail()).endsWith("от 30.11.2026. Наставник: Петров Пётр Петрович.");
        String longest = ContestAdmissions.texts(new ContestAdmission(7L, ContestOutcome.FINALIST,
                ReserveLevel.NATIONAL, null, false, "x".repeat(180), "1".repeat(40), TODAY, null, null), null)
                .basisDocument();
        assertThat(longest.length()).as("fits reserve_entry.basis_document").isLessThanOrEqualTo(300);
    }
}
