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

    @Test
    void gap_match_wrong_pairs_cost_the_negative_default_value_and_the_sum_is_clamped_at_the_lower_bound() {
        // mapping defaultValue="-1" lowerBound="0": W G1 = 1, Su G2 = 2, every other pair −1, maximum 3
        BankItem item = read("gap_match.xml");
        ItemContent c = item.content();
        org.assertj.core.data.Offset<Double> close = org.assertj.core.data.Offset.offset(1e-4);

        assertThat(c.pairs().get(0).penalty()).isCloseTo(-100.0 / 3, close);
        assertThat(c.pairs().get(1).penalty()).isCloseTo(-100.0 / 3, close);
        assertThat(c.pairs().get(2).penalty()).isNull(); // a distractor
        assertThat(Scoring.check(c)).isEmpty();
        // winter right (+1), spring in gap 2 wrong (−1): 0 of 3, not 1 of 3 as before
        assertThat(Scoring.score(c, Response.order(0, 2))).isCloseTo(0.0, close);
        // spring in gap 1 wrong (−1), summer right (+2): 1 of 3
        assertThat(Scoring.score(c, Response.order(2, 1))).isCloseTo(1.0 / 3, close);
        // both wrong: −2, clamped at the lower bound 0; gap 2 left empty: only the wrong gap 1 counts, still 0
        assertThat(Scoring.score(c, Response.order(2, 3))).isEqualTo(0.0);
        assertThat(Scoring.score(c, Response.order(0, -1))).isCloseTo(1.0 / 3, close);
        assertThat(Scoring.score(c, Response.order(0, 1))).isCloseTo(1.0, close);

        BankItem back = roundTrip(item);
        assertThat(back.content().pairs()).extracting(Pair::penalty)
                .containsExactlyElementsOf(c.pairs().stream().map(Pair::penalty).toList());
        assertThat(Scoring.score(back.content(), Response.order(2, 1))).isCloseTo(1.0 / 3, close);
        assertThat(unzipped(QtiPackage.write(List.of(item)), "items/")).contains("defaultValue=\"-0.333333\"");
    }

    @Test
    void a_negative_mapped_value_of_one_wrong_pair_is_that_left_items_penalty_and_is_written_per_wrong_pair() {
        String item = ITEM_HEAD + " identifier=\"neg\" title=\"t\" adaptive=\"false\" timeDependent=\"false\">"
                + "<responseDeclaration identifier=\"RESPONSE\" cardinality=\"multiple\" baseType=\"directedPair\">"
                + "<correctResponse><value>A X</value><value>B Y</value></correctResponse>"
                + "<mapping defaultValue=\"0\" lowerBound=\"0\"><mapEntry mapKey=\"A X\" mappedValue=\"1\"/>"
                + "<mapEntry mapKey=\"B Y\" mappedValue=\"1\"/><mapEntry mapKey=\"A Y\" mappedValue=\"-0.5\"/>"
                + "</mapping></responseDeclaration>"
                + "<outcomeDeclaration identifier=\"SCORE\" cardinality=\"single\" baseType=\"float\"/>"
                + "<itemBody><matchInteraction responseIdentifier=\"RESPONSE\" maxAssociations=\"2\">"
                + "<prompt>Сопоставьте</prompt><simpleMatchSet>"
                + "<simpleAssociableChoice identifier=\"A\" matchMax=\"1\">Глава</simpleAssociableChoice>"
                + "<simpleAssociableChoice identifier=\"B\" matchMax=\"1\">Дума</simpleAssociableChoice>"
                + "</simpleMatchSet><simpleMatchSet>"
                + "<simpleAssociableChoice identifier=\"X\" matchMax=\"1\">Администрация</simpleAssociableChoice>"
                + "<simpleAssociableChoice identifier=\"Y\" matchMax=\"1\">Бюджет</simpleAssociableChoice>"
                + "</simpleMatchSet></matchInteraction></itemBody>"
                + "<responseProcessing template=\"" + QtiItemWriter.MAP_RESPONSE + "\"/></assessmentItem>";
        BankItem read = readXml("neg.xml", item);
        ItemContent c = read.content();

        assertThat(c.pairs()).extracting(Pair::left, Pair::penalty).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Глава", -25.0), org.assertj.core.groups.Tuple.tuple("Дума", null));
        // Глава → Бюджет (−0.5), Дума → Бюджет (+1): 0.5 of 2
        assertThat(Scoring.score(c, Response.order(1, 1))).isEqualTo(0.25);
        // Глава → Бюджет (−0.5) alone: clamped at 0
        assertThat(Scoring.score(c, Response.order(1, -1))).isEqualTo(0.0);
        assertThat(Scoring.score(c, Response.order(0, 1))).isEqualTo(1.0);
        BankItem back = roundTrip(read);
        assertThat(back.content().pairs()).extracting(Pair::penalty).containsExactly(-25.0, null);
        assertThat(Scoring.score(back.content(), Response.order(1, 1))).isEqualTo(0.25);
    }

    // ------------------------------------------------------------------ audio and video

    @Test
    void an_audio_object_and_a_qti_2_2_video_go_into_the_file_store_and_are_written_back_as_objects() {
        String item = ITEM_HEAD + " identifier=\"listen\" title=\"t\" adaptive=\"false\" timeDependent=\"false\">"
                + "<responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\" baseType=\"identifier\">"
                + "<correctResponse><value>A</value></correctResponse></responseDeclaration>"
                + "<itemBody><p>Прослушайте обращение главы:</p>"
                + "<p><object type=\"audio/mpeg\" data=\"../media/address.mp3\">Обращение главы</object></p>"
                + "<video controls=\"controls\"><source src=\"../media/session.mp4\" type=\"video/mp4\"/>"
                + "Заседание думы</video>"
                + "<choiceInteraction responseIdentifier=\"RESPONSE\" maxChoices=\"1\">"
                + "<prompt>О чём говорит глава?</prompt><simpleChoice identifier=\"A\">О бюджете</simpleChoice>"
                + "<simpleChoice identifier=\"B\">О выборах</simpleChoice></choiceInteraction></itemBody>"
                + "<responseProcessing template=\"" + QtiItemWriter.MATCH_CORRECT + "\"/></assessmentItem>";
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("items/listen.xml", item.getBytes(StandardCharsets.UTF_8));
        files.put("media/address.mp3", MP3);
        files.put("media/session.mp4", MP4);
        ItemMedia media = new ItemMedia();

        BankItem read = QtiPackage.read(zip("listen.xml", files), media).get(0).item();

        assertThat(media.images()).extracting(ItemMedia.Image::name, ItemMedia.Image::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("address.mp3", org.munacademy.shared.entity.FileType.MP3),
                org.assertj.core.groups.Tuple.tuple("session.mp4", org.munacademy.shared.entity.FileType.MP4));
        String audio = org.munacademy.shared.entity.FileRefs.reference(media.images().get(0).sha256(),
                "Обращение главы");
        String video = org.munacademy.shared.entity.FileRefs.reference(media.images().get(1).sha256(),
                "Заседание думы");
        assertThat(read.content().stem()).contains(audio).contains(video).contains("О чём говорит глава?");

        ItemMedia.Source source = sha -> media.images().stream().filter(i -> i.sha256().equals(sha)).findFirst();
        byte[] written = QtiPackage.write(List.of(read), source);
        String itemXml = unzipped(written, "items/listen.xml");
        assertThat(itemXml).contains("<object data=\"../media/" + media.images().get(0).sha256()
                + ".mp3\" type=\"audio/mpeg\">Обращение главы</object>")
                .contains("type=\"video/mp4\">Заседание думы</object>");
        ItemMedia again = new ItemMedia();
        assertThat(QtiPackage.read(written, again).get(0).item().content()).isEqualTo(read.content());
        assertThat(again.images()).extracting(ItemMedia.Image::type).containsExactly(
                org.munacademy.shared.entity.FileType.MP3, org.munacademy.shared.entity.FileType.MP4);
    }

    @Test
    void audio_that_is_no_audio_by_content_and_an_object_of_another_type_are_errors_of_the_item() {
        String item = ITEM_HEAD + " identifier=\"fake\" title=\"t\" adaptive=\"false\" timeDependent=\"false\">"
                + "<responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\" baseType=\"identifier\">"
                + "<correctResponse><value>A</value></correctResponse></responseDeclaration>"
                + "<itemBody><object type=\"audio/mpeg\" data=\"fake.mp3\"/>"
                + "<object type=\"application/pdf\" data=\"law.pdf\"/>"
                + "<choiceInteraction responseIdentifier=\"RESPONSE\" maxChoices=\"1\">"
                + "<simpleChoice identifier=\"A\">Да</simpleChoice><simpleChoice identifier=\"B\">Нет</simpleChoice>"
                + "</choiceInteraction></itemBody></assessmentItem>";
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("items/fake.xml", item.getBytes(StandardCharsets.UTF_8));
        files.put("items/fake.mp3", PNG);
        files.put("items/law.pdf", "%PDF-1.4".getBytes(StandardCharsets.ISO_8859_1));

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> QtiPackage.read(zip("fake.xml", files), new ItemMedia()));

        assertThat(e.errors()).extracting(ImportRejectedException.ImportError::code).containsExactly(
                AssessmentImportError.MEDIA_NOT_PLAYABLE, AssessmentImportError.QTI_OBJECT_TYPE);
    }

    // ------------------------------------------------------------------ partial import

    @Test
    void an_item_file_that_does_not_parse_is_listed_with_its_name_and_the_others_are_read() {
        String good = example("order.xml");
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" identifier=\"M\"><organizations/>"
                + "<resources><resource identifier=\"R1\" type=\"imsqti_item_xmlv2p2\" href=\"items/broken.xml\"/>"
                + "<resource identifier=\"R2\" type=\"imsqti_item_xmlv2p2\" href=\"items/order.xml\"/>"
                + "</resources></manifest>";
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("imsmanifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
        files.put("items/broken.xml", "<assessmentItem><itemBody>".getBytes(StandardCharsets.UTF_8));
        files.put("items/order.xml", good.getBytes(StandardCharsets.UTF_8));
        byte[] zip = rawZip(files);

        Gift.Parsed parsed = QtiPackage.parse(zip, new ItemMedia());

        assertThat(parsed.items()).singleElement().satisfies(s -> assertThat(s.location().args())
                .containsExactly("items/order.xml"));
        assertThat(parsed.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isIn(AssessmentImportError.QTI_XML_INVALID_AT,
                    AssessmentImportError.QTI_XML_INVALID);
            assertThat(error.location().args()).containsExactly("items/broken.xml");
        });
        // all or nothing without the option; an unreadable manifest still refuses the whole package
        assertThat(catchThrowableOfType(ImportRejectedException.class, () -> QtiPackage.read(zip)).errors())
                .hasSize(1);
        files.put("imsmanifest.xml", "<manifest>".getBytes(StandardCharsets.UTF_8));
        assertThat(catchThrowableOfType(ImportRejectedException.class,
                () -> QtiPackage.parse(rawZip(files), new ItemMedia()))).isNotNull();
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

    /** The head of an MP3 file: an ID3v2.3 tag, then an MPEG-1 Layer III frame header. */
    private static final byte[] MP3 = {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0};

    /** The head of an MP4 file: an ISO media ftyp box of brand isom. */
    private static final byte[] MP4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's',
        'o', 'm', 'i', 's', 'o', '2'};

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

    private static String unzipped(byte[] zip, String name) {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name) || name.endsWith("/") && e.getName().startsWith(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(name + " is not in the package");
    }

    /** A zip of exactly these files (the manifest among them). */
    private static byte[] rawZip(java.util.Map<String, byte[]> files) {
        return Zips.of(files);
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
        java.util.Map<String, byte[]> all = new java.util.LinkedHashMap<>();
        all.put("imsmanifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
        all.putAll(files);
        return Zips.of(all);
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
