package org.munacademy.learning.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.munacademy.learning.entity.CompletionDocument;
import org.munacademy.learning.entity.StudyFormat;

class FrdoLayoutTest {

    private static FrdoLayout.Row row(String lastName, CompletionDocument kind, StudyFormat format) {
        return new FrdoLayout.Row(kind, "", "000007", LocalDate.of(2026, 3, 5), "FIMS-UCH-000007",
                "Инициативное бюджетирование", 2026, 2026, 72, lastName, "Анна", null, LocalDate.of(1985, 1, 9),
                "Жен", "11223344595", format, true, "643");
    }

    @Test
    void fortyHeadersInTheRegistrysOrderWithoutDuplicates() {
        assertThat(FrdoLayout.HEADERS).hasSize(40);
        assertThat(new HashSet<>(FrdoLayout.HEADERS)).hasSize(40);
        assertThat(FrdoLayout.HEADERS.get(0)).isEqualTo("Название документа");
        assertThat(FrdoLayout.HEADERS.get(13)).isEqualTo("Регистрационный номер");
        assertThat(FrdoLayout.HEADERS.get(26)).isEqualTo("СНИЛС");
        assertThat(FrdoLayout.HEADERS.get(31)).isEqualTo("Гражданство получателя (код страны по ОКСМ)");
    }

    @Test
    void aRowUsesTheCodeListsAndFormats() {
        List<String> v = FrdoLayout.values(row("Петрова", CompletionDocument.QUALIFICATION_CERTIFICATE,
                StudyFormat.MIXED));

        assertThat(v).hasSize(40);
        assertThat(v.get(0)).isEqualTo("Удостоверение о повышении квалификации");
        assertThat(v.get(1)).isEqualTo("Удостоверение о повышении квалификации");
        assertThat(v.subList(2, 6)).containsExactly("Оригинал", "Нет", "Нет", "Нет");
        assertThat(v.get(11)).isEqualTo("000007");
        assertThat(v.get(12)).isEqualTo("05.03.2026");
        assertThat(v.get(13)).isEqualTo("FIMS-UCH-000007");
        assertThat(v.get(20)).isEqualTo("72");
        assertThat(v.get(23)).isEmpty();
        assertThat(v.get(24)).isEqualTo("09.01.1985");
        assertThat(v.get(25)).isEqualTo("Жен");
        assertThat(v.get(26)).isEqualTo("112-233-445 95");
        assertThat(v.get(27)).isEqualTo("Очно-заочная");
        assertThat(v.get(28)).isEqualTo("Да");
        assertThat(v.get(31)).isEqualTo("643");
        assertThat(FrdoLayout.values(row("П", CompletionDocument.RETRAINING_DIPLOMA, StudyFormat.FULL_TIME)).get(1))
                .isEqualTo("Диплом о профессиональной переподготовке");
        assertThat(FrdoLayout.studyForm(StudyFormat.PART_TIME)).isEqualTo("Заочная");
    }

    @Test
    void snilsNeedsElevenDigits() {
        assertThat(FrdoLayout.snils("08765432100")).isEqualTo("087-654-321 00");
        assertThatThrownBy(() -> FrdoLayout.snils("0876543210")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWorkbookHasTheHeaderRowAndWritesAFormulaLikeNameAsText() throws Exception {
        byte[] xlsx = FrdoLayout.workbook(List.of(row("=HYPERLINK(\"http://x\")", CompletionDocument
                .QUALIFICATION_CERTIFICATE, StudyFormat.FULL_TIME)));

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            XSSFRow header = sheet.getRow(0);
            for (int i = 0; i < 40; i++) {
                assertThat(header.getCell(i).getStringCellValue()).isEqualTo(FrdoLayout.HEADERS.get(i));
            }
            XSSFRow first = sheet.getRow(1);
            assertThat(first.getCell(21).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(21).getStringCellValue()).contains("HYPERLINK");
            assertThat(first.getCell(21).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(first.getCell(26).getStringCellValue()).isEqualTo("112-233-445 95");
            assertThat(first.getCell(20).getCellType()).isEqualTo(CellType.STRING);
        }
    }
}
