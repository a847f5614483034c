package org.munacademy.competency.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.munacademy.competency.entity.Framework;
import org.munacademy.shared.entity.ImportRejectedException;

/**
 * A standard of thousands of rows imports whole (and a single bad row among them refuses it whole). The time it
 * takes is printed for the record, not asserted.
 */
class FrameworkCsvLargeFileTest {

    static String largeStandard(int areas, int competenciesPerArea, String badRow) {
        StringBuilder csv = new StringBuilder("record,code,parent,name,description,kind,level\n");
        for (int l = 1; l <= 4; l++) {
            csv.append("SCALE,").append(l).append(",,Уровень ").append(l).append(",Описание уровня ").append(l)
                    .append(",,\n");
        }
        for (int a = 0; a < areas; a++) {
            String area = String.format("A%02d", a);
            csv.append("AREA,").append(area).append(",,Область ").append(a).append(",,,\n");
            for (int c = 0; c < competenciesPerArea; c++) {
                String code = area + "-" + String.format("%02d", c);
                csv.append("COMPETENCY,").append(code).append(',').append(area).append(",Компетенция ").append(code)
                        .append(",Описание,PROFESSIONAL,\n");
                for (int l = 1; l <= 4; l++) {
                    for (int i = 0; i < 2; i++) {
                        csv.append("INDICATOR,,").append(code).append(",Индикатор ").append(i).append(" уровня ")
                                .append(l).append(",,,").append(l).append('\n');
                    }
                }
            }
            if (a == areas / 2 && badRow != null) {
                csv.append(badRow).append('\n');
            }
        }
        return csv.toString();
    }

    @Test
    void a_standard_of_thousands_of_rows_is_read_whole_and_written_back_identically() {
        String csv = largeStandard(30, 10, null);
        long rows = csv.lines().count();
        long started = System.nanoTime();
        Framework f = FrameworkCsv.read(new StringReader(csv), "BIG", "Большой стандарт", null,
                LocalDate.of(2025, 1, 1));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("FrameworkCsv: %d rows read in %d ms%n", rows, millis);
        assertThat(rows).isGreaterThan(2_500);
        assertThat(f.areas()).hasSize(30);
        assertThat(f.competencies()).hasSize(300);
        assertThat(f.competencies()).allMatch(c -> c.indicators().size() == 8);
        assertThat(FrameworkCsv.read(new StringReader(FrameworkCsv.write(f)), "BIG", "Большой стандарт", null,
                LocalDate.of(2025, 1, 1))).isEqualTo(f);
    }

    @Test
    void one_bad_row_among_thousands_refuses_the_whole_file_and_names_its_line() {
        String csv = largeStandard(30, 10, "INDICATOR,,A15-03,Уровень вне шкалы,,,9");
        int badLine = csv.lines().toList().indexOf("INDICATOR,,A15-03,Уровень вне шкалы,,,9") + 1;
        assertThatThrownBy(() -> FrameworkCsv.read(new StringReader(csv), "BIG", "Большой", null, null))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .singleElement()
                        .satisfies(err -> assertThat(err.location().field()).isEqualTo("line " + badLine)));
    }
}
