package org.munacademy.shared.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.munacademy.shared.entity.InvalidInputException;

class TextDecodingTest {

    private static final String CSV = "record;code;name\nCOMPETENCY;BUD-01;Бюджетный процесс, «ёлка»\n";

    @Test
    void utf8_without_a_mark_is_read_as_utf8() {
        var d = TextDecoding.decode(CSV.getBytes(StandardCharsets.UTF_8), null);
        assertThat(d.text()).isEqualTo(CSV);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void the_utf8_byte_order_mark_is_dropped() {
        byte[] body = ("\uFEFF" + "{\"CFDocument\":{}}").getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoding.text(body)).isEqualTo("{\"CFDocument\":{}}");
        assertThat(TextDecoding.text(body, "UTF-8")).isEqualTo("{\"CFDocument\":{}}");
    }

    @Test
    void windows_1251_without_a_declaration_is_recognised_and_no_letter_is_lost() {
        var d = TextDecoding.decode(CSV.getBytes(TextDecoding.WINDOWS_1251), "");
        assertThat(d.text()).isEqualTo(CSV).doesNotContain("\uFFFD");
        assertThat(d.charset()).isEqualTo(TextDecoding.WINDOWS_1251);
    }

    @Test
    void utf16_with_its_mark_is_read() {
        byte[] le = ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_16BE);
        assertThat(TextDecoding.text(le)).isEqualTo(CSV);
        assertThat(TextDecoding.text(be)).isEqualTo(CSV);
    }

    @Test
    void a_declared_charset_is_obeyed_and_bytes_invalid_in_it_are_refused_not_replaced() {
        assertThat(TextDecoding.text(CSV.getBytes(TextDecoding.WINDOWS_1251), "windows-1251")).isEqualTo(CSV);
        assertThatThrownBy(() -> TextDecoding.text(CSV.getBytes(TextDecoding.WINDOWS_1251), "UTF-8"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> TextDecoding.text(new byte[] {1}, "no-such-charset"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no-such-charset");
    }

    @Test
    void an_empty_or_missing_body_is_empty_text() {
        assertThat(TextDecoding.text(null)).isEmpty();
        assertThat(TextDecoding.text(new byte[0])).isEmpty();
    }
}
