package org.munacademy.shared.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(10), 6);
    private final Instant now = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void each_retry_waits_twice_as_long_as_the_one_before() {
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofSeconds(240));
    }

    @Test
    void the_delay_never_exceeds_the_maximum_even_after_many_failures() {
        assertThat(backoff.delayAfter(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(backoff.delayAfter(6)).isEqualTo(Duration.ofMinutes(10));
        assertThat(backoff.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void a_message_is_retried_until_the_last_allowed_attempt_and_then_given_up() {
        assertThat(backoff.retryAt(1, now)).isEqualTo(now.plusSeconds(30));
        assertThat(backoff.retryAt(5, now)).isEqualTo(now.plus(Duration.ofMinutes(8)));
        assertThat(backoff.retryAt(6, now)).isNull();
        assertThat(backoff.retryAt(7, now)).isNull();
    }

    @Test
    void settings_without_a_positive_base_or_with_a_maximum_below_it_are_refused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
