package org.munacademy.competency.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.munacademy.competency.entity.FrameworkChange;
import org.munacademy.competency.entity.FrameworkChange.Kind;
import org.munacademy.competency.entity.Framework;

class FrameworkDiffTest {

    private static final String V1 = """
            record,code,parent,name,description,kind,level
            SCALE,1,,Базовый,Знает основы,,
            SCALE,2,,Продвинутый,Действует самостоятельно,,
            AREA,A,,Личная эффективность,,,
            COMPETENCY,A1,A,Ориентация на результат,Достигает целей,GENERAL,
            INDICATOR,,A1,Ставит цели,,,1
            INDICATOR,,A1,Доводит дело до конца,,,1
            INDICATOR,,A1,Помогает ставить цели другим,,,2
            COMPETENCY,A2,A,Коммуникация,,GENERAL,
            AREA,B,,Управление,,,
            COMPETENCY,B1,B,Планирование,,MANAGERIAL,
            """;

    @Test
    void identical_content_has_no_changes() {
        assertThat(FrameworkDiff.compare(read(V1), read(V1))).isEmpty();
    }

    @Test
    void case_identifiers_and_metadata_are_not_compared() {
        Framework v1 = read(V1);
        Framework other = new Framework("OTHER", "Другое название", "другой источник", LocalDate.of(2030, 1, 1),
                "some-case-id", v1.levels(), v1.areas());

        assertThat(FrameworkDiff.compare(v1, other)).isEmpty();
    }

    @Test
    void a_changed_level_descriptor_is_exactly_one_change_with_both_texts() {
        Framework v2 = read(V1.replace("Действует самостоятельно", "Действует самостоятельно и отвечает за итог"));

        assertThat(FrameworkDiff.compare(read(V1), v2)).containsExactly(new FrameworkChange(Kind.CHANGED, "level", "2",
                "descriptor", "Действует самостоятельно", "Действует самостоятельно и отвечает за итог"));
    }

    @Test
    void an_added_and_a_removed_competency_are_named() {
        Framework v2 = read(V1.replace("COMPETENCY,A2,A,Коммуникация,,GENERAL,\n", "")
                + "COMPETENCY,B2,B,Бюджетирование,,PROFESSIONAL,\n");

        assertThat(FrameworkDiff.compare(read(V1), v2)).containsExactly(
                new FrameworkChange(Kind.REMOVED, "competency", "A2", null, "Коммуникация", null),
                new FrameworkChange(Kind.ADDED, "competency", "B2", null, null, "Бюджетирование"));
    }

    @Test
    void changed_indicators_are_compared_per_level_as_a_list() {
        Framework v2 = read(V1.replace("INDICATOR,,A1,Доводит дело до конца,,,1\n", "")
                .replace("INDICATOR,,A1,Помогает ставить цели другим,,,2\n", "INDICATOR,,A1,Учит ставить цели,,,2\n"));

        assertThat(FrameworkDiff.compare(read(V1), v2)).containsExactly(
                new FrameworkChange(Kind.CHANGED, "indicators", "A1", "level 1", "Ставит цели\nДоводит дело до конца",
                        "Ставит цели"),
                new FrameworkChange(Kind.CHANGED, "indicators", "A1", "level 2", "Помогает ставить цели другим",
                        "Учит ставить цели"));
    }

    @Test
    void indicators_for_a_level_that_had_none_are_added_and_the_last_ones_of_a_level_removed() {
        Framework v2 = read(V1.replace("INDICATOR,,A1,Помогает ставить цели другим,,,2\n", "")
                + "INDICATOR,,B1,Планирует на год,,,2\n");

        assertThat(FrameworkDiff.compare(read(V1), v2)).containsExactly(
                new FrameworkChange(Kind.REMOVED, "indicators", "A1", "level 2", "Помогает ставить цели другим", null),
                new FrameworkChange(Kind.ADDED, "indicators", "B1", "level 2", null, "Планирует на год"));
    }

    @Test
    void a_competency_moved_to_another_area_with_a_new_kind_and_name_shows_each_field() {
        Framework v2 = read(V1.replace("COMPETENCY,A2,A,Коммуникация,,GENERAL,\n", "")
                + "COMPETENCY,A2,B,Деловая коммуникация,Ведёт переговоры,MANAGERIAL,\n");

        assertThat(FrameworkDiff.compare(read(V1), v2)).containsExactly(
                new FrameworkChange(Kind.CHANGED, "competency", "A2", "name", "Коммуникация", "Деловая коммуникация"),
                new FrameworkChange(Kind.CHANGED, "competency", "A2", "description", null, "Ведёт переговоры"),
                new FrameworkChange(Kind.CHANGED, "competency", "A2", "kind", "GENERAL", "MANAGERIAL"),
                new FrameworkChange(Kind.CHANGED, "competency", "A2", "area", "A", "B"));
    }

    @Test
    void levels_and_areas_are_added_removed_and_renamed_by_their_keys() {
        Framework v2 = read(V1.replace("SCALE,2,,Продвинутый,Действует самостоятельно,,\n", "")
                .replace("INDICATOR,,A1,Помогает ставить цели другим,,,2\n", "")
                .replace("AREA,B,,Управление,,,", "AREA,B,,Руководство,,,")
                + "AREA,C,,Цифровые навыки,,,\n");

        assertThat(FrameworkDiff.compare(read(V1), v2)).containsExactly(
                new FrameworkChange(Kind.REMOVED, "level", "2", null, "Продвинутый", null),
                new FrameworkChange(Kind.CHANGED, "area", "B", "name", "Управление", "Руководство"),
                new FrameworkChange(Kind.ADDED, "area", "C", null, null, "Цифровые навыки"),
                new FrameworkChange(Kind.REMOVED, "indicators", "A1", "level 2", "Помогает ставить цели другим", null));
    }

    private static Framework read(String csv) {
        return FrameworkCsv.read(new StringReader(csv), "MUN-COMP", "Модель", "источник", LocalDate.of(2025, 1, 1));
    }
}
