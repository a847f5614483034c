package org.munacademy.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnilsTest {

    @Test
    void a_snils_written_with_dashes_and_a_space_is_eleven_digits() {
        assertThat(Snils.digits("112-233-445 95")).contains("11223344595");
        assertThat(Snils.digits(" 11223344595 ")).contains("11223344595");
        assertThat(Snils.digits("112-233-445")).isEmpty();
        assertThat(Snils.digits("1122334459A")).isEmpty();
        assertThat(Snils.digits(null)).isEmpty();
    }

    @Test
    void the_checksum_is_the_weighted_sum_below_one_hundred() {
        assertThat(Snils.valid("11223344595")).isTrue(); // 9+8+14+12+15+12+12+8+5 = 95
        assertThat(Snils.valid("11223344596")).isFalse();
    }

    @Test
    void a_sum_of_one_hundred_or_one_hundred_and_one_gives_zero_zero() {
        assertThat(Snils.checksum("050234316")).isZero(); // weighted sum 100
        assertThat(Snils.checksum("016103396")).isZero(); // weighted sum 101
        assertThat(Snils.valid("05023431600")).isTrue();
    }

    @Test
    void a_larger_sum_is_taken_modulo_one_hundred_and_one_and_a_remainder_of_one_hundred_is_zero_zero() {
        assertThat(Snils.checksum("123456789")).isEqualTo(165 % 101);
        assertThat(Snils.valid("12345678964")).isTrue();
        assertThat(Snils.checksum("820981233")).isZero(); // weighted sum 201, remainder 100
    }

    @Test
    void numbers_issued_before_the_checksum_carry_none() {
        assertThat(Snils.valid("00100199800")).isTrue();
        assertThat(Snils.valid("00100199900")).isFalse();
    }

    @Test
    void it_is_written_as_three_groups_and_the_checksum() {
        assertThat(Snils.format("11223344595")).isEqualTo("112-233-445 95");
    }
}
