package org.munacademy.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.munacademy.identity.control.LoginThrottle.Limits;
import org.munacademy.identity.control.LoginThrottle.Permit;
import org.munacademy.identity.control.LoginThrottle.Refusal;

class LoginThrottleTest {

    private static final int FREE_ATTEMPTS = 3;
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration MAX_LOCK = Duration.ofMinutes(2);
    private static final int ADDRESS_FREE_FAILURES = 10;
    private static final int ADDRESS_IN_FLIGHT = 4;
    private static final int ADDRESS_VERIFICATIONS = 60;
    private static final Duration ADDRESS_WINDOW = Duration.ofMinutes(1);
    private static final String HOME = "10.0.0.1";
    private static final String ATTACKER = "203.0.113.7";

    private MutableClock clock;
    private LoginThrottle throttle;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));
        throttle = new LoginThrottle(clock, new Limits(FREE_ATTEMPTS, WINDOW, FIRST_LOCK, MAX_LOCK,
                ADDRESS_FREE_FAILURES, ADDRESS_IN_FLIGHT, ADDRESS_VERIFICATIONS, ADDRESS_WINDOW));
    }

    @Test
    void a_name_without_failures_may_try_at_once() {
        assertThat(throttle.remainingLock("ivanov")).isZero();
        assertThat(throttle.remainingLock(null)).isZero();
        assertThat(throttle.acquire("ivanov", HOME).granted()).isTrue();
    }

    @Test
    void failures_before_the_last_free_attempt_do_not_lock() {
        for (int i = 1; i < FREE_ATTEMPTS; i++) {
            fail("ivanov", HOME);
            assertThat(throttle.remainingLock("ivanov")).as("after failure %d", i).isZero();
        }
    }

    @Test
    void the_failure_that_uses_up_the_free_attempts_locks_for_the_first_lock() {
        failTimes("ivanov", HOME, FREE_ATTEMPTS);

        assertThat(throttle.remainingLock("ivanov")).isEqualTo(FIRST_LOCK);
        Permit refused = throttle.acquire("ivanov", HOME);
        assertThat(refused.granted()).isFalse();
        assertThat(refused.refusal()).isEqualTo(Refusal.NAME_LOCKED);
        assertThat(refused.retryAfter()).isEqualTo(FIRST_LOCK);
    }

    @Test
    void the_remaining_lock_shrinks_as_time_passes_and_ends() {
        failTimes("ivanov", HOME, FREE_ATTEMPTS);

        clock.advance(Duration.ofSeconds(10));
        assertThat(throttle.remainingLock("ivanov")).isEqualTo(Duration.ofSeconds(20));

        clock.advance(Duration.ofSeconds(20));
        assertThat(throttle.remainingLock("ivanov")).isZero();
        assertThat(throttle.acquire("ivanov", HOME).granted()).isTrue();
    }

    @Test
    void each_further_failure_doubles_the_lock_up_to_the_maximum() {
        failTimes("ivanov", HOME, FREE_ATTEMPTS);
        assertThat(throttle.remainingLock("ivanov")).isEqualTo(Duration.ofSeconds(30));

        clock.advance(throttle.remainingLock("ivanov"));
        fail("ivanov", HOME);
        assertThat(throttle.remainingLock("ivanov")).isEqualTo(Duration.ofSeconds(60));

        clock.advance(throttle.remainingLock("ivanov"));
        fail("ivanov", HOME);
        assertThat(throttle.remainingLock("ivanov")).isEqualTo(Duration.ofSeconds(120));

        clock.advance(throttle.remainingLock("ivanov"));
        fail("ivanov", HOME);
        assertThat(throttle.remainingLock("ivanov")).isEqualTo(MAX_LOCK);
    }

    @Test
    void after_a_lock_only_one_attempt_at_a_time_may_run() {
        failTimes("ivanov", HOME, FREE_ATTEMPTS);
        clock.advance(FIRST_LOCK);

        Permit first = throttle.acquire("ivanov", HOME);
        Permit second = throttle.acquire("ivanov", HOME);

        assertThat(first.granted()).isTrue();
        assertThat(second.refusal()).isEqualTo(Refusal.BUSY);
    }

    @Test
    void a_success_clears_the_failures_of_the_same_address() {
        failTimes("ivanov", HOME, FREE_ATTEMPTS - 1);
        succeed("ivanov", HOME);

        fail("ivanov", HOME);
        assertThat(throttle.remainingLock("ivanov")).isZero();

        failTimes("ivanov", HOME, FREE_ATTEMPTS - 1);
        assertThat(throttle.remainingLock("ivanov")).isEqualTo(FIRST_LOCK);
    }

    @Test
    void a_success_from_one_address_keeps_the_failures_counted_from_another() {
        failTimes("ivanov", ATTACKER, FREE_ATTEMPTS - 1);
        succeed("ivanov", HOME); // the owner signs in meanwhile

        fail("ivanov", ATTACKER);

        assertThat(throttle.remainingLock("ivanov")).as("the attack's count went on").isEqualTo(FIRST_LOCK);
    }

    @Test
    void a_success_neither_lifts_a_running_lock_nor_resets_the_count_of_the_attack() {
        failTimes("ivanov", ATTACKER, FREE_ATTEMPTS);

        assertThat(throttle.acquire("ivanov", HOME).refusal()).as("the owner waits too").isEqualTo(Refusal.NAME_LOCKED);

        clock.advance(FIRST_LOCK);
        succeed("ivanov", HOME);
        fail("ivanov", ATTACKER);

        assertThat(throttle.remainingLock("ivanov")).as("the next lock doubles: the count went on")
                .isEqualTo(FIRST_LOCK.multipliedBy(2));
    }

    @Test
    void a_reset_by_an_administrator_lifts_the_lock() {
        failTimes("ivanov", HOME, FREE_ATTEMPTS);
        throttle.reset("ivanov");

        assertThat(throttle.remainingLock("ivanov")).isZero();
    }

    @Test
    void failures_older_than_the_window_are_forgotten() {
        failTimes("ivanov", HOME, FREE_ATTEMPTS - 1);

        clock.advance(WINDOW.plusSeconds(1));
        fail("ivanov", HOME);

        assertThat(throttle.remainingLock("ivanov")).isZero();
    }

    @Test
    void an_unknown_name_is_throttled_exactly_like_a_known_one() {
        // the throttle has no list of accounts: any name, existing or not, counts the same
        for (int i = 1; i <= FREE_ATTEMPTS; i++) {
            fail("ivanov", HOME);
            fail("no-such-user-42", HOME);
            assertThat(throttle.remainingLock("no-such-user-42"))
                    .as("after failure %d", i)
                    .isEqualTo(throttle.remainingLock("ivanov"));
        }
        assertThat(throttle.remainingLock("no-such-user-42")).isPositive();
    }

    @Test
    void names_are_counted_apart() {
        failTimes("ivanov", HOME, FREE_ATTEMPTS);

        assertThat(throttle.remainingLock("ivanov")).isPositive();
        assertThat(throttle.remainingLock("petrov")).isZero();
    }

    @Test
    void names_are_counted_in_their_normalised_spelling() {
        fail("Ivanov", HOME);
        fail("IVANOV", HOME);
        fail(" ivanov ", HOME);

        assertThat(throttle.remainingLock("ivanov")).isEqualTo(FIRST_LOCK);
        assertThat(throttle.remainingLock("IvAnOv")).isEqualTo(FIRST_LOCK);
        assertThat(throttle.remainingLock("ívanov")).as("another name, not another spelling").isZero();
    }

    @Test
    void twenty_threads_racing_on_one_name_get_at_most_the_free_attempts_verified() throws InterruptedException {
        LoginThrottle five = new LoginThrottle(clock, new Limits(5, WINDOW, FIRST_LOCK, MAX_LOCK, 1000, 100, 1000,
                ADDRESS_WINDOW));
        AtomicInteger verified = new AtomicInteger();
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger mostConcurrent = new AtomicInteger();
        List<Refusal> refusals = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String address = "198.51.100." + i; // even from twenty addresses
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    while (true) {
                        Permit p = five.acquire("ivanov", address);
                        if (p.granted()) {
                            int now = concurrent.incrementAndGet();
                            mostConcurrent.accumulateAndGet(now, Math::max);
                            verified.incrementAndGet();
                            Thread.sleep(20); // the slow hash
                            concurrent.decrementAndGet();
                            p.failed();
                            return;
                        }
                        if (p.refusal() != Refusal.BUSY) {
                            refusals.add(p.refusal());
                            return;
                        }
                        Thread.sleep(2); // busy: try again when a verification has finished
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            threads.add(t);
            t.start();
        }
        go.countDown();
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(30));
        }

        assertThat(verified.get()).isEqualTo(5);
        assertThat(mostConcurrent.get()).isLessThanOrEqualTo(5);
        assertThat(refusals).hasSize(15).containsOnly(Refusal.NAME_LOCKED);
    }

    @Test
    void one_address_may_not_run_more_than_its_verifications_at_once() {
        List<Permit> running = new ArrayList<>();
        for (int i = 0; i < ADDRESS_IN_FLIGHT; i++) {
            running.add(throttle.acquire("user" + i, ATTACKER));
        }
        assertThat(running).allMatch(Permit::granted);

        assertThat(throttle.acquire("another", ATTACKER).refusal()).isEqualTo(Refusal.BUSY);
        assertThat(throttle.acquire("another", HOME).granted()).as("other sources go on").isTrue();

        running.get(0).failed();
        assertThat(throttle.acquire("another", ATTACKER).granted()).isTrue();
    }

    @Test
    void one_address_gets_a_limited_number_of_verifications_per_window() {
        for (int i = 0; i < ADDRESS_VERIFICATIONS; i++) {
            succeed("user" + i, ATTACKER);
        }

        Permit refused = throttle.acquire("one-more", ATTACKER);
        assertThat(refused.refusal()).isEqualTo(Refusal.ADDRESS_LOCKED);
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(ADDRESS_WINDOW);
        assertThat(throttle.acquire("one-more", HOME).granted()).isTrue();

        clock.advance(ADDRESS_WINDOW);
        assertThat(throttle.acquire("one-more", ATTACKER).granted()).isTrue();
    }

    @Test
    void failures_from_one_address_across_many_names_lock_the_address_before_it_locks_many_accounts() {
        int lockedAccounts = 0;
        int verifications = 0;
        for (int name = 0; name < 50; name++) {
            for (int guess = 0; guess < FREE_ATTEMPTS; guess++) {
                Permit p = throttle.acquire("victim" + name, ATTACKER);
                if (p.granted()) {
                    verifications++;
                    p.failed();
                }
            }
            if (!throttle.remainingLock("victim" + name).isZero()) {
                lockedAccounts++;
            }
        }

        assertThat(verifications).isEqualTo(ADDRESS_FREE_FAILURES);
        assertThat(lockedAccounts).isEqualTo(ADDRESS_FREE_FAILURES / FREE_ATTEMPTS);
        assertThat(throttle.remainingLock("victim49", ATTACKER)).isEqualTo(FIRST_LOCK);
        assertThat(throttle.acquire("victim49", HOME).granted()).as("the names themselves are not locked").isTrue();
    }

    @Test
    void refused_attempts_are_not_counted_as_failures() {
        failTimes("ivanov", ATTACKER, FREE_ATTEMPTS);
        for (int i = 0; i < 100; i++) {
            assertThat(throttle.acquire("ivanov", ATTACKER).granted()).isFalse();
        }
        clock.advance(FIRST_LOCK);

        assertThat(throttle.acquire("ivanov", HOME).granted()).isTrue();
    }

    @Test
    void a_released_permit_counts_neither_as_failure_nor_as_success() {
        for (int i = 0; i < 10; i++) {
            throttle.acquire("ivanov", HOME).released();
        }
        failTimes("ivanov", HOME, FREE_ATTEMPTS - 1);

        assertThat(throttle.remainingLock("ivanov")).isZero();
        assertThat(throttle.acquire("ivanov", HOME).granted()).isTrue();
    }

    private void fail(String username, String address) {
        Permit p = throttle.acquire(username, address);
        assertThat(p.granted()).as("permit for %s from %s", username, address).isTrue();
        p.failed();
    }

    private void succeed(String username, String address) {
        Permit p = throttle.acquire(username, address);
        assertThat(p.granted()).as("permit for %s from %s", username, address).isTrue();
        p.succeeded();
    }

    private void failTimes(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            fail(username, address);
        }
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {

        private volatile Instant now;

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
