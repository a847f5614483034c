package org.munacademy.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final CredentialCache cache = new CredentialCache(clock, Duration.ofMinutes(5), 3);

    @Test
    void a_verified_password_is_remembered_for_the_same_stored_hash() {
        cache.verified("hr", "secret".toCharArray(), "HASH-1");
        assertThat(cache.verifiedHash("hr", "secret".toCharArray())).contains("HASH-1");
    }

    @Test
    void another_password_or_a_changed_stored_hash_does_not_match() {
        cache.verified("hr", "secret".toCharArray(), "HASH-1");
        assertThat(cache.verifiedHash("hr", "guess".toCharArray())).isEmpty();
        assertThat(cache.verifiedHash("hr", "secret".toCharArray())).isNotEqualTo(java.util.Optional.of("HASH-2"));
        assertThat(cache.verifiedHash("admin", "secret".toCharArray())).isEmpty();
    }

    @Test
    void before_reading_the_account_the_cache_names_the_hash_a_password_was_verified_against() {
        cache.verified("hr", "secret".toCharArray(), "HASH-1");

        assertThat(cache.verifiedHash("hr", "secret".toCharArray())).contains("HASH-1");
        assertThat(cache.verifiedHash("hr", "guess".toCharArray())).isEmpty();
        assertThat(cache.verifiedHash("admin", "secret".toCharArray())).isEmpty();
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertThat(cache.verifiedHash("hr", "secret".toCharArray())).isEmpty();
    }

    @Test
    void an_entry_expires_after_its_time_to_live() {
        cache.verified("hr", "secret".toCharArray(), "HASH-1");
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertThat(cache.verifiedHash("hr", "secret".toCharArray())).isEmpty();
    }

    @Test
    void a_forgotten_user_must_verify_again() {
        cache.verified("hr", "secret".toCharArray(), "HASH-1");
        cache.forget("hr");
        assertThat(cache.verifiedHash("hr", "secret".toCharArray())).isEmpty();
    }

    @Test
    void the_cache_stays_bounded() {
        for (int i = 0; i < 10; i++) {
            cache.verified("user" + i, "p".toCharArray(), "H");
        }
        assertThat(cache.verifiedHash("user9", "p".toCharArray())).contains("H");
        assertThat(cache.verifiedHash("user0", "p".toCharArray())).isEmpty();
    }
}
