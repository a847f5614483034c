package org.munacademy.shared.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoModeTest {

    private static final String H2 = "jdbc:h2:file:./data/academy;MODE=MySQL";
    private static final String MYSQL = "jdbc:mysql://mysql:3306/academy?useUnicode=true&characterEncoding=utf8";

    @Test
    void automatic_mode_is_demo_on_the_embedded_h2_database() {
        assertThat(DemoMode.decide("auto", H2)).isTrue();
    }

    @Test
    void automatic_mode_is_not_demo_on_mysql() {
        assertThat(DemoMode.decide("auto", MYSQL)).isFalse();
        assertThat(DemoMode.decide("auto", "jdbc:mariadb://db:3306/academy")).isFalse();
    }

    @Test
    void an_explicit_setting_wins_over_the_database() {
        assertThat(DemoMode.decide("true", MYSQL)).isTrue();
        assertThat(DemoMode.decide("TRUE", MYSQL)).isTrue();
        assertThat(DemoMode.decide("false", H2)).isFalse();
        assertThat(DemoMode.decide("False", H2)).isFalse();
    }

    @Test
    void a_missing_setting_or_url_falls_back_to_safe_defaults() {
        assertThat(DemoMode.decide(null, H2)).isTrue();
        assertThat(DemoMode.decide("auto", null)).isFalse();
        assertThat(DemoMode.decide("something-else", MYSQL)).isFalse();
    }
}
