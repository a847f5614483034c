package org.munacademy.shared.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.munacademy.shared.boundary.ErrorTexts;
import org.munacademy.shared.entity.InvalidInputException.FieldError;
import org.munacademy.shared.entity.MalformedJsonException;
import org.munacademy.shared.entity.SharedError;

class StrictJsonTest {

    enum Kind { ALPHA, BETA }

    record Answer(List<Integer> choices, String text) {
    }

    /** A bean as our *Data input classes are. */
    static class Input {
        private int slot;
        private long seq;
        private boolean consentGiven;
        private Boolean flag;
        private LocalDate date;
        private Kind kind;
        private Answer response;
        private Map<String, Double> weights;
        private double share;

        public void setSlot(int slot) {
            this.slot = slot;
        }
    }

    private static JsonValue parse(String json) {
        return StrictJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), StrictJson.MAX_DEPTH);
    }

    private static List<FieldError> errors(String json) {
        MalformedJsonException e = catchThrowableOfType(() -> StrictJson.check(parse(json), Input.class),
                MalformedJsonException.class);
        assertThat(e).as(json).isNotNull();
        assertThat(e.code()).isEqualTo(SharedError.MALFORMED_JSON);
        return e.details(ErrorTexts.IN_ENGLISH);
    }

    @Test
    void a_well_formed_body_of_the_right_types_passes() {
        assertThatCode(() -> StrictJson.check(parse("{\"slot\":3,\"seq\":12,\"consentGiven\":true,\"flag\":null,"
                + "\"date\":\"2024-02-29\",\"kind\":\"BETA\",\"response\":{\"choices\":[1,2],\"text\":\"x\"},"
                + "\"weights\":{\"a\":1.5},\"share\":2,\"unknown\":[1,{\"x\":null}]}"), Input.class))
                .doesNotThrowAnyException();
    }

    @Test
    void a_string_where_a_boolean_belongs_is_refused_rather_than_read_as_false() {
        assertThat(errors("{\"consentGiven\":\"yes\"}"))
                .containsExactly(
                        new FieldError("consentGiven", "Expected true or false", "JSON_EXPECTED_BOOLEAN", null));
        assertThat(errors("{\"flag\":1}")).extracting(FieldError::field).containsExactly("flag");
    }

    @Test
    void integers_must_be_whole_and_in_range() {
        assertThat(errors("{\"slot\":4294967297}")).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("slot"))
                .satisfies(e -> assertThat(e.message()).startsWith("Out of range"));
        assertThat(errors("{\"slot\":1.9}")).containsExactly(
                new FieldError("slot", "Expected a whole number", "JSON_EXPECTED_WHOLE_NUMBER", null));
        assertThat(errors("{\"slot\":\"3\"}")).containsExactly(
                new FieldError("slot", "Expected a whole number", "JSON_EXPECTED_WHOLE_NUMBER", null));
        assertThat(errors("{\"seq\":9223372036854775808}")).extracting(FieldError::field).containsExactly("seq");
        assertThat(errors("{\"slot\":null}")).containsExactly(
                new FieldError("slot", "Must not be null", "JSON_NULL", null));
        assertThatCode(() -> StrictJson.check(parse("{\"slot\":2147483647,\"seq\":-9223372036854775808}"),
                Input.class)).doesNotThrowAnyException();
    }

    @Test
    void bad_dates_unknown_enum_values_and_null_in_lists_are_named_by_their_path() {
        assertThat(errors("{\"date\":\"2024-13-45\"}"))
                .containsExactly(new FieldError("date", "Expected a date as yyyy-mm-dd", "JSON_EXPECTED_DATE", null));
        assertThat(errors("{\"kind\":\"GAMMA\"}"))
                .containsExactly(new FieldError("kind", "Expected one of ALPHA, BETA", "JSON_EXPECTED_ONE_OF", null));
        assertThat(errors("{\"response\":{\"choices\":[1,null]}}"))
                .containsExactly(
                        new FieldError("response.choices[1]", "A list must not contain null", "JSON_NULL_IN_LIST",
                                null));
        assertThat(errors("{\"response\":{\"choices\":[1,1.5],\"text\":7}}")).extracting(FieldError::field)
                .containsExactly("response.choices[1]", "response.text");
        assertThat(errors("{\"response\":[]}")).containsExactly(
                new FieldError("response", "Expected an object", "JSON_EXPECTED_OBJECT", null));
        assertThat(errors("{\"weights\":{\"a\":\"heavy\"}}")).extracting(FieldError::field)
                .containsExactly("weights.a");
    }

    @Test
    void broken_syntax_is_refused_with_a_position_and_not_the_parsers_text() {
        MalformedJsonException e = catchThrowableOfType(() -> parse("{\"slot\":"), MalformedJsonException.class);
        assertThat(e.text(ErrorTexts.IN_ENGLISH)).startsWith("The document is not valid JSON (line 1");
        assertThat(e.text(ErrorTexts.IN_ENGLISH)).doesNotContain("Expected tokens").doesNotContain("EOF");
    }

    @Test
    void a_document_nested_ten_thousand_deep_is_refused_without_a_stack_overflow() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        MalformedJsonException e = catchThrowableOfType(() -> parse(deep), MalformedJsonException.class);
        assertThat(e.text(ErrorTexts.IN_ENGLISH)).contains("nests deeper than " + StrictJson.MAX_DEPTH);
        String deepObject = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        assertThat(catchThrowableOfType(() -> parse(deepObject), MalformedJsonException.class)).isNotNull();
    }

    @Test
    void an_empty_body_reads_as_nothing_and_nested_documents_keep_their_structure() {
        assertThat(parse("")).isNull();
        assertThat(parse("{\"a\":[1,{\"b\":[true,null]}],\"c\":\"d\"}").toString())
                .isEqualTo("{\"a\":[1,{\"b\":[true,null]}],\"c\":\"d\"}");
    }
}
