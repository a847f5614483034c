package org.munacademy.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.munacademy.assessment.entity.AssessmentImportError;
import org.munacademy.shared.boundary.ErrorTexts;
import org.munacademy.shared.control.Csv;
import org.munacademy.shared.control.Table;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.entity.Location;
import org.munacademy.shared.entity.SharedPlace;

class ImportReportTest {

    private static final List<ImportError> REFUSED = List.of(
            ImportError.of(Location.of(SharedPlace.LINE, 5), AssessmentImportError.GIFT_NO_RIGHT_ANSWER),
            ImportError.of(Location.of(SharedPlace.LINE, 9), AssessmentImportError.GIFT_NOT_NUMBER,
                    "=HYPERLINK(\"http://evil\")"));

    @Test
    void the_report_is_utf8_with_a_byte_order_mark_and_one_row_per_refused_problem_in_the_readers_language() {
        byte[] bytes = ImportReport.csv(REFUSED, ErrorTexts.in(ErrorTexts.RUSSIAN));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<Table.Row> rows = Csv.table(text).rows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("field")).isEqualTo("line 5");
        assertThat(rows.get(0).get("Место в файле")).isEqualTo("строка 5");
        assertThat(rows.get(0).get("Код ошибки")).isEqualTo("GIFT_NO_RIGHT_ANSWER");
        assertThat(rows.get(0).get("Причина")).startsWith("Нет правильного ответа");
        assertThat(new String(ImportReport.csv(REFUSED, ErrorTexts.IN_ENGLISH), StandardCharsets.UTF_8))
                .contains("Place in the file,field,Error code,Reason").contains("line 9");
    }

    @Test
    void a_reason_that_starts_with_a_formula_taken_from_the_file_is_written_as_text() {
        // a text that begins with its argument: the file's value comes first
        List<ImportError> formula = List.of(ImportError.of(Location.of(SharedPlace.LINE, 3),
                org.munacademy.assessment.entity.AssessmentError.RULE_COUNT_RANGE, "=cmd|' /C calc'!A0"));
        String text = new String(ImportReport.csv(formula, ErrorTexts.IN_ENGLISH), StandardCharsets.UTF_8);
        assertThat(text).contains(",'=cmd|' /C calc'!A0: the number of questions").doesNotContain(",=cmd");
        assertThat(Csv.table(text).rows().get(0).values().values())
                .allSatisfy(c -> assertThat(c).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@"));
    }

    @Test
    void a_report_without_refusals_is_its_header_row() {
        String text = new String(ImportReport.csv(List.of(), ErrorTexts.IN_ENGLISH), StandardCharsets.UTF_8);
        assertThat(text.lines()).containsExactly("\uFEFFPlace in the file,field,Error code,Reason");
    }
}
