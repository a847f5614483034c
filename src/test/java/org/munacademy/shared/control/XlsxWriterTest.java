package org.munacademy.shared.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.munacademy.shared.control.XlsxWriter.Cell;

class XlsxWriterTest {

    private static final List<String> HEADER = List.of("ФИО", "Компетенция", "Уровень", "Цель");

    private static final List<List<Cell>> ROWS = List.of(
            List.of(Cell.of("Иванова Мария Петровна"), Cell.of("Коммуникация"), new Cell(1, "F4CCCC"), Cell.of(3)),
            List.of(Cell.of("Петров Олег"), Cell.of("Планирование <и> контроль & \"учёт\""), new Cell(2.5, "fce5cd"),
                    Cell.of(3)),
            List.of(Cell.of("Сидоров Пётр"), Cell.of(null), new Cell(null, "F4CCCC"), Cell.of(new BigDecimal("4.0"))));

    @Test
    void the_workbook_opens_in_apache_poi_with_the_header_and_the_values() throws IOException {
        try (XSSFWorkbook book = open(XlsxWriter.write("Разрывы", HEADER, ROWS))) {
            XSSFSheet sheet = book.getSheetAt(0);

            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            assertThat(book.getSheetName(0)).isEqualTo("Разрывы");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ФИО");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Цель");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Иванова Мария Петровна");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void cyrillic_and_xml_special_characters_come_back_unchanged() throws IOException {
        try (XSSFWorkbook book = open(XlsxWriter.write("Разрывы", HEADER, ROWS))) {
            assertThat(book.getSheetAt(0).getRow(2).getCell(1).getStringCellValue())
                    .isEqualTo("Планирование <и> контроль & \"учёт\"");
        }
    }

    @Test
    void numbers_are_numeric_cells() throws IOException {
        try (XSSFWorkbook book = open(XlsxWriter.write("Разрывы", HEADER, ROWS))) {
            XSSFSheet sheet = book.getSheetAt(0);

            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(2.5);
            assertThat(sheet.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(4.0);
        }
    }

    @Test
    void an_empty_value_gives_an_empty_cell_that_keeps_its_colour() throws IOException {
        try (XSSFWorkbook book = open(XlsxWriter.write("Разрывы", HEADER, ROWS))) {
            XSSFSheet sheet = book.getSheetAt(0);

            assertThat(sheet.getRow(3).getCell(1)).isNull();
            assertThat(sheet.getRow(3).getCell(2).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(fill(sheet.getRow(3).getCell(2))).isEqualTo("FFF4CCCC");
        }
    }

    @Test
    void each_colour_is_a_solid_fill_of_its_own_and_uncoloured_cells_have_none() throws IOException {
        try (XSSFWorkbook book = open(XlsxWriter.write("Разрывы", HEADER, ROWS))) {
            XSSFSheet sheet = book.getSheetAt(0);

            assertThat(fill(sheet.getRow(1).getCell(2))).isEqualTo("FFF4CCCC");
            assertThat(fill(sheet.getRow(2).getCell(2))).isEqualTo("FFFCE5CD");
            assertThat(sheet.getRow(1).getCell(3).getCellStyle().getFillForegroundColorColor()).isNull();
        }
    }

    @Test
    void the_header_is_bold_and_frozen_and_the_data_is_not_bold() throws IOException {
        try (XSSFWorkbook book = open(XlsxWriter.write("Разрывы", HEADER, ROWS))) {
            XSSFSheet sheet = book.getSheetAt(0);

            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getFont().getBold()).isFalse();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        }
    }

    @Test
    void columns_are_as_wide_as_their_longest_text() throws IOException {
        try (XSSFWorkbook book = open(XlsxWriter.write("Разрывы", HEADER, ROWS))) {
            XSSFSheet sheet = book.getSheetAt(0);

            // "Иванова Мария Петровна" is 22 characters; 2 more for the margin; POI gives widths in 1/256
            assertThat(sheet.getColumnWidth(0)).isEqualTo(24 * 256);
            assertThat(sheet.getColumnWidth(3)).isEqualTo(8 * 256);
        }
    }

    @Test
    void the_package_has_the_parts_of_a_one_sheet_workbook() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(XlsxWriter.write("x", HEADER, ROWS)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }

        assertThat(names).contains("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml")
                .filteredOn(n -> n.startsWith("xl/worksheets/sheet")).hasSize(1);
    }

