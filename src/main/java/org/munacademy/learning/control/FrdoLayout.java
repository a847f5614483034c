package org.munacademy.learning.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.munacademy.learning.entity.CompletionDocument;
import org.munacademy.learning.entity.StudyFormat;
import org.munacademy.shared.control.XlsxWriter;
import org.munacademy.shared.control.XlsxWriter.Cell;

/**
 * The upload layout of the federal registry of documents of education (ФИС ФРДО, Рособрнадзор) for additional
 * professional education (ДПО): one row per issued document, {@link #HEADERS} in the registry's order, the registry's
 * code lists as text (document names, «Оригинал», «Нет», «Муж»/«Жен», forms of study, sources of funding), dates as
 * {@code dd.MM.yyyy}, СНИЛС as {@code XXX-XXX-XXX YY}, citizenship as the numeric ОКСМ code.
 * <p>
 * <b>Source.</b> The registry's own template («Шаблон ДПО», the XLSX published in the ФИС ФРДО personal account of an
 * educational organisation, frdocs.obrnadzor.gov.ru) could not be fetched here (no network; the search corpus holds
 * no copy). {@link #HEADERS} is the best-known layout of that template, reconstructed from its published
 * descriptions: the document block, the prior-education block (ВО/СПО), the programme block, the holder block and the
 * block of the original a duplicate or a corrected document replaces. Column names and order must be checked against
 * the current template before a real upload; the code lists below follow the template's drop-downs.
 */
public final class FrdoLayout {

    /** The 40 columns of the ДПО upload template, in its order (see the class comment for the source). */
    public static final List<String> HEADERS = List.of(
            "Название документа",                                            // 1
            "Вид документа",                                                 // 2
            "Статус документа",                                              // 3
            "Подтверждение утраты",                                          // 4
            "Подтверждение обмена",                                          // 5
            "Подтверждение уничтожения",                                     // 6
            "Уровень образования ВО/СПО",                                    // 7
            "Фамилия, указанная в дипломе о ВО или СПО",                     // 8
            "Серия диплома о ВО или СПО",                                    // 9
            "Номер диплома о ВО или СПО",                                    // 10
            "Серия документа",                                               // 11
            "Номер документа",                                               // 12
            "Дата выдачи",                                                   // 13
            "Регистрационный номер",                                         // 14
            "Дополнительная профессиональная программа (наименование)",      // 15
            "Наименование области профессиональной деятельности",            // 16
            "Наименование квалификации, профессии, специальности",           // 17
            "Укрупненные группы специальностей",                             // 18
            "Год начала обучения",                                           // 19
            "Год окончания обучения",                                        // 20
            "Срок обучения, часов",                                          // 21
            "Фамилия получателя",                                            // 22
            "Имя получателя",                                                // 23
            "Отчество получателя",                                           // 24
            "Дата рождения получателя",                                      // 25
            "Пол получателя",                                                // 26
            "СНИЛС",                                                         // 27
            "Форма обучения",                                                // 28
            "Использование электронного обучения и дистанционных технологий", // 29
            "Источник финансирования обучения",                              // 30
            "Форма получения образования на момент прекращения образовательных отношений", // 31
            "Гражданство получателя (код страны по ОКСМ)",                   // 32
            "Наименование документа об образовании (оригинала)",             // 33
            "Серия (оригинала)",                                             // 34
            "Номер (оригинала)",                                             // 35
            "Регистрационный N (оригинала)",                                 // 36
            "Дата выдачи (оригинала)",                                       // 37
            "Фамилия получателя (оригинала)",                                // 38
            "Имя получателя (оригинала)",                                    // 39
            "Отчество получателя (оригинала)");                              // 40

    /** «Вид документа» of the template's code list. */
    public static final String UPGRADE_CERTIFICATE = "Удостоверение о повышении квалификации";
    public static final String RETRAINING_DIPLOMA = "Диплом о профессиональной переподготовке";
    /** «Статус документа»: an original (not a duplicate). */
    public static final String ORIGINAL = "Оригинал";
    /** «Подтверждение утраты / обмена / уничтожения»: no. */
    public static final String NO = "Нет";
    /** «Источник финансирования обучения» of programmes the association runs for municipal employees. */
    public static final String FUNDED_BY_LOCAL_BUDGET = "За счет бюджетных ассигнований местных бюджетов";
    /** «Форма получения образования на момент прекращения образовательных отношений». */
    public static final String IN_ORGANISATION = "В организации, осуществляющей образовательную деятельность";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** One document with what its holder's record says (sex as «Муж»/«Жен», СНИЛС as its 11 digits). */
    public record Row(CompletionDocument kind, String series, String number, LocalDate issuedOn,
            String registrationNumber, String programmeTitle, int studyStartYear, int studyEndYear, int hours,
            String lastName, String firstName, String middleName, LocalDate birthDate, String sex, String snils,
            StudyFormat format, boolean distanceLearning, String citizenship) {
    }

    private FrdoLayout() {
    }

    /** The workbook: one sheet «ДПО» with the header row and one row per document; every cell is text. */
    public static byte[] workbook(List<Row> rows) {
        List<List<Cell>> cells = new ArrayList<>();
        for (Row r : rows) {
            cells.add(values(r).stream().map(Cell::of).toList());
        }
        return XlsxWriter.write("ДПО", HEADERS, cells);
    }

    /** A row's 40 values in {@link #HEADERS}' order (empty strings for what the platform does not record). */
    static List<String> values(Row r) {
        String[] v = new String[HEADERS.size()];
        Arrays.fill(v, "");
        v[0] = documentName(r.kind());
        v[1] = documentName(r.kind());
        v[2] = ORIGINAL;
        v[3] = NO;
        v[4] = NO;
        v[5] = NO;
        v[10] = r.series() == null ? "" : r.series();
        v[11] = r.number();
        v[12] = DATE.format(r.issuedOn());
        v[13] = r.registrationNumber();
        v[14] = r.programmeTitle();
        v[18] = String.valueOf(r.studyStartYear());
        v[19] = String.valueOf(r.studyEndYear());
        v[20] = String.valueOf(r.hours());
        v[21] = r.lastName();
        v[22] = r.firstName();
        v[23] = r.middleName() == null ? "" : r.middleName();
        v[24] = DATE.format(r.birthDate());
        v[25] = r.sex();
        v[26] = snils(r.snils());
        v[27] = studyForm(r.format());
        v[28] = r.distanceLearning() ? "Да" : NO;
        v[29] = FUNDED_BY_LOCAL_BUDGET;
        v[30] = IN_ORGANISATION;
        v[31] = r.citizenship();
        return List.of(v);
    }

    public static String documentName(CompletionDocument kind) {
        return kind == CompletionDocument.RETRAINING_DIPLOMA ? RETRAINING_DIPLOMA : UPGRADE_CERTIFICATE;
    }

    /** «Очная», «Очно-заочная», «Заочная». */
    public static String studyForm(StudyFormat f) {
        return switch (f) {
            case FULL_TIME -> "Очная";
            case MIXED -> "Очно-заочная";
            case PART_TIME -> "Заочная";
        };
    }

    /** СНИЛС of 11 digits as {@code XXX-XXX-XXX YY}. */
    public static String snils(String digits) {
        if (digits == null || !digits.matches("[0-9]{11}")) {
            throw new IllegalArgumentException("a СНИЛС is eleven digits");
        }
        return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6, 9) + " "
                + digits.substring(9);
    }
}
