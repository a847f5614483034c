package org.munacademy.shared.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.munacademy.shared.boundary.ErrorTexts;
import org.munacademy.shared.entity.InvalidInputException;

class XlsxTest {

    @Test
    void the_first_sheet_is_read_with_its_header_and_sheet_row_numbers() throws IOException {
        byte[] file = workbook(sheet -> {
            row(sheet, 1, "ФИО", "Табельный номер", "Дата рождения", "Ставка");
            row(sheet, 2, "Иванова Мария Петровна", "00012", null, 1);
            sheet.getRow(2).createCell(2).setCellValue(LocalDate.of(1985, 3, 14));
            sheet.getRow(2).getCell(2).setCellStyle(dateStyle(sheet));
            row(sheet, 4, "Петров Олег", 7, null, 0.5);
        });

        Table table = Xlsx.read(file);

        assertThat(table.header()).containsExactly("ФИО", "Табельный номер", "Дата рождения", "Ставка");
        assertThat(table.rows()).extracting(Table.Row::line).containsExactly(3, 5);
        assertThat(table.rows().get(0).get("Табельный номер")).isEqualTo("00012");
        assertThat(table.rows().get(0).get("Дата рождения")).isEqualTo("1985-03-14");
        assertThat(table.rows().get(0).get("Ставка")).isEqualTo("1");
        assertThat(table.rows().get(1).get("Табельный номер")).isEqualTo("7");
        assertThat(table.rows().get(1).get("Ставка")).isEqualTo("0.5");
    }

    @Test
    void a_workbook_written_by_the_writer_reads_back_unchanged() {
        byte[] file = XlsxWriter.write("Люди", java.util.List.of("ФИО", "Балл"), java.util.List.of(
                java.util.List.of(XlsxWriter.Cell.of("=cmd|' /C calc'!A0"), XlsxWriter.Cell.of(3))));

        Table table = Xlsx.read(file);

        assertThat(table.rows()).singleElement().satisfies(r -> {
            assertThat(r.get("ФИО")).isEqualTo("=cmd|' /C calc'!A0");
            assertThat(r.get("Балл")).isEqualTo("3");
            assertThat(r.line()).isEqualTo(2);
        });
    }

    @Test
    void bytes_that_are_no_workbook_are_refused_as_invalid_input() {
        assertThatThrownBy(() -> Xlsx.read(new byte[] {'P', 'K', 3, 4, 1, 2, 3}))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).text(ErrorTexts.IN_ENGLISH)).contains("Excel"));
    }

    interface Filler {
        void fill(XSSFSheet sheet);
    }

    static byte[] workbook(Filler filler) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(book.createSheet("Лист1"));
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void row(XSSFSheet sheet, int index, Object... values) {
        XSSFRow row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (values[c] != null) {
                row.createCell(c).setCellValue(values[c].toString());
            }
        }
    }

    private static CellStyle dateStyle(XSSFSheet sheet) {
        CellStyle style = sheet.getWorkbook().createCellStyle();
        style.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
        return style;
    }
}
