package org.munacademy.learning.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @Test
    void theProviderCodeInCapitalsAndSixDigits() {
        DocumentNumber n = new DocumentNumber("sziu-uch", 42);
        assertThat(n.registrationNumber()).isEqualTo("SZIU-UCH-000042");
        assertThat(n.number()).isEqualTo("000042");
        assertThat(new DocumentNumber("FIMS-UCH", 1_234_567).registrationNumber()).isEqualTo("FIMS-UCH-1234567");
    }

    @Test
    void aSequenceStartsAtOne() {
        assertThatThrownBy(() -> new DocumentNumber("X", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
