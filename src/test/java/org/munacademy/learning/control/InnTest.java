package org.munacademy.learning.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An organisation's ИНН: ten digits whose last is the check digit of the first nine. */
class InnTest {

    @Test
    void the_numbers_of_real_organisations_pass_the_check() {
        // ПАО Сбербанк, ПАО «Газпром», Банк ВТБ (ПАО): public entries of the state register of legal entities
        assertThat(Inn.validOrganisation("7707083893")).isTrue();
        assertThat(Inn.validOrganisation("7736050003")).isTrue();
        assertThat(Inn.validOrganisation("7702070139")).isTrue();
    }

    @Test
    void the_check_digit_is_the_weighted_sum_modulo_eleven_then_ten() {
        // 7*2 + 7*4 + 0*10 + 7*3 + 0*5 + 8*9 + 3*4 + 8*6 + 9*8 = 267; 267 mod 11 = 3
        assertThat(Inn.checkDigit("770708389")).isEqualTo(3);
        // a remainder of 10 gives 0: 1*2 + 1*8 = 10
        assertThat(Inn.checkDigit("100000001")).isZero();
        assertThat(Inn.validOrganisation("1000000010")).isTrue();
    }

    @Test
    void a_wrong_check_digit_or_a_changed_digit_is_refused() {
        assertThat(Inn.validOrganisation("7707083894")).isFalse();
        assertThat(Inn.validOrganisation("7707038893")).as("two digits swapped").isFalse();
        assertThat(Inn.validOrganisation("7736050013")).isFalse();
    }

    @Test
    void only_ten_digits_are_an_organisations_number() {
        assertThat(Inn.validOrganisation(" 7707083893 ")).as("surrounding spaces aside").isTrue();
        assertThat(Inn.validOrganisation("770708389")).isFalse();
        assertThat(Inn.validOrganisation("500100732259")).as("a person's twelve digits").isFalse();
        assertThat(Inn.validOrganisation("77070838 93")).isFalse();
        assertThat(Inn.validOrganisation("77O7083893")).as("a letter O").isFalse();
        assertThat(Inn.validOrganisation("")).isFalse();
        assertThat(Inn.validOrganisation(null)).isFalse();
    }
}
