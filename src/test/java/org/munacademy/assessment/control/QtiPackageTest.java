package org.munacademy.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.munacademy.assessment.entity.AssessmentImportError;
import org.munacademy.assessment.entity.AssessmentPlace;
import org.munacademy.assessment.entity.BankItem;
import org.munacademy.assessment.entity.Difficulty;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.ItemContent.Option;
import org.munacademy.assessment.entity.ItemContent.Pair;
import org.munacademy.assessment.entity.QuestionType;
import org.munacademy.assessment.entity.RichText;
import org.munacademy.assessment.entity.SourcedItem;
import org.munacademy.shared.boundary.ErrorTexts;
import org.munacademy.shared.entity.ImportRejectedException;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.entity.Location;

class QtiPackageTest {

    private static final String TAO_FOLDER = "qti/tao/";
    private static final List<String> TAO_FILES = List.of("imsmanifest.xml", "items/i-budget-1/qti.xml",
            "items/i-powers-2/qti.xml", "items/i-charter-3/qti.xml", "items/i-quorum-4/qti.xml",
            "items/i-stages-5/qti.xml", "items/i-bodies-6/qti.xml");

    private static final String ITEM_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:schemaLocation=\"http://www.imsglobal.org/xsd/imsqti_v2p1"
            + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd\"";

    // ------------------------------------------------------------------ a package from another tool

    @Test
    void a_hand_written_tao_package_imports_every_supported_interaction() {
        List<SourcedItem> items = QtiPackage.read(taoPackage());

        assertThat(items).extracting(s -> s.location().field()).containsExactly(
                "item items/i-budget-1/qti.xml", "item items/i-powers-2/qti.xml", "item items/i-charter-3/qti.xml",
                "item items/i-quorum-4/qti.xml", "item items/i-stages-5/qti.xml", "item items/i-bodies-6/qti.xml");
        assertThat(items.get(0).item()).isEqualTo(new BankItem("i-budget-1", "FIN-01", 2, Difficulty.HARD,
                new ItemContent(QuestionType.SINGLE_CHOICE,
                        RichText.of("<p>Кто утверждает <strong>местный бюджет</strong> муниципального района?</p> "
                                + "<p>Выберите один ответ.</p>"),
                        List.of(Option.choice("Глава администрации", 0,
                                        "Глава администрации исполняет бюджет, но не утверждает его."),
                                Option.choice("Представительный орган муниципального образования", 100, null),
                                Option.choice("Контрольно-счётный орган", 0, null)),
                        null, null, null)));
        assertThat(items.get(1).item()).isEqualTo(new BankItem("i-powers-2", "ORG-03", 1, Difficulty.MEDIUM,
                new ItemContent(QuestionType.MULTIPLE_CHOICE,
                        "Какие вопросы относятся к вопросам местного значения городского поселения?\n"
                                + "Отметьте все верные ответы.",
                        List.of(Option.choice("Благоустройство территории", 50, null),
                                Option.choice("Назначение мировых судей", -50, "Это полномочие субъекта РФ."),
                                Option.choice("Организация библиотечного обслуживания", 50, null),
                                Option.choice("Выдача паспортов", 0, null)),
                        null, null, null)));
        assertThat(items.get(2).item()).isEqualTo(new BankItem("i-charter-3", null, 0, Difficulty.MEDIUM,
                new ItemContent(QuestionType.SHORT_TEXT, "Основной документ муниципального образования — это _____.",
                        List.of(Option.choice("Устав", 100, null),
                                Option.choice("устав муниципального образования", 100, null),
                                Option.choice("уставом", 50, null)),
                        null, null, null)));
        assertThat(items.get(3).item()).isEqualTo(new BankItem("i-quorum-4", "LAW-02", 3, Difficulty.EASY,
                new ItemContent(QuestionType.NUMERIC, "Сколько процентов депутатов (две трети, с точностью до "
                        + "десятых) должны проголосовать за изменение устава?",
                        List.of(Option.number(66.7, 0.1, 100, null)), null, null,
                        "См. статью 44 Федерального закона № 131-ФЗ.")));
        assertThat(items.get(4).item()).isEqualTo(new BankItem("i-stages-5", "FIN-01", 1, Difficulty.EASY,
                new ItemContent(QuestionType.ORDERING, "Расположите этапы бюджетного процесса по порядку.", null,
                        null, List.of("Составление проекта бюджета", "Рассмотрение проекта бюджета",
                                "Утверждение бюджета", "Исполнение бюджета"),
                        null)));
        assertThat(items.get(5).item()).isEqualTo(new BankItem("i-bodies-6", null, 0, Difficulty.MEDIUM,
                new ItemContent(QuestionType.MATCHING, "Сопоставьте органы местного самоуправления и их полномочия.",
                        null, List.of(
                                new Pair("Глава муниципального образования", "Возглавляет местную администрацию"),
                                new Pair("Представительный орган", "Принимает устав"),
                                new Pair("Контрольно-счётный орган", "Проверяет исполнение бюджета"),
                                new Pair("", "Назначает губернатора")),
                        null, null)));
    }

