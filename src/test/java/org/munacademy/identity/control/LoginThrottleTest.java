package org.munacademy.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final int FREE_ATTEMPTS = 3;
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration MAX_LOCK = Duration.ofMinutes(2);

    private MutableClock clock;
    private LoginThrottle throttle;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));
        throttle = new LoginThrottle(clock, FREE_ATTEMPTS, WINDOW, FIRST_LOCK, MAX_LOCK);
    }

    @Test
    void a_name_without_failures_may_try_at_once() {
        assertThat(throttle.remainingLock("ivanov")).isZero();
        assertThat(throttle.remainingLock(null)).isZero();
    }

    @Test
    void failures_before_the_last_free_attempt_do_not_lock() {
        for (int i = 1; i < FREE_ATTEMPTS; i++) {
            throttle.failed("ivanov");
            assertThat(throttle.remainingLock("ivanov")).as("after failure %d", i).isZero();
        }
    }

    @Test
    void the_failure_that_uses_up_the_free_attempts_locks_for_the_first_lock() {
        failTimes("ivanov", FREE_ATTEMPTS);

        assertThat(throttle.remainingLock("ivanov")).isEqualTo(FIRST_LOCK);
    }

    @Test
    void the_remaining_lock_shrinks_as_time_passes_and_ends() {
        failTimes("ivanov", FREE_ATTEMPTS);

        clock.advance(Duration.ofSeconds(10));
        assertThat(throttle.remainingLock("ivanov")).isEqualTo(Duration.ofSeconds(20));

        clock.advance(Duration.ofSeconds(20));
        assertThat(throttle.remainingLock("ivanov")).isZero();
    }

    @Test
    void each_further_failure_doubles_the_lock_up_to_the_maximum() {
        failTimes("ivanov", FREE_ATTEMPTS);
        assertThat(throttle.remainingLock("ivanov")).isEqualTo(Duration.ofSeconds(30));

        clock.advance(throttle.remainingLock("ivanov"));
        throttle.failed("ivanov");
        assertThat(throttle.remainingLock("ivanov")).isEqualTo(Duration.ofSeconds(60));

        clock.advance(throttle.remainingLock("ivanov"));
        throttle.failed("ivanov");
        assertThat(throttle.remainingLock("ivanov")).isEqualTo(Duration.ofSeconds(120));

        clock.advance(throttle.remainingLock("ivanov"));
        throttle.failed("ivanov");
        assertThat(throttle.remainingLock("ivanov")).isEqualTo(MAX_LOCK);

        for (int i = 0; i < 40; i++) {
            throttle.failed("ivanov");
        }
        assertThat(throttle.remainingLock("ivanov")).isEqualTo(MAX_LOCK);
    }

    @Test
    void a_success_clears_the_failures() {
        failTimes("ivanov", FREE_ATTEMPTS - 1);
        throttle.succeeded("ivanov");

        throttle.failed("ivanov");
        assertThat(throttle.remainingLock("ivanov")).isZero();

        failTimes("ivanov", FREE_ATTEMPTS - 1);
        assertThat(throttle.remainingLock("ivanov")).isEqualTo(FIRST_LOCK);
    }

    @Test
    void a_success_lifts_a_running_lock() {
        failTimes("ivanov", FREE_ATTEMPTS);
        throttle.succeeded("ivanov");

        assertThat(throttle.remainingLock("ivanov")).isZero();
    }

    @Test
    void a_reset_by_an_administrator_lifts_the_lock() {
        failTimes("ivanov", FREE_ATTEMPTS);
        throttle.reset("ivanov");

        assertThat(throttle.remainingLock("ivanov")).isZero();
    }

    @Test
    void failures_older_than_the_window_are_forgotten() {
        failTimes("ivanov", FREE_ATTEMPTS - 1);

        clock.advance(WINDOW.plusSeconds(1));
        throttle.failed("ivanov");

        assertThat(throttle.remainingLock("ivanov")).isZero();
    }

    @Test
    void an_unknown_name_is_throttled_exactly_like_a_known_one() {
        // the throttle has no list of accounts: any name, existing or not, counts the same
        for (int i = 1; i <= FREE_ATTEMPTS + 2; i++) {
            throttle.failed("ivanov");
            throttle.failed("no-such-user-42");
            assertThat(throttle.remainingLock("no-such-user-42"))
                    .as("after failure %d", i)
                    .isEqualTo(throttle.remainingLock("ivanov"));
        }
        assertThat(throttle.remainingLock("no-such-user-42")).isPositive();
    }

    @Test
    void names_are_counted_apart() {
        failTimes("ivanov", FREE_ATTEMPTS);

        assertThat(throttle.remainingLock("ivanov")).isPositive();
        assertThat(throttle.remainingLock("petrov")).isZero();
    }

    @Test
    void names_are_compared_without_case_and_surrounding_spaces() {
        throttle.failed("Ivanov");
        throttle.failed("IVANOV");
        throttle.failed(" ivanov ");

        assertThat(throttle.remainingLock("ivanov")).isEqualTo(FIRST_LOCK);
        assertThat(throttle.remainingLock("IvAnOv")).isEqualTo(FIRST_LOCK);

        throttle.succeeded("IVANOV");
        assertThat(throttle.remainingLock("ivanov")).isZero();
    }

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username);
        }
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
