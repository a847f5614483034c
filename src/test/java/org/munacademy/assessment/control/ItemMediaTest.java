package org.munacademy.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.munacademy.assessment.entity.AssessmentImportError;
import org.munacademy.assessment.entity.AssessmentPlace;
import org.munacademy.assessment.entity.BankItem;
import org.munacademy.assessment.entity.Difficulty;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.ItemContent.Option;
import org.munacademy.assessment.entity.QuestionType;
import org.munacademy.assessment.entity.SourcedItem;
import org.munacademy.shared.boundary.ErrorTexts;
import org.munacademy.shared.entity.FileRefs;
import org.munacademy.shared.entity.FileType;
import org.munacademy.shared.entity.ImportRejectedException;
import org.munacademy.shared.entity.Location;

/** Images in question texts: read from GIFT [html] and QTI packages, written back into both. */
class ItemMediaTest {

    /** A real 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    static final String PNG_SHA = ItemMedia.sha256(PNG);
    static final byte[] SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .getBytes(StandardCharsets.UTF_8);

    // ------------------------------------------------------------------ GIFT

    @Test
    void a_gift_html_image_with_a_data_uri_becomes_a_file_reference_and_is_collected() {
        String gift = "::IMG-1::[html]<p>Какой знак изображён?</p><p><img src\\=\"data\\:image/png;base64,"
                + Base64.getEncoder().encodeToString(PNG).replace("=", "\\=") + "\" alt\\=\"Знак\"></p>"
                + "{=Уступи дорогу ~Стоп}";
        ItemMedia media = new ItemMedia();

        List<SourcedItem> items = Gift.read(gift, media);

        assertThat(items.get(0).item().content().stem())
                .isEqualTo("Какой знак изображён?\n" + FileRefs.reference(PNG_SHA, "Знак"));
        assertThat(media.images()).singleElement().satisfies(image -> {
            assertThat(image.sha256()).isEqualTo(PNG_SHA);
            assertThat(image.type()).isEqualTo(FileType.PNG);
            assertThat(image.bytes()).isEqualTo(PNG);
        });
    }

    @Test
    void an_image_in_a_gift_option_becomes_a_reference_in_that_option() {
        String gift = "::IMG-2::[html]Выберите схему {=<img src\\=\"data\\:image/png;base64,"
                + Base64.getEncoder().encodeToString(PNG).replace("=", "\\=") + "\"> ~Другая}";

        List<SourcedItem> items = Gift.read(gift, new ItemMedia());

        assertThat(items.get(0).item().content().options()).extracting(Option::text)
                .containsExactly(FileRefs.reference(PNG_SHA, ""), "Другая");
    }

    @Test
    void a_moodle_pluginfile_image_without_its_file_is_an_error_of_its_question_not_dropped() {
        String gift = "// вопрос\n::IMG-3::[html]<p>Схема: "
                + "<img src\\=\"@@PLUGINFILE@@/%D1%81%D1%85%D0%B5%D0%BC%D0%B0.png\">"
                + "</p>{=Да ~Нет}";

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> Gift.read(gift, new ItemMedia()));

        assertThat(e.errors()).containsExactly(ImportRejectedException.ImportError.of(
                Location.of(AssessmentPlace.GIFT_QUESTION, 2, "IMG-3"), AssessmentImportError.GIFT_IMAGE_PLUGINFILE,
                "схема.png"));
        assertThat(e.errors().get(0).text(ErrorTexts.in(ErrorTexts.RUSSIAN))).contains("схема.png").contains("QTI");
    }

    @Test
    void a_moodle_pluginfile_image_is_read_from_the_files_that_came_with_the_gift() {
        String gift = "::IMG-4::[html]<p><img src\\=\"@@PLUGINFILE@@/scheme.png\" alt\\=\"Схема\"></p>{=Да ~Нет}";
        ItemMedia media = new ItemMedia(Map.of("scheme.png", PNG));

        List<SourcedItem> items = Gift.read(gift, media);

        assertThat(items.get(0).item().content().stem()).isEqualTo(FileRefs.reference(PNG_SHA, "Схема"));
        assertThat(media.images()).extracting(ItemMedia.Image::name).containsExactly("scheme.png");
    }

    @Test
    void an_svg_or_an_external_image_is_refused_with_a_message_naming_it() {
        String gift = "::IMG-5::[html]<img src\\=\"data\\:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(SVG).replace("=", "\\=") + "\">{=Да ~Нет}\n\n"
                + "::IMG-6::[html]<img src\\=\"https\\://example.org/x.png\">{=Да ~Нет}";

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> Gift.read(gift, new ItemMedia()));

        assertThat(e.errors()).hasSize(2);
        assertThat(e.errors().get(0).code()).isEqualTo(AssessmentImportError.IMAGE_NOT_AN_IMAGE);
        assertThat(e.errors().get(0).args()).containsExactly("data:image/svg+xml");
        assertThat(e.errors().get(0).text(ErrorTexts.in(ErrorTexts.RUSSIAN))).contains("image/svg+xml")
                .contains("SVG не принимается");
        assertThat(e.errors().get(1).code()).isEqualTo(AssessmentImportError.GIFT_IMAGE_EXTERNAL);
        assertThat(e.errors().get(1).text(ErrorTexts.IN_ENGLISH)).contains("example.org").contains("external address");
    }

    @Test
    void an_image_survives_a_gift_round_trip_embedded_as_a_data_uri() {
        BankItem item = item(FileRefs.reference(PNG_SHA, "Схема «А»") + "\nЧто показано & почему?",
                List.of(Option.choice(FileRefs.reference(PNG_SHA, ""), 100, null), Option.choice("Иное", 0, null)));

        String gift = Gift.write(List.of(item), source());
        ItemMedia media = new ItemMedia();
        List<SourcedItem> back = Gift.read(gift, media);

        assertThat(gift).contains("[html]").contains("data\\:image/png;base64,");
        assertThat(back.get(0).item()).isEqualTo(item);
        assertThat(media.images()).extracting(ItemMedia.Image::bytes).containsExactly(PNG);
    }

    @Test
    void the_other_texts_of_a_question_with_an_html_stem_survive_the_round_trip_with_markup_characters() {
        BankItem item = new BankItem("IMG-RT2", "FIN-01", 2, Difficulty.HARD, new ItemContent(QuestionType.MATCHING,
                "Сопоставьте:\n" + FileRefs.reference(PNG_SHA, "схема"), null,
                List.of(new ItemContent.Pair("a < b & c", "[plain] x"), new ItemContent.Pair("<p>тег</p>", "\"y\"")),
                null, "Отзыв: 5 > 3 & 2 < 4"));

        String gift = Gift.write(List.of(item), source());

        assertThat(Gift.read(gift, new ItemMedia()).get(0).item()).isEqualTo(item);
    }

    @Test
    void a_reference_whose_file_is_unknown_is_written_and_read_back_as_plain_text() {
        BankItem item = item("См. " + FileRefs.reference("ab".repeat(32), "рис"), List.of(
                Option.choice("Да", 100, null), Option.choice("Нет", 0, null)));

        assertThat(Gift.read(Gift.write(List.of(item))).get(0).item()).isEqualTo(item);
    }

    // ------------------------------------------------------------------ QTI

    @Test
    void a_qti_img_and_an_image_object_become_references_to_the_files_of_the_package() {
        String body = "<p>Что на схеме?</p><p><img src=\"../img/scheme.png\" alt=\"Схема\"/></p>"
                + "<choiceInteraction responseIdentifier=\"RESPONSE\" shuffle=\"false\" maxChoices=\"1\">"
                + "<simpleChoice identifier=\"A\"><object data=\"../img/scheme.png\" type=\"image/png\">Та же"
                + "</object></simpleChoice><simpleChoice identifier=\"B\">Другое</simpleChoice></choiceInteraction>";
        ItemMedia media = new ItemMedia();

        List<SourcedItem> items = QtiPackage.read(pack(body, Map.of("img/scheme.png", PNG)), media);

        ItemContent c = items.get(0).item().content();
        assertThat(c.stem()).isEqualTo("Что на схеме?\n" + FileRefs.reference(PNG_SHA, "Схема"));
        assertThat(c.options().get(0).text()).isEqualTo(FileRefs.reference(PNG_SHA, "Та же"));
        assertThat(media.images()).singleElement().extracting(ItemMedia.Image::name).isEqualTo("scheme.png");
    }

    @Test
    void a_qti_image_missing_from_the_package_a_video_that_is_no_video_and_a_non_image_are_errors_of_the_item() {
        String body = "<p><img src=\"missing.png\"/><object data=\"clip.mp4\" type=\"video/mp4\"/>"
                + "<img src=\"evil.svg\"/></p>"
                + "<choiceInteraction responseIdentifier=\"RESPONSE\" shuffle=\"false\" maxChoices=\"1\">"
                + "<simpleChoice identifier=\"A\">Да</simpleChoice><simpleChoice identifier=\"B\">Нет</simpleChoice>"
                + "</choiceInteraction>";

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> QtiPackage.read(pack(body, Map.of("items/evil.svg", SVG, "items/clip.mp4", new byte[] {1})),
                        new ItemMedia()));

        assertThat(e.errors()).extracting(ImportRejectedException.ImportError::code).containsExactly(
                AssessmentImportError.IMAGE_NOT_IN_PACKAGE, AssessmentImportError.MEDIA_NOT_PLAYABLE,
                AssessmentImportError.IMAGE_NOT_AN_IMAGE);
        assertThat(e.errors()).extracting(error -> error.text(ErrorTexts.in(ErrorTexts.RUSSIAN))).satisfiesExactly(
                m -> assertThat(m).contains("missing.png").contains("не найдено"),
                m -> assertThat(m).contains("clip.mp4").contains("не является аудио или видео"),
                m -> assertThat(m).contains("evil.svg").contains("не является изображением"));
    }

    @Test
    void an_image_survives_a_qti_round_trip_as_a_file_of_the_package() {
        BankItem item = item("Что на схеме?\n" + FileRefs.reference(PNG_SHA, "Схема"),
                List.of(Option.choice(FileRefs.reference(PNG_SHA, "вариант"), 100, "Верно: " + FileRefs.reference(
                        PNG_SHA, "")), Option.choice("Другое", 0, null)));

        byte[] zip = QtiPackage.write(List.of(item), source());
        ItemMedia media = new ItemMedia();
        List<SourcedItem> back = QtiPackage.read(zip, media);

        assertThat(unzipNames(zip)).contains("media/" + PNG_SHA + ".png");
        assertThat(back.get(0).item()).isEqualTo(item);
        assertThat(media.images()).extracting(ItemMedia.Image::bytes).containsExactly(PNG);
    }

    // ------------------------------------------------------------------ helpers

    private static BankItem item(String stem, List<Option> options) {
        return new BankItem("IMG-RT", "FIN-01", 2, Difficulty.MEDIUM,
                new ItemContent(QuestionType.SINGLE_CHOICE, stem, options, null, null, null));
    }

    private static ItemMedia.Source source() {
        return sha -> sha.equals(PNG_SHA) ? Optional.of(new ItemMedia.Image(PNG_SHA, "scheme.png", FileType.PNG, PNG))
                : Optional.empty();
    }

    private static byte[] pack(String body, Map<String, byte[]> more) {
        String item = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\" identifier=\"img-1\" "
                + "title=\"Схема\" adaptive=\"false\" timeDependent=\"false\">"
                + "<responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\" baseType=\"identifier\">"
                + "<correctResponse><value>A</value></correctResponse></responseDeclaration>"
                + "<itemBody>" + body + "</itemBody></assessmentItem>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" identifier=\"M\"><organizations/>"
                + "<resources><resource identifier=\"R\" type=\"imsqti_item_xmlv2p1\" href=\"items/img-1.xml\">"
                + "<file href=\"items/img-1.xml\"/></resource></resources></manifest>";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
        files.put("items/img-1.xml", item.getBytes(StandardCharsets.UTF_8));
        files.putAll(more);
        return Zips.of(files);
    }

    private static List<String> unzipNames(byte[] zip) {
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
