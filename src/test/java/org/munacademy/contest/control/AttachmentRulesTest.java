package org.munacademy.contest.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.munacademy.contest.entity.FieldType;
import org.munacademy.contest.entity.QuestionField;
import org.munacademy.shared.entity.FileType;

class AttachmentRulesTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final long STORE = 10L * 1024 * 1024;

    private static QuestionField file(String code, Integer kb, String... types) {
        return new QuestionField(code, code, FieldType.FILE, false, kb, null, null, List.of(types));
    }

    private static final QuestionField ESSAY = file("essay", 2048, "application/pdf");
    private static final QuestionField CASE = file("case", null, "application/pdf", DOCX);
    private static final QuestionField PHOTO = file("photo", 512, "image/jpeg", "image/png");

    @Test
    void the_slots_are_the_file_fields_of_the_questionnaire_in_order() {
        QuestionField text = new QuestionField("focus", "Тема", FieldType.TEXT, true, 100, null, null, null);
        List<QuestionField> form = List.of(text, ESSAY, CASE, PHOTO);
        assertThat(AttachmentRules.slots(form)).extracting(QuestionField::code).containsExactly("essay", "case",
                "photo");
        assertThat(AttachmentRules.slot(form, "focus")).as("a text field is no slot").isEmpty();
        assertThat(AttachmentRules.slot(form, "case")).hasValue(CASE);
    }

    @Test
    void a_slot_accepts_only_its_types_judged_by_the_type_found_in_the_content() {
        assertThat(AttachmentRules.check(ESSAY, Optional.of(FileType.PDF), 1000, STORE)).isEmpty();
        assertThat(AttachmentRules.check(ESSAY, Optional.of(FileType.PNG), 1000, STORE))
                .hasValue(AttachmentRules.Refusal.TYPE);
        assertThat(AttachmentRules.check(ESSAY, Optional.empty(), 1000, STORE))
                .as("content of no known type").hasValue(AttachmentRules.Refusal.TYPE);
        assertThat(AttachmentRules.check(CASE, Optional.of(FileType.DOCX), 1000, STORE)).isEmpty();
        assertThat(AttachmentRules.check(CASE, Optional.of(FileType.ZIP), 1000, STORE))
                .as("a zip that is no Word document").hasValue(AttachmentRules.Refusal.TYPE);
        assertThat(AttachmentRules.name(Optional.of(FileType.PNG))).isEqualTo("PNG");
        assertThat(AttachmentRules.names(AttachmentRules.accepted(CASE))).isEqualTo("DOCX, PDF");
    }

    @Test
    void the_size_limit_is_the_slots_kilobytes_but_never_above_the_store() {
        assertThat(AttachmentRules.maxBytes(ESSAY, STORE)).isEqualTo(2048L * 1024);
        assertThat(AttachmentRules.maxBytes(CASE, STORE)).as("no limit of its own").isEqualTo(STORE);
        assertThat(AttachmentRules.maxBytes(file("big", 100_000, "application/pdf"), STORE)).isEqualTo(STORE);
        assertThat(AttachmentRules.check(ESSAY, Optional.of(FileType.PDF), 2048L * 1024, STORE)).isEmpty();
        assertThat(AttachmentRules.check(ESSAY, Optional.of(FileType.PDF), 2048L * 1024 + 1, STORE))
                .hasValue(AttachmentRules.Refusal.SIZE);
    }

    @Test
    void a_slot_that_accepts_only_images_is_a_photo() {
        assertThat(AttachmentRules.photo(PHOTO)).isTrue();
        assertThat(AttachmentRules.photo(ESSAY)).isFalse();
        assertThat(AttachmentRules.photo(file("mixed", null, "application/pdf", "image/png"))).isFalse();
    }

    @Test
    void a_slot_definition_needs_known_document_or_picture_types_and_a_positive_limit() {
        assertThat(AttachmentRules.definitionProblems(ESSAY)).isEmpty();
        assertThat(AttachmentRules.definitionProblems(CASE)).isEmpty();
        assertThat(AttachmentRules.definitionProblems(file("none", null))).singleElement().asString()
                .contains("choices");
        assertThat(AttachmentRules.definitionProblems(file("zip", null, "application/zip"))).singleElement()
                .asString().contains("application/zip");
        assertThat(AttachmentRules.definitionProblems(file("odd", null, "text/html"))).hasSize(1);
        assertThat(AttachmentRules.definitionProblems(file("zero", 0, "application/pdf"))).singleElement()
                .asString().contains("positive");
        assertThat(AttachmentRules.definitionProblems(file("x".repeat(61), null, "application/pdf"))).hasSize(1);
        assertThat(AttachmentRules.definitionProblems(new QuestionField("t", "t", FieldType.TEXT, true, null, null,
                null, null))).as("not a file field").isEmpty();
    }
}
