package org.munacademy.shared.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.munacademy.shared.boundary.ErrorTexts;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.entity.InvalidInputException.FieldError;

/**
 * A place in a file has a machine form API clients rely on and a text in the reader's language; a problem that
 * names another place (or a field) shows it in the same language as its own text.
 */
class LocationTest {

    private static final ErrorTexts RUSSIAN = ErrorTexts.in(ErrorTexts.RUSSIAN);

    @Test
    void a_line_reads_in_the_readers_language_and_keeps_its_machine_form() {
        Location line = Location.of(SharedPlace.LINE, 12_345);

        assertThat(line.field()).isEqualTo("line 12345");
        assertThat(line.text(RUSSIAN)).as("no digit grouping in a line number").isEqualTo("строка 12345");
        assertThat(line.text(ErrorTexts.IN_ENGLISH)).isEqualTo("line 12345");
        assertThat(new Location.AsField().adaptToJson(line)).as("JSON carries the machine form")
                .isEqualTo("line 12345");
    }

    @Test
    void a_place_without_arguments_and_a_place_inside_a_named_file_compose() {
        Location inFile = Location.of(SharedPlace.IN_FILE, "banks/law.gift", Location.of(SharedPlace.LINE, 7));

        assertThat(Location.of(SharedPlace.FILE).field()).isEqualTo("file");
        assertThat(Location.of(SharedPlace.FILE).text(RUSSIAN)).isEqualTo("файл");
        assertThat(inFile.field()).isEqualTo("banks/law.gift line 7");
        assertThat(inFile.text(RUSSIAN)).isEqualTo("banks/law.gift, строка 7");
        assertThat(inFile.text(ErrorTexts.IN_ENGLISH)).isEqualTo("banks/law.gift, line 7");
    }

    @Test
    void a_refused_import_lists_each_problem_with_a_stable_field_its_code_and_both_texts_in_one_language() {
        ImportRejectedException e = new ImportRejectedException(List.of(
                ImportError.of(Location.of(SharedPlace.ROW, 4), SharedError.EXPECTED_DATE),
                ImportError.of(Location.of(SharedPlace.FILE), SharedError.CSV_MALFORMED)));

        assertThat(e.details(RUSSIAN)).containsExactly(
                new FieldError("row 4", RUSSIAN.text(SharedError.EXPECTED_DATE.key()), "EXPECTED_DATE", "строка 4"),
                new FieldError("file", RUSSIAN.text(SharedError.CSV_MALFORMED.key()), "CSV_MALFORMED", "файл"));
        assertThat(e.details(ErrorTexts.IN_ENGLISH)).extracting(FieldError::field, FieldError::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("row 4", "row 4"),
                        org.assertj.core.groups.Tuple.tuple("file", "file"));
        assertThat(e.getMessage()).as("the developer's message names every error in machine form")
                .contains("row 4: EXPECTED_DATE[]").contains("file: CSV_MALFORMED[]");
    }

    @Test
    void a_translatable_argument_is_rendered_in_the_language_of_the_text_around_it() {
        Texts texts = (key, args) -> key + args.length + "(" + (args.length == 0 ? "" : args[0]) + ")";
        Translatable name = t -> t.text("field");

        assertThat(texts.render("outer", name, 3)).isEqualTo("outer2(field0())");
    }
}
