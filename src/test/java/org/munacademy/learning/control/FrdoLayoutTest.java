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
                "Инициативное бюджетирование", 2025, 2026, 72, lastName, "Анна", null, LocalDate.of(1985, 1, 9),
                "Жен", "11223344595", format, "643");
    }

    private static int column(String letters) {
        int n = 0;
        for (char c : letters.toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }

    @Test
    void the_forty_headers_are_the_templates_from_a_to_an() {
        assertThat(FrdoLayout.HEADERS).hasSize(40).doesNotHaveDuplicates();
        assertThat(FrdoLayout.HEADERS).startsWith("Вид документа", "Статус документа", "Подтверждение утраты",
                "Подтверждение обмена", "Подтверждение уничтожения", "Серия документа", "Номер документа",
                "Дата выдачи документа", "Регистрационный номер");
        assertThat(FrdoLayout.HEADERS.get(column("J"))).isEqualTo("Дополнительная профессиональная программа "
                + "(повышение квалификации/ профессиональная переподготовка)");
        assertThat(FrdoLayout.HEADERS.get(column("L"))).isEqualTo("Наименование области профессиональной деятельности");
        assertThat(FrdoLayout.HEADERS.get(column("O"))).isEqualTo("Уровень образования ВО/СПО");
        assertThat(FrdoLayout.HEADERS.get(column("U")))
                .isEqualTo("Срок обучения, часов (для документа о квалификации)");
        assertThat(FrdoLayout.HEADERS.subList(column("V"), column("AF"))).containsExactly("Фамилия получателя",
                "Имя получателя", "Отчество получателя", "Дата рождения получателя", "Пол получателя", "СНИЛС",
                "Форма обучения", "Источник финансирования обучения",
                "Форма получения образования на момент прекращения образовательных отношений",
                "Гражданство получателя (код страны по ОКСМ)");
        assertThat(FrdoLayout.HEADERS.get(column("AF"))).isEqualTo("Наименование документа об образовании (оригинала)");
        assertThat(FrdoLayout.HEADERS.get(column("AM"))).isEqualTo("Отчество получателя (оригинала)");
        assertThat(FrdoLayout.HEADERS.get(column("AN"))).isEqualTo("Номер документа для изменения");
        assertThat(FrdoLayout.HEADERS).as("columns the template does not have").doesNotContain(
                "Название документа", "Использование электронного обучения и дистанционных технологий");
    }

    @Test
    void an_upgrade_certificate_row_takes_its_values_from_the_templates_drop_down_lists() {
        List<Object> v = FrdoLayout.values(row("Петрова", CompletionDocument.QUALIFICATION_CERTIFICATE,
                StudyFormat.MIXED));

        assertThat(v).hasSize(40);
        assertThat(v.get(column("A"))).isEqualTo("Удостоверение о повышении квалификации")
                .isIn(FrdoLayout.DOCUMENT_KINDS);
        assertThat(v.get(column("B"))).isEqualTo("Оригинал").isIn(FrdoLayout.STATUSES);
        assertThat(v.get(column("C"))).isEqualTo("Нет").isIn(FrdoLayout.LOSS_CONFIRMATIONS);
        assertThat(v.get(column("D"))).isEqualTo("Нет").isIn(FrdoLayout.EXCHANGE_CONFIRMATIONS);
        assertThat(v.get(column("E"))).isEqualTo("Нет").isIn(FrdoLayout.DESTRUCTION_CONFIRMATIONS);
        assertThat(v.get(column("F"))).as("a form without a series").isEqualTo("нет");
        assertThat(v.get(column("G"))).isEqualTo("000007");
        assertThat(v.get(column("H"))).isEqualTo("05.03.2026");
        assertThat(v.get(column("I"))).isEqualTo("FIMS-UCH-000007");
        assertThat(v.get(column("J"))).isEqualTo("Повышение квалификации").isIn(FrdoLayout.PROGRAMME_KINDS);
        assertThat(v.get(column("K"))).isEqualTo("Инициативное бюджетирование");
        assertThat(v.get(column("L"))).as("an удостоверение names no area").isEqualTo("");
        assertThat(v.subList(column("M"), column("S"))).as("prior education the platform does not record")
                .containsOnly("");
        assertThat(v.subList(column("S"), column("V"))).containsExactly(2025, 2026, 72);
        assertThat(v.subList(column("V"), column("Y"))).containsExactly("Петрова", "Анна", "");
        assertThat(v.get(column("Y"))).isEqualTo("09.01.1985");
        assertThat(v.get(column("Z"))).isEqualTo("Жен").isIn(FrdoLayout.SEXES);
        assertThat(v.get(column("AA"))).isEqualTo("112-233-445 95");
        assertThat(v.get(column("AB"))).isEqualTo("Очно-заочная (вечерняя)").isIn(FrdoLayout.STUDY_FORMS);
        assertThat(v.get(column("AC"))).isEqualTo("Местный бюджет").isIn(FrdoLayout.FUNDING_SOURCES);
        assertThat(v.get(column("AD"))).isEqualTo("в образовательной организации")
                .isIn(FrdoLayout.EDUCATION_SETTINGS);
        assertThat(v.get(column("AE"))).isEqualTo("643");
        assertThat(v.subList(column("AF"), 40)).as("an original replaces nothing").containsOnly("");
    }

    @Test
    void a_retraining_diploma_names_municipal_administration_as_its_area() {
        List<Object> v = FrdoLayout.values(row("П", CompletionDocument.RETRAINING_DIPLOMA, StudyFormat.FULL_TIME));

        assertThat(v.get(column("A"))).isEqualTo("Диплом о профессиональной переподготовке")
                .isIn(FrdoLayout.DOCUMENT_KINDS);
        assertThat(v.get(column("J"))).isEqualTo("Профессиональная переподготовка");
        assertThat(v.get(column("L"))).isEqualTo("Административно-управленческая и офисная деятельность")
                .isIn(FrdoLayout.PROFESSIONAL_AREAS);
        assertThat(v.get(column("AB"))).isEqualTo("Очная");
        assertThat(FrdoLayout.PROFESSIONAL_AREAS).hasSize(33);
        assertThat(new HashSet<>(FrdoLayout.PROFESSIONAL_AREAS)).hasSize(33);
    }

    @Test
    void every_study_format_maps_to_the_templates_list() {
        for (StudyFormat f : StudyFormat.values()) {
            assertThat(FrdoLayout.studyForm(f)).isIn(FrdoLayout.STUDY_FORMS);
        }
        assertThat(FrdoLayout.studyForm(StudyFormat.PART_TIME)).isEqualTo("Заочная");
    }

    @Test
    void snils_needs_eleven_digits_and_citizenship_is_three() {
        assertThat(FrdoLayout.snils("08765432100")).isEqualTo("087-654-321 00");
        assertThatThrownBy(() -> FrdoLayout.snils("0876543210")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FrdoLayout.snils("087-654-321 00")).isInstanceOf(IllegalArgumentException.class);
        assertThat(FrdoLayout.citizenship("643")).isEqualTo("643");
        assertThat(FrdoLayout.citizenship("51")).as("Armenia, as the template lists it").isEqualTo("051");
        assertThatThrownBy(() -> FrdoLayout.citizenship("RUS")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_workbook_is_the_sheet_template_with_numbers_where_the_template_has_them_and_formulas_as_text()
            throws Exception {
        byte[] xlsx = FrdoLayout.workbook(List.of(
                row("=HYPERLINK(\"http://x\")", CompletionDocument.QUALIFICATION_CERTIFICATE, StudyFormat.FULL_TIME),
                row("+7 Петрова", CompletionDocument.QUALIFICATION_CERTIFICATE, StudyFormat.FULL_TIME),
                row("-Петрова", CompletionDocument.QUALIFICATION_CERTIFICATE, StudyFormat.FULL_TIME),
                row("@SUM(A1)", CompletionDocument.QUALIFICATION_CERTIFICATE, StudyFormat.FULL_TIME)));

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            assertThat(wb.getSheetName(0)).isEqualTo("Шаблон");
            XSSFSheet sheet = wb.getSheetAt(0);
            XSSFRow header = sheet.getRow(0);
            assertThat(header.getLastCellNum()).isEqualTo((short) 40);
            for (int i = 0; i < 40; i++) {
                assertThat(header.getCell(i).getStringCellValue()).isEqualTo(FrdoLayout.HEADERS.get(i));
            }
            for (int r = 1; r <= 4; r++) {
                XSSFRow data = sheet.getRow(r);
                assertThat(data.getCell(column("V")).getCellType()).isEqualTo(CellType.STRING);
                assertThat(data.getCell(column("V")).getCellStyle().getQuotePrefixed()).as("row " + r).isTrue();
                assertThat(data.getCell(column("W")).getCellStyle().getQuotePrefixed()).isFalse();
            }
            XSSFRow first = sheet.getRow(1);
            assertThat(first.getCell(column("V")).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(first.getCell(column("AA")).getStringCellValue()).isEqualTo("112-233-445 95");
            assertThat(first.getCell(column("H")).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(column("H")).getStringCellValue()).isEqualTo("05.03.2026");
            assertThat(first.getCell(column("AE")).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(column("S")).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(column("S")).getNumericCellValue()).isEqualTo(2025);
            assertThat(first.getCell(column("T")).getNumericCellValue()).isEqualTo(2026);
            assertThat(first.getCell(column("U")).getNumericCellValue()).isEqualTo(72);
        }
    }
}
