package org.munacademy.shared.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoModeTest {

    @Test
    void demo_accounts_exist_only_when_the_setting_says_true() {
        assertThat(DemoMode.decide("true")).isTrue();
        assertThat(DemoMode.decide("TRUE")).isTrue();
        assertThat(DemoMode.decide(" true ")).isTrue();
    }

    @Test
    void without_an_explicit_true_there_are_no_demo_accounts_whatever_the_database() {
        assertThat(DemoMode.decide(null)).isFalse();
        assertThat(DemoMode.decide("")).isFalse();
        assertThat(DemoMode.decide("false")).isFalse();
        assertThat(DemoMode.decide("auto")).as("the former default, now off even on H2").isFalse();
        assertThat(DemoMode.decide("yes")).isFalse();
    }
}