    @Test
    void a_choice_of_true_and_false_is_a_true_false_question_with_verno_first() {
        String item = ITEM_HEAD + " identifier=\"tf-1\" title=\"tf\" adaptive=\"false\" timeDependent=\"false\">"
                + "<responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\" baseType=\"identifier\">"
                + "<correctResponse><value>f</value></correctResponse></responseDeclaration>"
                + "<itemBody><choiceInteraction responseIdentifier=\"RESPONSE\" maxChoices=\"1\">"
                + "<prompt>Устав принимает глава администрации.</prompt>"
                + "<simpleChoice identifier=\"f\">False</simpleChoice>"
                + "<simpleChoice identifier=\"t\">True</simpleChoice>"
                + "</choiceInteraction></itemBody></assessmentItem>";

        BankItem read = QtiPackage.read(zip(manifest("q.xml"), "q.xml", item)).get(0).item();

        assertThat(read.content()).isEqualTo(new ItemContent(QuestionType.TRUE_FALSE,
                "Устав принимает глава администрации.", List.of(Option.choice(ItemContent.TRUE_TEXT, 0, null),
                        Option.choice(ItemContent.FALSE_TEXT, 100, null)), null, null, null));
    }

    @Test
    void multiple_choice_without_a_mapping_shares_100_among_the_correct_and_gives_minus_100_to_the_others() {
        String item = ITEM_HEAD + " identifier=\"mc\" title=\"mc\" adaptive=\"false\" timeDependent=\"false\">"
                + "<responseDeclaration identifier=\"RESPONSE\" cardinality=\"multiple\" baseType=\"identifier\">"
                + "<correctResponse><value>a</value><value>b</value></correctResponse></responseDeclaration>"
                + "<itemBody><p>Выберите</p><choiceInteraction responseIdentifier=\"RESPONSE\" maxChoices=\"0\">"
                + "<simpleChoice identifier=\"a\">A</simpleChoice><simpleChoice identifier=\"b\">B</simpleChoice>"
                + "<simpleChoice identifier=\"c\">C</simpleChoice></choiceInteraction></itemBody>"
                + "<responseProcessing template=\""
                + "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct\"/>"
                + "</assessmentItem>";

        ItemContent content = QtiPackage.read(zip(manifest("q.xml"), "q.xml", item)).get(0).item().content();

        assertThat(content.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(content.options()).extracting(Option::weight).containsExactly(50.0, 50.0, -100.0);
    }

    @Test
    void a_zip_made_by_windows_with_cyrillic_names_in_code_page_866_is_read() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, Charset.forName("IBM866"))) {
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            zip.write(manifest("вопросы/порядок.xml").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("вопросы/порядок.xml"));
            zip.write(tao("items/i-stages-5/qti.xml").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        List<SourcedItem> items = QtiPackage.read(bytes.toByteArray());

        assertThat(items).extracting(s -> s.location().field()).containsExactly("item вопросы/порядок.xml");
        assertThat(items.get(0).item().code()).isEqualTo("i-stages-5");
    }

    // ------------------------------------------------------------------ round trip

    @Test
    void every_type_survives_a_round_trip_with_feedback_and_special_characters() {
        List<BankItem> items = List.of(
                new BankItem("STR-01-Q1", "STR-01", 2, Difficulty.HARD, new ItemContent(QuestionType.SINGLE_CHOICE,
                        "Что значит <b> & \"кавычки\" в 'HTML'?\nВторая строка вопроса: ёж, №5, 10 > 3",
                        List.of(Option.choice("Тег <b> — жирный", 100, "Верно: <b> & </b>"),
                                Option.choice("Знак & в \"кавычках\"", 0, "Нет — это «амперсанд»"),
                                Option.choice("Ничего", 0, null)),
                        null, null, "Общий отзыв: см. <главу 3> & приложение «А»")),
                new BankItem("STR-01-Q2", "STR-01", 1, Difficulty.EASY, new ItemContent(QuestionType.SINGLE_CHOICE,
                        "Частично верные варианты", List.of(Option.choice("Полностью", 100, null),
                                Option.choice("Наполовину", 50, null), Option.choice("Вредно", -25, "Минус"),
                                Option.choice("Никак", 0, null)),
                        null, null, null)),
                new BankItem("STR-02-Q3", "STR-02", 3, Difficulty.MEDIUM, new ItemContent(
                        QuestionType.MULTIPLE_CHOICE, "Отметьте все верные",
                        List.of(Option.choice("Первый", 100.0 / 3, "один"), Option.choice("Второй", 100.0 / 3, null),
                                Option.choice("Третий", 100.0 / 3, null), Option.choice("Лишний", -50, "нет"),
                                Option.choice("Ещё лишний", -100, null)),
                        null, null, null)),
                new BankItem("STR-02-Q4", "STR-02", 1, Difficulty.MEDIUM, new ItemContent(
                        QuestionType.MULTIPLE_CHOICE, "Сумма положительных весов меньше 100",
                        List.of(Option.choice("a", 50, null), Option.choice("b", 30, null),
                                Option.choice("c", -20, null)),
                        null, null, null)),
                new BankItem("TF-1", "LAW-01", 2, Difficulty.EASY, new ItemContent(QuestionType.TRUE_FALSE,
                        "Устав принимается представительным органом.",
                        List.of(Option.choice(ItemContent.TRUE_TEXT, 100, "Да, ст. 44"),
                                Option.choice(ItemContent.FALSE_TEXT, 0, "Перечитайте ст. 44")),
                        null, null, "Статья 44 131-ФЗ")),
                new BankItem("ST-1", "LAW-01", 1, Difficulty.MEDIUM, new ItemContent(QuestionType.SHORT_TEXT,
                        "Какой документ принимает представительный орган?",
                        List.of(Option.choice("Устав", 100, "Верно!"), Option.choice("устав МО", 100, null),
                                Option.choice("Положение <о бюджете> & \"регламент\"", 25, "Не совсем"),
                                Option.choice("Закон", 0, "Законы принимает субъект")),
                        null, null, null)),
                new BankItem("NUM-1", "FIN-01", 2, Difficulty.HARD, new ItemContent(QuestionType.NUMERIC,
                        "Сколько процентов — две трети?",
                        List.of(Option.number(66.7, 0.1, 100, "Точно"), Option.number(67, 0.5, 50, "Близко"),
                                Option.number(-1.25e-3, 0, 0, null), Option.number(1e21, 12.5, 10, null)),
                        null, null, null)),
                new BankItem("ORD-1", "FIN-01", 1, Difficulty.EASY, new ItemContent(QuestionType.ORDERING,
                        "Упорядочите этапы", null, null,
                        List.of("Составление <проекта>", "Рассмотрение & обсуждение", "Утверждение",
                                "Исполнение \"бюджета\""),
                        "Бюджетный цикл")),
                new BankItem("MAT-1", "ORG-02", 2, Difficulty.MEDIUM, new ItemContent(QuestionType.MATCHING,
                        "Сопоставьте", null,
                        List.of(new Pair("Глава", "Администрация"), new Pair("Совет", "Устав & регламент"),
                                new Pair("КСО", "Контроль"), new Pair("Дума", "Устав & регламент")),
                        null, null)),
                new BankItem("NO-COMPETENCY", null, 0, Difficulty.MEDIUM, new ItemContent(QuestionType.SINGLE_CHOICE,
                        "", List.of(Option.choice("", 100, null), Option.choice("x", 0, null)), null, null,
                        null)));

        byte[] zip = QtiPackage.write(items);
        List<SourcedItem> read = QtiPackage.read(zip);

        assertThat(read).extracting(SourcedItem::item).containsExactlyElementsOf(items);
        assertThat(read).extracting(s -> s.location().field()).startsWith("item items/STR-01-Q1.xml");
    }

    @Test
    void the_written_package_is_qti_2_1_with_a_manifest_labels_and_the_standard_templates() {
        byte[] zip = QtiPackage.write(List.of(
                new BankItem("Q1", "STR-01", 2, Difficulty.HARD, new ItemContent(QuestionType.SINGLE_CHOICE, "Вопрос",
                        List.of(Option.choice("Да", 100, null), Option.choice("Нет", 0, null)), null, null, null)),
                new BankItem("Q2", "STR-01", 2, Difficulty.MEDIUM, new ItemContent(QuestionType.MULTIPLE_CHOICE,
                        "Вопрос", List.of(Option.choice("a", 50, null), Option.choice("b", 50, null)), null, null,
                        null)),
                new BankItem("Вопрос 1", null, 0, null, new ItemContent(QuestionType.ORDERING, "По порядку",
                        null, null, List.of("a", "b"), null))));
        Map<String, String> files = unzip(zip);

        assertThat(files.keySet()).containsExactly("imsmanifest.xml", "items/Q1.xml", "items/Q2.xml",
                "items/item-3.xml");
        assertThat(files.get("imsmanifest.xml"))
                .contains("xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"")
                .contains("type=\"imsqti_item_xmlv2p1\" href=\"items/Q1.xml\"")
                .contains("<file href=\"items/Q1.xml\"/>");
        assertThat(files.get("items/Q1.xml"))
                .contains("xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\"")
                .contains("identifier=\"Q1\"").contains("label=\"STR-01/2/HARD\"")
                .contains("template=\"http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct\"");
        assertThat(files.get("items/Q2.xml"))
                .contains("template=\"http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response\"")
                .contains("<mapEntry mapKey=\"choice_1\" mappedValue=\"0.5\"/>");
        assertThat(files.get("items/item-3.xml")).contains("identifier=\"Вопрос_1\"").doesNotContain("label=");
        assertThat(QtiPackage.write(List.of())).isNotEmpty();
        assertThat(QtiPackage.write(List.of(
                new BankItem("Q1", null, 0, null, new ItemContent(QuestionType.ORDERING, "x", null, null,
                        List.of("a"), null)))))
                .isEqualTo(QtiPackage.write(List.of(new BankItem("Q1", null, 0, null,
                        new ItemContent(QuestionType.ORDERING, "x", null, null, List.of("a"), null)))));
    }

    // ------------------------------------------------------------------ hostile files

    private static final String LOL_BOMB = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n"
            + " <!ENTITY lol \"lol\">\n"
            + " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
            + " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
            + " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
            + " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
            + " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
            + " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
            + " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
            + " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
            + " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
            + "]>\n";

    @Test
    void a_billion_laughs_item_is_refused_at_once_without_using_memory() {
        QtiPackage.read(taoPackage()); // the parser's classes loaded, so the time below is the bomb's alone
        String bomb = LOL_BOMB + "<assessmentItem identifier=\"bomb\"><itemBody><p>&lol9;</p></itemBody>"
                + "</assessmentItem>";
        byte[] zip = zip(manifest("bomb.xml"), "bomb.xml", bomb);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class, () -> QtiPackage.read(zip));

        long millis = (System.nanoTime() - start) / 1_000_000;
        long heapGrowth = runtime.totalMemory() - runtime.freeMemory() - heapBefore;
        assertThat(e.errors()).containsExactly(ImportError.of(item("bomb.xml"), AssessmentImportError.QTI_DOCTYPE));
        assertThat(e.errors().get(0).text(ErrorTexts.in(ErrorTexts.RUSSIAN))).contains("DOCTYPE");
        assertThat(millis).as("milliseconds").isLessThan(500);
        // expanded, the bomb is 10^9 "lol"s: gigabytes; refused, it costs next to nothing
        assertThat(heapGrowth).as("heap growth in bytes").isLessThan(64L * 1024 * 1024);
    }

    @Test
    void a_billion_laughs_manifest_is_refused_too() {
        String bomb = LOL_BOMB + "<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"><resources>"
                + "<resource identifier=\"r\" type=\"imsqti_item_xmlv2p1\" href=\"&lol9;\"/></resources></manifest>";
        long start = System.nanoTime();

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> QtiPackage.read(zip(bomb, "x.xml", "<x/>")));

        assertThat(e.errors()).containsExactly(ImportError.of(MANIFEST, AssessmentImportError.QTI_DOCTYPE));
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(1000);
    }

    @Test
    void an_external_entity_reading_etc_passwd_is_refused() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE assessmentItem [\n"
                + " <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
                + "<assessmentItem identifier=\"xxe\"><itemBody><p>&xxe;</p><choiceInteraction responseIdentifier="
                + "\"RESPONSE\"><simpleChoice identifier=\"a\">&xxe;</simpleChoice></choiceInteraction></itemBody>"
                + "</assessmentItem>";
        String xxeParameter = "<?xml version=\"1.0\"?>\n<!DOCTYPE manifest SYSTEM \"http://127.0.0.1:1/evil.dtd\">\n"
                + "<manifest/>";

        ImportRejectedException item = catchThrowableOfType(ImportRejectedException.class,
                () -> QtiPackage.read(zip(manifest("xxe.xml"), "xxe.xml", xxe)));
        ImportRejectedException manifest = catchThrowableOfType(ImportRejectedException.class,
                () -> QtiPackage.read(zip(xxeParameter, "x.xml", "<x/>")));

        assertThat(item.errors()).containsExactly(ImportError.of(item("xxe.xml"), AssessmentImportError.QTI_DOCTYPE));
        assertThat(item.getMessage()).doesNotContain("root:");
        assertThat(manifest.errors()).containsExactly(ImportError.of(MANIFEST, AssessmentImportError.QTI_DOCTYPE));
    }

    @Test
    void a_zip_bomb_is_refused_while_inflating() {
        // 60 MB of zeros compress to about 60 KB, and the entry's declared size is not what stops it
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            zip.write(manifest("big.xml").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("big.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(bytes.size()).isLessThan(200_000);

        assertThatThrownBy(() -> QtiPackage.read(bytes.toByteArray()))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.location().field()).isEqualTo("package");
                            assertThat(error.code()).isEqualTo(AssessmentImportError.QTI_ENTRY_TOO_LARGE);
                            assertThat(error.args()).containsExactly("big.xml", 5L);
                            assertThat(error.text(ErrorTexts.in(ErrorTexts.RUSSIAN))).contains("big.xml")
                                    .contains("5 МБ").contains("zip-бомб");
                        }));
    }

    @Test
    void many_entries_within_the_per_file_limit_are_refused_when_their_total_is_too_large() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", manifest("a.xml").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 11; i++) {
            files.put("filler-" + i + ".bin", new byte[5 * 1024 * 1024 - 100]);
        }

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> QtiPackage.read(zip(files)));

        assertThat(e.errors()).containsExactly(ImportError.of(PACKAGE, AssessmentImportError.QTI_TOTAL_TOO_LARGE, 50L));
    }

    @Test
    void more_than_5000_entries_are_refused() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", manifest("a.xml").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < QtiPackage.MAX_ENTRIES; i++) {
            files.put("f/" + i, new byte[0]);
        }

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> QtiPackage.read(zip(files)));

        assertThat(e.errors()).containsExactly(ImportError.of(PACKAGE, AssessmentImportError.QTI_TOO_MANY_ENTRIES,
                QtiPackage.MAX_ENTRIES));
    }

    @Test
    void entry_paths_with_dot_dot_or_absolute_paths_are_refused() {
        for (String evil : List.of("../evil.xml", "items/../../evil.xml", "/etc/evil.xml", "C:\\evil.xml",
                "items\\..\\..\\evil.xml")) {
            ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                    () -> QtiPackage.read(zip(manifest("a.xml"), evil, "<x/>")));

            assertThat(e).as(evil).isNotNull();
            assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.location().field()).isEqualTo("package");
                assertThat(error.code()).isEqualTo(AssessmentImportError.QTI_PATH_INVALID);
                assertThat(error.args()).containsExactly(evil);
            });
        }
    }

    @Test
    void a_manifest_href_leaving_the_package_is_an_error_of_that_item() {
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> QtiPackage.read(zip(manifest("../outside.xml", "http://example.org/q.xml"), "a.xml", "<x/>")));

        assertThat(e.errors()).extracting(err -> err.location().field())
                .containsExactly("item ../outside.xml", "item http://example.org/q.xml");
        assertThat(e.errors()).allSatisfy(error -> assertThat(error.code())
                .isEqualTo(AssessmentImportError.QTI_LINK_OUTSIDE));
    }

    // ------------------------------------------------------------------ refused packages and items

    @Test
    void a_zip_without_a_manifest_is_refused() {
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> QtiPackage.read(zip(Map.of("q1.xml", "<assessmentItem/>".getBytes(StandardCharsets.UTF_8)))));

        assertThat(e.errors()).containsExactly(ImportError.of(PACKAGE, AssessmentImportError.QTI_NO_MANIFEST));
    }

    @Test
    void a_file_that_is_not_a_zip_is_refused() {
        ImportRejectedException notZip = catchThrowableOfType(ImportRejectedException.class,
                () -> QtiPackage.read("это не архив".getBytes(StandardCharsets.UTF_8)));
        ImportRejectedException empty = catchThrowableOfType(ImportRejectedException.class,
                () -> QtiPackage.read(new byte[0]));

        assertThat(notZip.errors()).extracting(err -> err.location().field()).containsExactly("package");
        assertThat(empty.errors()).extracting(err -> err.location().field()).containsExactly("package");
    }

    @Test
    void a_zip_cut_off_in_the_middle_of_an_entry_is_refused_as_truncated() {
        byte[] whole = QtiPackage.write(List.of(new BankItem("CUT-1", "LAW-01", 1, Difficulty.EASY,
                new ItemContent(QuestionType.SINGLE_CHOICE, "Кто принимает устав? " + "Длинный текст. ".repeat(200),
                        List.of(Option.choice("Совет", 100, null), Option.choice("Глава", 0, null)), null, null,
                        null))));
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class, () -> QtiPackage.read(half));

        assertThat(e).as("a truncated zip is refused as an import error").isNotNull();
        assertThat(e.errors()).extracting(err -> err.location().field()).containsExactly("package");
    }

    @Test
    void a_zip_cut_off_anywhere_is_either_read_whole_or_refused_never_an_unexpected_failure() {
        byte[] whole = QtiPackage.write(List.of(new BankItem("CUT-2", "LAW-01", 1, Difficulty.EASY,
                new ItemContent(QuestionType.SINGLE_CHOICE, "Вопрос " + "текст ".repeat(100),
                        List.of(Option.choice("Да", 100, null), Option.choice("Нет", 0, null)), null, null, null))));
        int refused = 0;
        for (int length = 1; length < whole.length; length += 7) {
            byte[] cut = java.util.Arrays.copyOf(whole, length);
            try {
                assertThat(QtiPackage.read(cut)).as("a cut that keeps every entry reads the item")
                        .extracting(s -> s.item().code()).containsExactly("CUT-2");
            } catch (ImportRejectedException expected) {
                refused++;
            }
        }
        assertThat(refused).isPositive();
    }

    @Test
    void a_manifest_without_items_is_refused() {
        String manifest = "<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"><resources>"
                + "<resource identifier=\"t\" type=\"imsqti_test_xmlv2p1\" href=\"t.xml\"/></resources></manifest>";

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> QtiPackage.read(zip(manifest, "t.xml", "<x/>")));

        assertThat(e.errors()).extracting(err -> err.location().field()).containsExactly("imsmanifest.xml");
    }

    @Test
    void an_unsupported_interaction_is_refused_naming_the_item_and_the_interaction() {
        String essay = ITEM_HEAD + " identifier=\"essay\" title=\"Эссе\" adaptive=\"false\" timeDependent=\"false\">"
                + "<responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\" baseType=\"string\"/>"
                + "<itemBody><p>Опишите бюджетный процесс.</p>"
                + "<uploadInteraction responseIdentifier=\"RESPONSE\"/></itemBody>"
                + "</assessmentItem>";

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> QtiPackage.read(zip(manifest("items/essay.xml"), "items/essay.xml", essay)));

        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.location().field()).isEqualTo("item items/essay.xml");
            assertThat(error.code()).isEqualTo(AssessmentImportError.QTI_INTERACTION_UNSUPPORTED);
            assertThat(error.args()).containsExactly("uploadInteraction");
            assertThat(error.text(ErrorTexts.in(ErrorTexts.RUSSIAN))).contains("uploadInteraction")
                    .contains("не поддерживается");
        });
    }

    @Test
    void every_bad_item_is_reported_and_nothing_is_returned() {
        String good = tao("items/i-stages-5/qti.xml");
        String essay = ITEM_HEAD + " identifier=\"essay\" title=\"e\" adaptive=\"false\" timeDependent=\"false\">"
                + "<responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\" baseType=\"string\"/>"
                + "<itemBody><uploadInteraction responseIdentifier=\"RESPONSE\"/></itemBody></assessmentItem>";
        String two = ITEM_HEAD + " identifier=\"two\" title=\"t\" adaptive=\"false\" timeDependent=\"false\">"
                + "<responseDeclaration identifier=\"R1\" cardinality=\"single\" baseType=\"string\"/>"
                + "<responseDeclaration identifier=\"R2\" cardinality=\"single\" baseType=\"string\"/>"
                + "<itemBody><p>Столица <textEntryInteraction responseIdentifier=\"R1\"/> и "
                + "<textEntryInteraction responseIdentifier=\"R2\"/></p></itemBody></assessmentItem>";
        String noCorrect = ITEM_HEAD + " identifier=\"nc\" title=\"n\" adaptive=\"false\" timeDependent=\"false\">"
                + "<responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\" baseType=\"identifier\"/>"
                + "<itemBody><choiceInteraction responseIdentifier=\"RESPONSE\"><simpleChoice identifier=\"a\">A"
                + "</simpleChoice></choiceInteraction></itemBody></assessmentItem>";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", manifest("good.xml", "essay.xml", "broken.xml", "missing.xml", "two.xml",
                "nc.xml").getBytes(StandardCharsets.UTF_8));
        files.put("good.xml", good.getBytes(StandardCharsets.UTF_8));
        files.put("essay.xml", essay.getBytes(StandardCharsets.UTF_8));
        files.put("broken.xml", "<assessmentItem><itemBody></assessmentItem>".getBytes(StandardCharsets.UTF_8));
        files.put("two.xml", two.getBytes(StandardCharsets.UTF_8));
        files.put("nc.xml", noCorrect.getBytes(StandardCharsets.UTF_8));

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> QtiPackage.read(zip(files)));

        assertThat(e.errors()).extracting(err -> err.location().field()).containsExactly("item essay.xml",
                "item broken.xml", "item missing.xml", "item two.xml", "item nc.xml");
        assertThat(e.errors()).extracting(ImportError::code).containsExactly(
                AssessmentImportError.QTI_INTERACTION_UNSUPPORTED, AssessmentImportError.QTI_XML_INVALID_AT,
                AssessmentImportError.QTI_FILE_MISSING, AssessmentImportError.QTI_SEVERAL_INTERACTIONS,
                AssessmentImportError.QTI_NO_CORRECT);
        assertThat(e.errors().get(0).args()).containsExactly("uploadInteraction");
        assertThat(e.errors().get(1).text(ErrorTexts.in(ErrorTexts.RUSSIAN))).contains("не является корректным XML")
                .contains("строка 1");
        assertThat(e.errors().get(3).args()).containsExactly("textEntryInteraction, textEntryInteraction");
    }

    // ------------------------------------------------------------------ helpers

    private static final Location PACKAGE = Location.of(AssessmentPlace.PACKAGE);
    private static final Location MANIFEST = Location.of(AssessmentPlace.MANIFEST);

    private static Location item(String path) {
        return Location.of(AssessmentPlace.ITEM, path);
    }


    private static byte[] taoPackage() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : TAO_FILES) {
            files.put(name, tao(name).getBytes(StandardCharsets.UTF_8));
        }
        return zip(files);
    }

    private static String tao(String name) {
        try (InputStream in = QtiPackageTest.class.getClassLoader().getResourceAsStream(TAO_FOLDER + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal manifest naming items by href. */
    private static String manifest(String... hrefs) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" identifier=\"M\"><organizations/>"
                + "<resources>");
        for (int i = 0; i < hrefs.length; i++) {
            sb.append("<resource identifier=\"R").append(i).append("\" type=\"imsqti_item_xmlv2p1\" href=\"")
                    .append(hrefs[i]).append("\"><file href=\"").append(hrefs[i]).append("\"/></resource>");
        }
        return sb.append("</resources></manifest>").toString();
    }

    private static byte[] zip(String manifest, String name, String content) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
        files.put(name, content.getBytes(StandardCharsets.UTF_8));
        return zip(files);
    }

    private static byte[] zip(Map<String, byte[]> files) {
        return Zips.of(files);
    }

    @Test
    void a_rich_stem_with_a_mathml_fraction_a_link_and_strong_round_trips_through_qti_and_gift() {
        String stem = RichHtml.richOrPlain("<p>Упростите <strong>дробь</strong> <math display=\"block\"><mfrac>"
                + "<mn>1</mn><mi>x</mi></mfrac></math> (<a href=\"https://example.org/f\">правило</a>)</p>"
                + "<p>Схема: ![схема](file:" + ItemMediaTest.PNG_SHA + ")</p>", () -> "plain");
        assertThat(RichText.isRich(stem)).isTrue();
        assertThat(stem).contains("<img src=\"file:" + ItemMediaTest.PNG_SHA + "\" alt=\"схема\">");
        BankItem item = new BankItem("RT-MATH", "DIG-01", 2, Difficulty.MEDIUM, new ItemContent(
                QuestionType.SINGLE_CHOICE, stem, List.of(Option.choice("1/x", 100, null), Option.choice("x", 0, null)),
                null, null, null));
        ItemMedia.Source source = sha -> java.util.Optional.of(new ItemMedia.Image(sha, "s.png",
                org.munacademy.shared.entity.FileType.PNG, ItemMediaTest.PNG));

        byte[] qti = QtiPackage.write(List.of(item), source);
        String xml = unzip(qti).entrySet().stream().filter(e -> e.getValue().contains("RT-MATH"))
                .filter(e -> e.getValue().contains("itemBody")).map(Map.Entry::getValue).findFirst().orElseThrow();
        assertThat(xml).contains("<math display=\"block\" xmlns=\"" + RichHtml.MATHML_NS + "\"><mfrac><mn>1</mn>",
                "<strong>дробь</strong>", "<a href=\"https://example.org/f\">правило</a>",
                "<img src=\"../media/" + ItemMediaTest.PNG_SHA + ".png\"");
        assertThat(QtiPackage.read(qti, new ItemMedia()).get(0).item()).isEqualTo(item);

        String gift = Gift.write(List.of(item), source);
        assertThat(gift).contains("[html]<p>Упростите <strong>дробь</strong>", "data\\:image/png;base64,");
        assertThat(Gift.read(gift, new ItemMedia()).get(0).item().content()).isEqualTo(item.content());
    }

    private static Map<String, String> unzip(byte[] zip) {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
