package org.munacademy.shared.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoModeTest {

    private static final String H2 = "jdbc:h2:file:./data/academy;MODE=MySQL";
    private static final String MYSQL = "jdbc:mysql://mysql:3306/academy?useUnicode=true&characterEncoding=utf8";

    @Test
    void without_any_setting_there_are_no_demo_accounts_whatever_the_database() {
        assertThat(DemoMode.decide(null, null, H2)).isFalse();
        assertThat(DemoMode.decide(null, "false", H2)).isFalse();
        assertThat(DemoMode.decide(null, null, MYSQL)).isFalse();
        assertThat(DemoMode.decide("", null, H2)).isFalse();
    }

    @Test
    void the_embedded_quick_start_has_demo_accounts_on_h2_only() {
        assertThat(DemoMode.decide(null, "true", H2)).isTrue();
        assertThat(DemoMode.decide(null, "true", MYSQL)).as("the quick start pointed at MySQL").isFalse();
        assertThat(DemoMode.decide(null, "true", null)).isFalse();
    }

    @Test
    void an_explicit_setting_wins() {
        assertThat(DemoMode.decide("true", null, MYSQL)).isTrue();
        assertThat(DemoMode.decide(" TRUE ", null, H2)).isTrue();
        assertThat(DemoMode.decide("false", "true", H2)).isFalse();
        assertThat(DemoMode.decide("False", "true", H2)).isFalse();
    }

    @Test
    void the_former_automatic_mode_no_longer_turns_demo_accounts_on() {
        assertThat(DemoMode.decide("auto", null, H2)).isFalse();
        assertThat(DemoMode.decide("yes", null, H2)).isFalse();
    }
}
