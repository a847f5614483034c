package org.munacademy.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.munacademy.assessment.entity.AssessmentImportError;
import org.munacademy.assessment.entity.BankItem;
import org.munacademy.assessment.entity.Choice;
import org.munacademy.assessment.entity.Difficulty;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.ItemContent.Option;
import org.munacademy.assessment.entity.ItemContent.Pair;
import org.munacademy.assessment.entity.QuestionType;
import org.munacademy.assessment.entity.Response;
import org.munacademy.assessment.entity.RichText;
import org.munacademy.assessment.entity.SourcedItem;
import org.munacademy.shared.boundary.ErrorTexts;
import org.munacademy.shared.entity.ImportRejectedException;

/**
 * The 1EdTech (IMS) QTI 2.2 example items ({@code src/test/resources/qti/examples}, see NOTICE.md there) read as
 * the specification means them, scored so, and written back to what reads the same.
 */
class QtiExamplesTest {

    // ------------------------------------------------------------------ text entry

    @Test
    void text_entry_keeps_the_case_of_york_and_gives_york_in_lower_case_half_the_score() {
        ItemContent c = read("text_entry.xml").content();

        assertThat(c.type()).isEqualTo(QuestionType.SHORT_TEXT);
        assertThat(c.stem()).contains("Made glorious summer by this sun of _____;");
        assertThat(c.options()).containsExactly(Option.caseSensitive("York", 100, null),
                Option.caseSensitive("york", 50, null));
        assertThat(Scoring.score(c, Response.text("York"))).isEqualTo(1.0);
        assertThat(Scoring.score(c, Response.text(" York "))).isEqualTo(1.0);
        assertThat(Scoring.score(c, Response.text("york"))).isEqualTo(0.5);
        assertThat(Scoring.score(c, Response.text("YORK"))).isEqualTo(0.0);
        assertThat(Scoring.score(c, Response.text("Lancaster"))).isEqualTo(0.0);
        assertThat(Scoring.check(c)).isEmpty();
    }

    @Test
    void an_explicit_case_insensitive_entry_and_a_positive_default_value_are_honoured() {
        String item = ITEM_HEAD + " identifier=\"cap\" title=\"t\" adaptive=\"false\" timeDependent=\"false\">"
                + "<responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\" baseType=\"string\">"
                + "<mapping defaultValue=\"0.1\">"
                + "<mapEntry mapKey=\"Москва\" mappedValue=\"1\" caseSensitive=\"false\"/>"
                + "<mapEntry mapKey=\"МСК\" mappedValue=\"0.5\" caseSensitive=\"true\"/></mapping>"
                + "</responseDeclaration><outcomeDeclaration identifier=\"SCORE\" cardinality=\"single\""
                + " baseType=\"float\"/><itemBody><p>Столица: <textEntryInteraction responseIdentifier=\"RESPONSE\"/>"
                + "</p></itemBody><responseProcessing template=\"" + QtiItemWriter.MAP_RESPONSE + "\"/>"
                + "</assessmentItem>";
        ItemContent c = readXml("cap.xml", item).content();

        assertThat(c.options()).containsExactly(Option.choice("Москва", 100, null),
                Option.caseSensitive("МСК", 50, null), Option.choice(ItemContent.OTHER_ANSWER, 10, null));
        assertThat(Scoring.score(c, Response.text("москва"))).isEqualTo(1.0);
        assertThat(Scoring.score(c, Response.text("МСК"))).isEqualTo(0.5);
        assertThat(Scoring.score(c, Response.text("мск"))).isEqualTo(0.1);
        assertThat(Scoring.score(c, Response.text("Тверь"))).isEqualTo(0.1);
    }

    @Test
    void text_entry_with_case_and_default_value_survives_a_round_trip() {
        BankItem item = new BankItem("TE-1", "LAW-01", 2, Difficulty.MEDIUM, new ItemContent(QuestionType.SHORT_TEXT,
                "Столица — _____.", List.of(Option.caseSensitive("Москва", 100, "Верно"),
                        Option.choice("москва", 50, null), Option.choice(ItemContent.OTHER_ANSWER, 10, null)),
                null, null, null));

        assertThat(roundTrip(item)).isEqualTo(item);
    }

