package org.munacademy.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.munacademy.identity.control.StaffList.Known;
import org.munacademy.identity.control.StaffList.Plan;
import org.munacademy.identity.control.StaffList.PositionRef;
import org.munacademy.identity.entity.IdentityImportError;
import org.munacademy.identity.entity.IdentityPlace;
import org.munacademy.identity.entity.Sex;
import org.munacademy.identity.entity.StaffField;
import org.munacademy.shared.boundary.ErrorTexts;
import org.munacademy.shared.control.Csv;
import org.munacademy.shared.control.Table;
import org.munacademy.shared.entity.ImportPreview.Difference;
import org.munacademy.shared.entity.ImportPreview.Kind;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.entity.Location;
import org.munacademy.shared.entity.SharedPlace;

class StaffListTest {

    /** The columns of a 1С:ЗКГУ export, as Excel in Russian saves it. */
    private static final String HEADER = "ФИО;Табельный номер;СНИЛС;Дата рождения;Должность;Подразделение;E-mail";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final long VOLOGDA = 1;
    private static final Map<String, PositionRef> POSITIONS = Map.of(
            "главный специалист", new PositionRef(10, "Главный специалист"),
            "начальник отдела", new PositionRef(11, "Начальник отдела"));

    private static Table table(String... rows) {
        return Csv.table(HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n");
    }

    private static Plan plan(Table t, List<Known> known) {
        return StaffList.plan(t.rows(), StaffList.guess(t.header()), POSITIONS, known, VOLOGDA, TODAY);
    }

    private static Location row(int number) {
        return Location.of(SharedPlace.ROW, number);
    }

    private static Known smirnova(boolean inScope) {
        return smirnova(inScope, Sex.FEMALE);
    }

    private static Known smirnova(boolean inScope, Sex sex) {
        return new Known(7, inScope ? VOLOGDA : 2, inScope, "Смирнова", "Анна", "Викторовна", "11223344595", "000123",
                LocalDate.of(1985, 3, 14), sex, 10L, "Главный специалист", "Отдел кадров", "smirnova@vologda-city.ru",
                null);
    }

    @Test
    void the_columns_of_a_1c_export_are_recognised_from_their_header() {
        Map<StaffField, String> mapping = StaffList.guess(List.of(HEADER.split(";")));

        assertThat(mapping).containsEntry(StaffField.FULL_NAME, "ФИО")
                .containsEntry(StaffField.PERSONNEL_NUMBER, "Табельный номер").containsEntry(StaffField.SNILS, "СНИЛС")
                .containsEntry(StaffField.BIRTH_DATE, "Дата рождения").containsEntry(StaffField.POSITION, "Должность")
                .containsEntry(StaffField.DEPARTMENT, "Подразделение").containsEntry(StaffField.EMAIL, "E-mail");
    }

    @Test
    void separate_name_columns_and_english_headers_are_recognised_too() {
        Map<StaffField, String> mapping = StaffList.guess(List.of("Фамилия", "Имя", "Отчество", "Таб. №",
                "Personnel number", "Birth date", "Department"));

        assertThat(mapping).containsEntry(StaffField.LAST_NAME, "Фамилия").containsEntry(StaffField.FIRST_NAME, "Имя")
                .containsEntry(StaffField.MIDDLE_NAME, "Отчество").containsEntry(StaffField.PERSONNEL_NUMBER, "Таб. №")
                .containsEntry(StaffField.BIRTH_DATE, "Birth date").containsEntry(StaffField.DEPARTMENT, "Department")
                .doesNotContainKey(StaffField.FULL_NAME);
    }

    @Test
    void a_mapping_without_a_name_or_an_identifier_or_with_a_missing_column_is_refused() {
        Map<StaffField, String> mapping = new LinkedHashMap<>();
        mapping.put(StaffField.EMAIL, "Почта");

        List<ImportError> errors = StaffList.check(mapping, List.of("ФИО", "E-mail"));

        assertThat(errors).containsExactly(
                ImportError.of(Location.of(IdentityPlace.MAPPING_OF, StaffField.EMAIL),
                        IdentityImportError.STAFF_COLUMN_MISSING, "Почта"),
                ImportError.of(Location.of(IdentityPlace.MAPPING), IdentityImportError.STAFF_NAME_UNMAPPED),
                ImportError.of(Location.of(IdentityPlace.MAPPING), IdentityImportError.STAFF_ID_UNMAPPED));
        assertThat(errors.get(0).location().field()).as("stable for API clients").isEqualTo("mapping EMAIL");
        assertThat(errors.get(0).location().text(ErrorTexts.in(ErrorTexts.RUSSIAN)))
                .isEqualTo("сопоставление столбцов: E-mail");
        assertThat(errors.get(0).text(ErrorTexts.IN_ENGLISH)).isEqualTo("The file has no column \"Почта\"");
    }

    @Test
    void an_unknown_person_is_created_with_every_field_read() {
        Plan plan = plan(table("Иванова Мария Петровна;000777;112-233-445 95;14.03.1985;Главный специалист;"
                + "Управление образования;Ivanova@Vologda-City.ru"), List.of());

        assertThat(plan.errors()).isEmpty();
        assertThat(plan.actions()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Kind.CREATE);
            assertThat(a.entry().lastName()).isEqualTo("Иванова");
            assertThat(a.entry().firstName()).isEqualTo("Мария");
            assertThat(a.entry().middleName()).isEqualTo("Петровна");
            assertThat(a.entry().snils()).isEqualTo("11223344595");
            assertThat(a.entry().birthDate()).isEqualTo(LocalDate.of(1985, 3, 14));
            assertThat(a.entry().position().id()).isEqualTo(10);
            assertThat(a.entry().email()).isEqualTo("ivanova@vologda-city.ru");
            assertThat(a.entry().line()).isEqualTo(2);
        });
    }

    @Test
    void a_known_person_is_matched_by_snils_and_only_what_differs_is_an_update() {
        Plan same = plan(table("Смирнова Анна Викторовна;000123;11223344595;1985-03-14;Главный специалист;"
                + "Отдел кадров;smirnova@vologda-city.ru"), List.of(smirnova(true)));
        Plan promoted = plan(table("Смирнова Анна Викторовна;000123;11223344595;14.03.1985;Начальник отдела;"
                + "Отдел кадров;"), List.of(smirnova(true)));

        assertThat(same.actions()).singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo(Kind.UNCHANGED));
        assertThat(promoted.actions()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Kind.UPDATE);
            assertThat(a.known().id()).isEqualTo(7);
            assertThat(a.changes()).containsExactly(
                    new Difference(StaffField.POSITION, "Главный специалист", "Начальник отдела"));
            assertThat(a.note()).isNull();
        });
    }

    @Test
    void without_a_snils_a_person_is_matched_by_personnel_number_in_the_municipality() {
        Plan plan = plan(table("Смирнова Анна Викторовна;000123;;;;Отдел кадров;"), List.of(smirnova(true)));

        assertThat(plan.actions()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Kind.UNCHANGED);
            assertThat(a.known().id()).isEqualTo(7);
        });
    }

    @Test
    void a_person_outside_the_scope_is_an_error_for_that_row_and_never_an_update() {
        Plan plan = plan(table("Смирнова Анна Викторовна;;11223344595;;;;"), List.of(smirnova(false)));

        assertThat(plan.actions()).isEmpty();
        assertThat(plan.errors()).singleElement().satisfies(e -> {
            assertThat(e.location()).isEqualTo(row(2));
            assertThat(e.code()).isEqualTo(IdentityImportError.STAFF_OUTSIDE_SCOPE);
        });
    }

    @Test
    void every_faulty_row_is_listed_with_its_row_number() {
        Plan plan = plan(table(
                "Петров;1;;;;;",                                         // no first name
                "Сидоров Олег;2;112-233-445 96;;;;",                    // wrong checksum
                "Орлова Ирина;3;;31.02.1990;;;",                         // no such date
                "Лебедев Пётр;4;;;Дворник;;",                            // not in the catalogue
                "Козлова Вера;5;;;;;not-an-address",                     // malformed e-mail
                "Новиков Иван;5;;;;;",                                   // personnel number repeated
                "Волков Антон;;;;;;",                                    // no identifier
                "Белова Нина;8;;2030-01-01;;;"), List.of());             // born in the future

        assertThat(plan.actions()).isEmpty();
        assertThat(plan.errors()).containsExactly(
                ImportError.of(row(2), IdentityImportError.STAFF_NAME_MISSING),
                ImportError.of(row(3), IdentityImportError.STAFF_SNILS_CHECKSUM, "112-233-445 96"),
                ImportError.of(row(4), IdentityImportError.STAFF_BIRTH_DATE_INVALID, "31.02.1990"),
                ImportError.of(row(5), IdentityImportError.STAFF_POSITION_UNKNOWN, "Дворник"),
                ImportError.of(row(6), IdentityImportError.STAFF_EMAIL_INVALID, "not-an-address"),
                ImportError.of(row(7), IdentityImportError.STAFF_NUMBER_REPEATED, 6),
                ImportError.of(row(8), IdentityImportError.STAFF_NO_ID),
                ImportError.of(row(9), IdentityImportError.STAFF_BIRTH_DATE_IMPOSSIBLE, "2030-01-01"));
        assertThat(plan.errors().get(5).text(ErrorTexts.in(ErrorTexts.RUSSIAN)))
                .isEqualTo("Тот же табельный номер, что в строке 6");
        assertThat(plan.errors().get(5).text(ErrorTexts.IN_ENGLISH)).isEqualTo("The same personnel number as row 6");
    }

    @Test
    void an_over_long_value_is_an_error_naming_the_field_not_a_database_failure() {
        String longName = "Ж".repeat(101);
        Plan plan = plan(table(longName + " Анна;1;;;;" + "О".repeat(256) + ";"), List.of());

        assertThat(plan.errors()).containsExactly(
                ImportError.of(row(2), IdentityImportError.STAFF_TOO_LONG, StaffField.LAST_NAME, 101, 100),
                ImportError.of(row(2), IdentityImportError.STAFF_TOO_LONG, StaffField.DEPARTMENT, 256, 255));
        assertThat(plan.errors().get(0).text(ErrorTexts.in(ErrorTexts.RUSSIAN)))
                .as("the field's name is in the reader's language")
                .isEqualTo("Поле «Фамилия» длиннее 100 символов (101)");
    }

    @Test
    void an_e_mail_of_another_person_is_refused() {
        Plan plan = plan(table("Иванова Мария;9;;;;;smirnova@vologda-city.ru"), List.of(smirnova(true)));

        assertThat(plan.errors()).containsExactly(ImportError.of(row(2), IdentityImportError.STAFF_EMAIL_TAKEN,
                "smirnova@vologda-city.ru"));
    }

    @Test
    void a_personnel_number_of_somebody_else_than_the_snils_names_is_refused() {
        Known other = new Known(8, VOLOGDA, true, "Кузнецов", "Дмитрий", null, null, "000999", null, null, null, null,
                null, null, null);
        List<Known> known = new ArrayList<>(List.of(smirnova(true), other));

        Plan plan = plan(table("Смирнова Анна Викторовна;000999;11223344595;;;;"), known);

        assertThat(plan.errors()).containsExactly(ImportError.of(row(2), IdentityImportError.STAFF_NUMBER_OTHER_PERSON,
                "000999"));
    }

    @Test
    void dates_are_read_as_1c_and_excel_write_them() {
        assertThat(StaffList.date("14.03.1985")).isEqualTo(LocalDate.of(1985, 3, 14));
        assertThat(StaffList.date("4.3.1985")).isEqualTo(LocalDate.of(1985, 3, 4));
        assertThat(StaffList.date("1985-03-14")).isEqualTo(LocalDate.of(1985, 3, 14));
        assertThat(StaffList.date("1985-03-14T00:00")).isEqualTo(LocalDate.of(1985, 3, 14));
        assertThat(StaffList.date("31.02.1990")).isNull();
        assertThat(StaffList.date("вчера")).isNull();
    }

    @Test
    void a_sex_column_is_recognised_and_read_as_m_or_zh() {
        Table t = Csv.table(HEADER + ";Пол\r\n"
                + "Петров Иван Сергеевич;000555;;;;;;М\r\n"
                + "Смирнова Анна Викторовна;000123;11223344595;;;;;Ж\r\n"
                + "Орлова Вера;000556;;;;;;женский\r\n"
                + "Сидоров Пётр;000557;;;;;;X\r\n");
        assertThat(StaffList.guess(t.header())).containsEntry(StaffField.SEX, "Пол");

        Plan plan = plan(t, List.of(smirnova(true, null)));

        assertThat(plan.actions()).hasSize(3);
        assertThat(plan.actions().get(0).kind()).isEqualTo(Kind.CREATE);
        assertThat(plan.actions().get(0).entry().sex()).isEqualTo(Sex.MALE);
        assertThat(plan.actions().get(1).kind()).as("the known person had no sex recorded").isEqualTo(Kind.UPDATE);
        assertThat(plan.actions().get(1).changes()).containsExactly(new Difference(StaffField.SEX, "", "Жен"));
        assertThat(plan.actions().get(2).entry().sex()).isEqualTo(Sex.FEMALE);
        assertThat(plan.errors()).containsExactly(ImportError.of(row(5), IdentityImportError.STAFF_SEX_INVALID, "X"));
        assertThat(plan.errors().get(0).text(ErrorTexts.in(ErrorTexts.RUSSIAN)))
                .isEqualTo("Пол «X» не распознан: М или Ж");
        assertThat(plan.errors().get(0).text(ErrorTexts.IN_ENGLISH))
                .isEqualTo("The sex \"X\" is not recognised: «М» or «Ж» (male or female)");
    }

    @Test
    void the_same_sex_is_no_change_and_a_list_without_the_column_keeps_the_recorded_one() {
        Table with = Csv.table(HEADER + ";Пол\r\nСмирнова Анна Викторовна;000123;11223344595;;;;;ж.\r\n");
        assertThat(plan(with, List.of(smirnova(true))).actions().get(0).kind()).isEqualTo(Kind.UNCHANGED);

        Plan without = plan(table("Смирнова Анна Викторовна;000123;11223344595;;;;"), List.of(smirnova(true)));
        assertThat(without.actions().get(0).entry().sex()).isNull();
        assertThat(without.actions().get(0).kind()).isEqualTo(Kind.UNCHANGED);
    }

    @Test
    void the_words_for_sex_of_hr_systems_are_read() {
        for (String male : List.of("М", "м", "Муж", "муж.", "Мужской", "M", "male")) {
            assertThat(StaffList.sex(male)).as(male).contains(Sex.MALE);
        }
        for (String female : List.of("Ж", "ж", "Жен", "жен.", "Женский", "F", "Female")) {
            assertThat(StaffList.sex(female)).as(female).contains(Sex.FEMALE);
        }
        for (String other : List.of("", "X", "мж", "1")) {
            assertThat(StaffList.sex(other)).as(other).isEmpty();
        }
    }
}
