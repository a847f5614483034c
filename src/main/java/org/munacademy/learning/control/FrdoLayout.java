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
 * The upload template of the federal registry of documents of education (ФИС ФРДО, Рособрнадзор) for additional
 * professional education («Шаблон ДПО»): one sheet «Шаблон», {@link #HEADERS} (40 columns, A–AN) in the template's
 * order, one row per issued document, the values of the template's drop-down lists, dates as {@code dd.MM.yyyy},
 * СНИЛС as {@code XXX-XXX-XXX YY}, citizenship as the three-digit ОКСМ code, the years and hours of study as numbers.
 * <p>
 * <b>Sources</b> (public GitHub, read 2026-12-03; nothing copied, the layout derived and cross-checked):
 * <ul>
 * <li>the registry's template itself, as an organisation downloads it from its ФИС ФРДО account:
 * {@code shafranovskijm-pixel/synthagma-ver-0.1}, {@code src/assets/frdo/template-dpo.xlsx} (created 2021-02-02,
 * last saved 2023-01-16). Its sheet «Шаблон» has the 40 headers of row 1; its hidden sheet «Проверки» holds the
 * drop-down lists the data validations of rows 2–1001 name (спВидДокумента, Статус, спУтраты, спОбмена,
 * спУничтожения, спДопПрофПрог, спОбластьПрофДеятельности, спУровеньОбразования, Пол, спФормаОбучения, спИстФинан,
 * спПрекращенияОО, спГражданство); the code lists below are those lists;</li>
 * <li>an exporter that writes this template, with the same 40 headers in the same order and its own drop-down lists:
 * {@code shafranovskijm-pixel/synthagma-ver-0.1}, {@code src/utils/frdoExcelExport.ts} (with
 * {@code src/constants/frdo.ts}; {@code src/utils/frdoTemplateInjector.ts} writes the years and hours of study as the
 * template's only numeric columns). Two more exporters in the public code index (repository not named there) agree
 * on the order: a PHP one mapping the headers to the letters A…AN, and a Django {@code reporting/services/
 * frdo_export.py} whose {@code HEADERS_PILOT} is the ДПО list.</li>
 * </ul>
 * Where the exporters' own code lists differ from the template's (funding «Бюджетное обучение», form of study
 * «Очно-заочная», prior education «Среднее общее образование»), the template wins. «Наименование области
 * профессиональной деятельности» is not ОКВЭД: the template offers the 33 areas of professional activity of the
 * Минтруд list ({@link #PROFESSIONAL_AREAS}); municipal administration is «Административно-управленческая и офисная
 * деятельность», filled for diplomas of переподготовка (which entitle to a new kind of activity) and left empty for
 * удостоверения. What the platform does not record (the holder's prior ВО/СПО diploma, УГС, qualification, the
 * original a duplicate replaces) stays empty for the provider to complete before the upload.
 */
public final class FrdoLayout {

    /** The 40 columns of «Шаблон ДПО», A to AN, in its order. */
    public static final List<String> HEADERS = List.of(
            "Вид документа",                                                       // A
            "Статус документа",                                                    // B
            "Подтверждение утраты",                                                // C
            "Подтверждение обмена",                                                // D
            "Подтверждение уничтожения",                                           // E
            "Серия документа",                                                     // F
            "Номер документа",                                                     // G
            "Дата выдачи документа",                                               // H
            "Регистрационный номер",                                               // I
            "Дополнительная профессиональная программа (повышение квалификации/ профессиональная переподготовка)", // J
            "Наименование дополнительной профессиональной программы",              // K
            "Наименование области профессиональной деятельности",                  // L
            "Укрупненные группы специальностей",                                   // M
            "Наименование квалификации, профессии, специальности",                 // N
            "Уровень образования ВО/СПО",                                          // O
            "Фамилия указанная в дипломе о ВО или СПО",                            // P
            "Серия документа о ВО/СПО",                                            // Q
            "Номер документа о ВО/СПО",                                            // R
            "Год начала обучения (для документа о квалификации)",                  // S
            "Год окончания обучения (для документа о квалификации)",               // T
            "Срок обучения, часов (для документа о квалификации)",                 // U
            "Фамилия получателя",                                                  // V
            "Имя получателя",                                                      // W
            "Отчество получателя",                                                 // X
            "Дата рождения получателя",                                            // Y
            "Пол получателя",                                                      // Z
            "СНИЛС",                                                               // AA
            "Форма обучения",                                                      // AB
            "Источник финансирования обучения",                                    // AC
            "Форма получения образования на момент прекращения образовательных отношений", // AD
            "Гражданство получателя (код страны по ОКСМ)",                         // AE
            "Наименование документа об образовании (оригинала)",                   // AF
            "Серия (оригинала)",                                                   // AG
            "Номер (оригинала)",                                                   // AH
            "Регистрационный N (оригинала)",                                       // AI
            "Дата выдачи (оригинала)",                                             // AJ
            "Фамилия получателя (оригинала)",                                      // AK
            "Имя получателя (оригинала)",                                          // AL
            "Отчество получателя (оригинала)",                                     // AM
            "Номер документа для изменения");                                      // AN

    /** The template's only sheet an upload reads. */
    public static final String SHEET = "Шаблон";

    /** Column A «Вид документа» (спВидДокумента). */
    public static final List<String> DOCUMENT_KINDS = List.of("Диплом о профессиональной переподготовке",
            "Свидетельство о повышении квалификации", "Справка об обучении",
            "Удостоверение о повышении квалификации");
    /** Column B «Статус документа» (Статус). */
    public static final List<String> STATUSES = List.of("Оригинал", "Дубликат");
    /** Column C «Подтверждение утраты» (спУтраты): «Нет» for an original. */
    public static final List<String> LOSS_CONFIRMATIONS = List.of("Нет", "Справка из органов внутренних дел",
            "Справка из органов пожарной охраны", "Объявление в газете", "Другое");
    /** Column D «Подтверждение обмена» (спОбмена): «Нет» for an original. */
    public static final List<String> EXCHANGE_CONFIRMATIONS = List.of("Нет", "Обмен по причине порчи",
            "Обмен по причине наличия недостоверной информации");
    /** Column E «Подтверждение уничтожения» (спУничтожения). */
    public static final List<String> DESTRUCTION_CONFIRMATIONS = List.of("Да", "Нет");
    /** Column J, the kind of programme (спДопПрофПрог). */
    public static final List<String> PROGRAMME_KINDS = List.of("Повышение квалификации",
            "Профессиональная переподготовка");
    /** Column L «Наименование области профессиональной деятельности» (спОбластьПрофДеятельности), verbatim. */
    public static final List<String> PROFESSIONAL_AREAS = List.of("Образование и наука", "Здравоохранение",
            "Социальное обслуживание", "Культура, искусство", "Физическая культура и спорт",
            "Связь, информационные и коммуникационные технологии",
            "Административно-управленческая и офисная деятельность", "Финансы и экономика", "Юриспруденция",
            "Архитектура, проектирование, геодезия, топография и дизайн",
            "Средства массовой информации, издательство и полиграфия", "Обеспечение безопасности",
            "Сельское хозяйство", "Лесное хозяйство, охота", "Рыбоводство и рыболовство",
            "Строительство и жилищно-коммунальное хозяйство", "Транспорт",
            "Добыча, переработка угля, руд и других полезных ископаемых",
            "Добыча, переработка, транспортировка нефти и газа", "Электроэнергетика",
            "Легкая и текстильная промышленность",
            "Пищевая промышленность, включая производство напитков и табака",
            "Деревообрабатывающая и целлюлозно-бумажная промышленность, мебельное производство",
            "Атомная промышленность", "Ракетно-космическая промышленность",
            "Химическое, химико-технологическое производство", "Производство машин и оборудования",
            "Производство электрооборудования, электронного и оптического оборудования", "Судостроение",
            "Автомобилестроение", "Авиастроение",
            // the double space is the template's own: the registry compares values character by character
            "Сервис, оказание услуг населению (торговля, техническое обслуживание, ремонт, предоставление "
                    + "персональных услуг,  услуги гостеприимства, общественное питание и пр.)",
            "Сквозные виды профессиональной деятельности в промышленности");
    /** Column O «Уровень образования ВО/СПО» (спУровеньОбразования). */
    public static final List<String> PRIOR_EDUCATION_LEVELS = List.of("Высшее образование",
            "Среднее профессиональное образование", "Справка", "Стаж", "Пункт 1 правил формирования ФИС ФРДО");
    /** Column Z «Пол получателя» (Пол). */
    public static final List<String> SEXES = List.of("Муж", "Жен");
    /** Column AB «Форма обучения» (спФормаОбучения). */
    public static final List<String> STUDY_FORMS = List.of("Очная", "Очно-заочная (вечерняя)", "Заочная");
    /** Column AC «Источник финансирования обучения» (спИстФинан). */
    public static final List<String> FUNDING_SOURCES = List.of("Федеральный бюджет", "Региональный бюджет",
            "Местный бюджет", "Платное обучение");
    /** Column AD, the form of obtaining education (спПрекращенияОО, 273-ФЗ ст. 17 ч. 1). */
    public static final List<String> EDUCATION_SETTINGS = List.of("в образовательной организации",
            "вне образовательной организации");

    /** Municipal administration among {@link #PROFESSIONAL_AREAS}: the area a diploma of переподготовка names. */
    public static final String MUNICIPAL_ADMINISTRATION = "Административно-управленческая и офисная деятельность";
    /** The association's programmes for municipal employees are paid by the municipalities. */
    public static final String FUNDED_BY_LOCAL_BUDGET = "Местный бюджет";
    /** Learners study with a provider (not in self-education). */
    public static final String IN_ORGANISATION = "в образовательной организации";
    /** What the exporters write into «Серия документа» of a form without a series. */
    public static final String NO_SERIES = "нет";
    /** An original: status, loss, exchange and destruction. */
    public static final String ORIGINAL = "Оригинал";
    public static final String NO = "Нет";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /**
     * One document with what its holder's record says (sex as «Муж»/«Жен», СНИЛС as its 11 digits, citizenship as
     * an ОКСМ code).
     */
    public record Row(CompletionDocument kind, String series, String number, LocalDate issuedOn,
            String registrationNumber, String programmeTitle, int studyStartYear, int studyEndYear, int hours,
            String lastName, String firstName, String middleName, LocalDate birthDate, String sex, String snils,
            StudyFormat format, String citizenship) {
    }

    private FrdoLayout() {
    }

    /**
     * The workbook: the sheet «Шаблон» with the header row and one row per document. Text is text (a name that looks
     * like a formula stays text, see {@link XlsxWriter}); the years and hours of study are numbers.
     */
    public static byte[] workbook(List<Row> rows) {
        List<List<Cell>> cells = new ArrayList<>();
        for (Row r : rows) {
            cells.add(values(r).stream().map(Cell::of).toList());
        }
        return XlsxWriter.write(SHEET, HEADERS, cells);
    }

    /**
     * A row's 40 values in {@link #HEADERS}' order: strings, the years and hours as integers, empty strings for what
     * the platform does not record.
     */
    static List<Object> values(Row r) {
        Object[] v = new Object[HEADERS.size()];
        Arrays.fill(v, "");
        v[0] = documentName(r.kind());
        v[1] = ORIGINAL;
        v[2] = NO;
        v[3] = NO;
        v[4] = NO;
        v[5] = r.series() == null || r.series().isBlank() ? NO_SERIES : r.series();
        v[6] = r.number();
        v[7] = DATE.format(r.issuedOn());
        v[8] = r.registrationNumber();
        v[9] = programmeKind(r.kind());
        v[10] = r.programmeTitle();
        v[11] = r.kind() == CompletionDocument.RETRAINING_DIPLOMA ? MUNICIPAL_ADMINISTRATION : "";
        v[18] = r.studyStartYear();
        v[19] = r.studyEndYear();
        v[20] = r.hours();
        v[21] = r.lastName();
        v[22] = r.firstName();
        v[23] = r.middleName() == null ? "" : r.middleName();
        v[24] = DATE.format(r.birthDate());
        v[25] = r.sex();
        v[26] = snils(r.snils());
        v[27] = studyForm(r.format());
        v[28] = FUNDED_BY_LOCAL_BUDGET;
        v[29] = IN_ORGANISATION;
        v[30] = citizenship(r.citizenship());
        return Arrays.asList(v);
    }

    /** Column A: «Удостоверение о повышении квалификации» or «Диплом о профессиональной переподготовке». */
    public static String documentName(CompletionDocument kind) {
        return kind == CompletionDocument.RETRAINING_DIPLOMA ? DOCUMENT_KINDS.get(0) : DOCUMENT_KINDS.get(3);
    }

    /** Column J: «Повышение квалификации» or «Профессиональная переподготовка». */
    public static String programmeKind(CompletionDocument kind) {
        return kind == CompletionDocument.RETRAINING_DIPLOMA ? PROGRAMME_KINDS.get(1) : PROGRAMME_KINDS.get(0);
    }

    /** Column AB: «Очная», «Очно-заочная (вечерняя)», «Заочная». */
    public static String studyForm(StudyFormat f) {
        return switch (f) {
            case FULL_TIME -> STUDY_FORMS.get(0);
            case MIXED -> STUDY_FORMS.get(1);
            case PART_TIME -> STUDY_FORMS.get(2);
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

    /** Column AE: the ОКСМ code as the template lists it, three digits with leading zeros ("643", "051"). */
    public static String citizenship(String oksm) {
        if (oksm == null || !oksm.strip().matches("[0-9]{1,3}")) {
            throw new IllegalArgumentException("an ОКСМ code is up to three digits");
        }
        String code = oksm.strip();
        return "0".repeat(3 - code.length()) + code;
    }
}