    // ------------------------------------------------------------------ inline choice

    @Test
    void inline_choice_is_a_single_choice_with_the_blank_in_the_sentence() {
        ItemContent c = read("inline_choice.xml").content();

        assertThat(c.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(c.stem()).contains("Made glorious summer by this sun of _____;");
        assertThat(c.options()).containsExactly(Option.choice("Gloucester", 0, null),
                Option.choice("Lancaster", 0, null), Option.choice("York", 100, null));
        assertThat(Scoring.score(c, Response.choice(2))).isEqualTo(1.0);
        assertThat(Scoring.score(c, Response.choice(0))).isEqualTo(0.0);
        BankItem item = read("inline_choice.xml");
        assertThat(roundTrip(item)).isEqualTo(item);
    }

    // ------------------------------------------------------------------ match, many to one

    @Test
    void match_with_match_max_4_shares_a_play_among_characters_and_scores_by_the_per_pair_mapping() {
        ItemContent c = read("match.xml").content();

        assertThat(c.type()).isEqualTo(QuestionType.MATCHING);
        assertThat(c.pairs()).extracting(Pair::left, Pair::right).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Capulet", "Romeo and Juliet"),
                org.assertj.core.groups.Tuple.tuple("Demetrius", "A Midsummer-Night's Dream"),
                org.assertj.core.groups.Tuple.tuple("Lysander", "A Midsummer-Night's Dream"),
                org.assertj.core.groups.Tuple.tuple("Prospero", "The Tempest"));
        assertThat(c.pairs()).extracting(Pair::weight).satisfiesExactly(
                w -> assertThat(w).isCloseTo(100.0 / 3, org.assertj.core.data.Offset.offset(1e-9)),
                w -> assertThat(w).isCloseTo(100.0 / 6, org.assertj.core.data.Offset.offset(1e-9)),
                w -> assertThat(w).isCloseTo(100.0 / 6, org.assertj.core.data.Offset.offset(1e-9)),
                w -> assertThat(w).isCloseTo(100.0 / 3, org.assertj.core.data.Offset.offset(1e-9)));
        assertThat(Scoring.check(c)).as("many-to-one is publishable").isEmpty();

        // Lysander answered with Demetrius' pair (the same play) is right too
        assertThat(Scoring.score(c, Response.order(0, 1, 1, 3))).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Scoring.score(c, Response.order(-1, 2, -1, -1))).isCloseTo(1.0 / 6,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Scoring.score(c, Response.order(3, 0, -1, 0))).isEqualTo(0.0);
    }

    @Test
    void a_right_item_shared_by_several_left_items_is_presented_once() {
        ItemContent c = read("match.xml").content();

        Presentation p = Presentation.draw(c, new Random(7), true);
        List<Choice> rights = p.slot(1, c, null).rights();

        assertThat(rights).extracting(Choice::text).containsExactlyInAnyOrder("Romeo and Juliet",
                "A Midsummer-Night's Dream", "The Tempest");
        int dream = rights.stream().filter(r -> r.text().startsWith("A Midsummer")).findFirst().orElseThrow().index();
        int romeo = rights.stream().filter(r -> r.text().startsWith("Romeo")).findFirst().orElseThrow().index();
        int tempest = rights.stream().filter(r -> r.text().startsWith("The Tempest")).findFirst().orElseThrow()
                .index();
        Response canonical = p.toCanonical(Response.order(romeo, dream, dream, tempest));
        assertThat(Scoring.isValid(c, canonical)).isTrue();
        assertThat(Scoring.score(c, canonical)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void weighted_many_to_one_matching_with_a_distractor_survives_a_round_trip() {
        BankItem item = new BankItem("MAT-W", "ORG-02", 2, Difficulty.MEDIUM, new ItemContent(QuestionType.MATCHING,
                "Сопоставьте", null, List.of(new Pair("Глава", "Администрация", 50.0),
                        new Pair("Совет", "Устав", 25.0), new Pair("Дума", "Устав", 25.0), new Pair("", "Суд")),
                null, null));

        assertThat(Scoring.check(item.content())).isEmpty();
        assertThat(roundTrip(item)).isEqualTo(item);
    }

    // ------------------------------------------------------------------ gap match

    @Test
    void gap_match_is_a_matching_of_numbered_gaps_with_the_words_weighted_by_the_mapping() {
        BankItem item = read("gap_match.xml");
        ItemContent c = item.content();

        assertThat(c.type()).isEqualTo(QuestionType.MATCHING);
        assertThat(c.stem()).contains("<blockquote>"); // kept as rich text
        assertThat(RichText.plain(c.stem())).isEqualTo("Identify the missing words in this famous quote from "
                + "Shakespeare's Richard III.\nNow is the _____ (1) of our discontent"
                + "\nMade glorious _____ (2) by this sun "
                + "of York;"
                + "\nAnd all the clouds that lour'd upon our house\nIn the deep bosom of the ocean buried.");
        assertThat(c.pairs()).extracting(Pair::left, Pair::right).containsExactly(
                org.assertj.core.groups.Tuple.tuple("(1)", "winter"),
                org.assertj.core.groups.Tuple.tuple("(2)", "summer"),
                org.assertj.core.groups.Tuple.tuple("", "spring"),
                org.assertj.core.groups.Tuple.tuple("", "autumn"));
        assertThat(c.pairs().get(0).weight()).isCloseTo(100.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.pairs().get(1).weight()).isCloseTo(200.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Scoring.check(c)).isEmpty();
        assertThat(Scoring.score(c, Response.order(-1, 1))).isCloseTo(2.0 / 3,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Scoring.score(c, Response.order(2, 3))).isEqualTo(0.0);
        BankItem back = roundTrip(item);
        assertThat(back.content().stem()).isEqualTo(c.stem());
        assertThat(back.content().pairs()).extracting(Pair::left, Pair::right)
                .containsExactlyElementsOf(c.pairs().stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.left(),
                        p.right())).toList());
    }

    // ------------------------------------------------------------------ shared stimulus

    @Test
    void a_shared_stimulus_leads_the_stem_with_its_image_in_the_file_store_and_a_missing_one_is_an_error() {
        String item = ITEM_HEAD + " identifier=\"withStimulus\" title=\"t\" adaptive=\"false\""
                + " timeDependent=\"false\"><responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\""
                + " baseType=\"identifier\"><correctResponse><value>A</value></correctResponse></responseDeclaration>"
                + "<assessmentStimulusRef identifier=\"S1\" href=\"../stimuli/budget.xml\"/>"
                + "<itemBody><choiceInteraction responseIdentifier=\"RESPONSE\" maxChoices=\"1\">"
                + "<prompt>Кто утверждает бюджет?</prompt><simpleChoice identifier=\"A\">Дума</simpleChoice>"
                + "<simpleChoice identifier=\"B\">Глава</simpleChoice></choiceInteraction></itemBody>"
                + "<responseProcessing template=\"" + QtiItemWriter.MATCH_CORRECT + "\"/></assessmentItem>";
        String stimulus = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<assessmentStimulus"
                + " xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p2\" identifier=\"S1\" title=\"Бюджет\">"
                + "<stimulusBody><p>Прочитайте статью 52 Закона № 131-ФЗ.</p><img src=\"chart.png\" alt=\"График\"/>"
                + "</stimulusBody></assessmentStimulus>";
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("items/withStimulus.xml", item.getBytes(StandardCharsets.UTF_8));
        files.put("stimuli/budget.xml", stimulus.getBytes(StandardCharsets.UTF_8));
        files.put("stimuli/chart.png", PNG);
        ItemMedia media = new ItemMedia();

        ItemContent c = QtiPackage.read(zip("withStimulus.xml", files), media).get(0).item().content();

        assertThat(c.stem()).startsWith("Прочитайте статью 52 Закона № 131-ФЗ.\n").endsWith("\nКто утверждает бюджет?");
        assertThat(org.munacademy.shared.entity.FileRefs.REFERENCE.matcher(c.stem()).find())
                .as("the stimulus image is a file reference").isTrue();
        assertThat(media.images()).hasSize(1);

        files.remove("stimuli/budget.xml");
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> QtiPackage.read(zip("withStimulus.xml", files), new ItemMedia()));
        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(AssessmentImportError.QTI_STIMULUS_MISSING);
            assertThat(error.args()).containsExactly("../stimuli/budget.xml");
        });
    }

    // ------------------------------------------------------------------ modal feedback

    @Test
    void modal_feedback_on_the_correct_response_and_otherwise_becomes_the_options_feedback_and_is_written_back() {
        BankItem item = read("modalFeedback.xml");
        ItemContent c = item.content();

        assertThat(c.type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(c.stem()).isEqualTo("Sigmund Freud and Carl Jung both belong to the psychoanalytic school of "
                + "psychology.");
        assertThat(c.options()).containsExactly(Option.choice(ItemContent.TRUE_TEXT, 100, "correct"),
                Option.choice(ItemContent.FALSE_TEXT, 0, "incorrect"));
        assertThat(roundTrip(item)).isEqualTo(item);
    }

    // ------------------------------------------------------------------ other interactions

    @Test
    void choice_choice_multiple_and_order_examples_import() {
        ItemContent choice = read("choice.xml").content();
        ItemContent multiple = read("choice_multiple.xml").content();
        ItemContent order = read("order.xml").content();

        assertThat(choice.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(choice.options()).filteredOn(o -> o.weight() == 100).singleElement()
                .extracting(Option::text).isEqualTo("You must stay with your luggage at all times.");
        assertThat(multiple.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(multiple.options()).extracting(Option::text, Option::weight).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Hydrogen", 50.0),
                org.assertj.core.groups.Tuple.tuple("Helium", -100.0),
                org.assertj.core.groups.Tuple.tuple("Carbon", -100.0),
                org.assertj.core.groups.Tuple.tuple("Oxygen", 50.0),
                org.assertj.core.groups.Tuple.tuple("Nitrogen", -100.0),
                org.assertj.core.groups.Tuple.tuple("Chlorine", -50.0));
        assertThat(order.sequence()).containsExactly("Michael Schumacher", "Rubens Barrichello", "Jenson Button");
        for (ItemContent c : List.of(choice, multiple, order)) {
            assertThat(Scoring.check(c)).isEmpty();
        }
    }

    @Test
    void a_template_item_is_refused_naming_the_item() {
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> QtiPackage.read(zip("template.xml", example("template.xml"))));

        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.location().field()).isEqualTo("item items/template.xml");
            assertThat(error.code()).isEqualTo(AssessmentImportError.QTI_TEMPLATE_ITEM);
            assertThat(error.args()).containsExactly("template");
            assertThat(error.text(ErrorTexts.in(ErrorTexts.RUSSIAN))).contains("«template»").contains("шаблон");
        });
    }

    // ------------------------------------------------------------------ helpers

    /** A 1×1 PNG. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static final String ITEM_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p2\"";

    private static BankItem read(String example) {
        return readXml(example, example(example));
    }

    private static BankItem readXml(String name, String xml) {
        List<SourcedItem> items = QtiPackage.read(zip(name, xml), new ItemMedia());
        assertThat(items).hasSize(1);
        return items.get(0).item();
    }

    private static BankItem roundTrip(BankItem item) {
        List<SourcedItem> read = QtiPackage.read(QtiPackage.write(List.of(item)));
        assertThat(read).hasSize(1);
        return read.get(0).item();
    }

    static String example(String name) {
        try (InputStream in = QtiExamplesTest.class.getClassLoader().getResourceAsStream("qti/examples/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A package of the given files with a manifest naming {@code items/<name>} as its item. */
    static byte[] zip(String name, java.util.Map<String, byte[]> files) {
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" identifier=\"M\"><organizations/>"
                + "<resources><resource identifier=\"R\" type=\"imsqti_item_xmlv2p2\" href=\"items/" + name
                + "\"/></resources></manifest>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (java.util.Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A package of one item, {@code items/<name>}, with its manifest. */
    static byte[] zip(String name, String xml) {
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" identifier=\"M\"><organizations/>"
                + "<resources><resource identifier=\"R\" type=\"imsqti_item_xmlv2p2\" href=\"items/" + name
                + "\"><file href=\"items/" + name + "\"/></resource></resources></manifest>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("items/" + name));
            zip.write(xml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            if (xml.contains("images/sign.png")) { // the example's picture is not distributed with it: a stand-in
                zip.putNextEntry(new ZipEntry("items/images/sign.png"));
                zip.write(PNG);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