    @Test
    void a_sheet_name_loses_forbidden_characters_and_is_cut_to_thirty_one_characters() throws IOException {
        String name = "Отчёт [2025]: разрывы/компетенции * по? сотрудникам\\всем";

        try (XSSFWorkbook book = open(XlsxWriter.write(name, HEADER, ROWS))) {
            String sheet = book.getSheetName(0);

            assertThat(sheet).hasSizeLessThanOrEqualTo(31).doesNotContainPattern("[\\[\\]:*?/\\\\]")
                    .startsWith("Отчёт  2025   разрывы");
        }
        assertThat(XlsxWriter.sheetName("  ")).isEqualTo("Sheet1");
        assertThat(XlsxWriter.sheetName("'История'")).isEqualTo("История");
    }

    @Test
    void a_workbook_without_rows_still_has_its_header() throws IOException {
        try (XSSFWorkbook book = open(XlsxWriter.write("Пусто", HEADER, List.of()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("Уровень");
            assertThat(book.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    @Test
    void control_characters_that_xml_cannot_hold_are_dropped() throws IOException {
        List<List<Cell>> rows = List.of(List.of(Cell.of("до\u0001после\tтаб")));

        try (XSSFWorkbook book = open(XlsxWriter.write("x", List.of("текст"), rows))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("допосле\tтаб");
        }
    }

    @Test
    void a_fill_colour_must_be_six_hex_digits() {
        assertThatThrownBy(() -> new Cell("x", "red")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void column_letters_run_from_a_to_z_and_on_to_aa() {
        assertThat(XlsxWriter.column(0)).isEqualTo("A");
        assertThat(XlsxWriter.column(25)).isEqualTo("Z");
        assertThat(XlsxWriter.column(26)).isEqualTo("AA");
        assertThat(XlsxWriter.column(701)).isEqualTo("ZZ");
        assertThat(XlsxWriter.column(702)).isEqualTo("AAA");
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static String fill(XSSFCell cell) {
        XSSFCellStyle style = cell.getCellStyle();
        return style.getFillForegroundXSSFColor().getARGBHex();
    }

    @Test
    void text_that_a_spreadsheet_would_take_for_a_formula_is_a_quote_prefixed_string_cell() throws IOException {
        List<String> attacks = List.of("=HYPERLINK(\"http://evil.example/\",\"Нажмите\")", "=cmd|' /C calc'!A0",
                "@SUM(1+1)*cmd|' /C calc'!A0", "+7 (495) 000", "-2+3", "\tтаб", "\rперевод");
        List<List<Cell>> rows = attacks.stream().map(a -> List.of(Cell.of(a))).toList();
        try (XSSFWorkbook book = open(XlsxWriter.write("x", List.of("=ФИО"), rows))) {
            XSSFSheet sheet = book.getSheetAt(0);

            assertThat(sheet.getRow(0).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            for (int r = 0; r < attacks.size(); r++) {
                XSSFCell cell = sheet.getRow(r + 1).getCell(0);
                assertThat(cell.getCellType()).as(attacks.get(r)).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(attacks.get(r));
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(attacks.get(r)).isTrue();
            }
        }
    }

    @Test
    void ordinary_text_and_numbers_get_no_quote_prefix() throws IOException {
        try (XSSFWorkbook book = open(XlsxWriter.write("Разрывы", HEADER, ROWS))) {
            XSSFSheet sheet = book.getSheetAt(0);

            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }
}
