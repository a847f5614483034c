package org.munacademy.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResetTokensTest {

    private final Instant issued = Instant.parse("2026-03-02T10:00:00Z");
    private final Instant expires = issued.plus(Duration.ofMinutes(30));

    @Test
    void a_token_is_url_safe_well_formed_and_never_repeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String t = ResetTokens.newToken();
            assertThat(t).hasSize(ResetTokens.TOKEN_LENGTH).matches("[A-Za-z0-9_-]+");
            assertThat(ResetTokens.wellFormed(t)).isTrue();
            assertThat(seen.add(t)).isTrue();
        }
    }

    @Test
    void only_the_hash_is_stored_and_it_is_stable_and_differs_from_the_token() {
        String t = ResetTokens.newToken();
        assertThat(ResetTokens.hash(t)).hasSize(64).matches("[0-9a-f]+").isEqualTo(ResetTokens.hash(t))
                .isNotEqualTo(t).isNotEqualTo(ResetTokens.hash(ResetTokens.newToken()));
        // SHA-256 of "abc", the standard test vector
        assertThat(ResetTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void malformed_tokens_are_refused_before_any_lookup() {
        assertThat(ResetTokens.wellFormed(null)).isFalse();
        assertThat(ResetTokens.wellFormed("")).isFalse();
        assertThat(ResetTokens.wellFormed("a".repeat(42))).isFalse();
        assertThat(ResetTokens.wellFormed("a".repeat(42) + "=")).isFalse();
        assertThat(ResetTokens.wellFormed("' or 1=1 --" + "a".repeat(32))).isFalse();
    }

    @Test
    void a_token_is_usable_until_just_before_it_expires() {
        assertThat(ResetTokens.usable(expires, null, issued)).isTrue();
        assertThat(ResetTokens.usable(expires, null, expires.minusMillis(1))).isTrue();
        assertThat(ResetTokens.usable(expires, null, expires)).isFalse();
        assertThat(ResetTokens.usable(expires, null, expires.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void a_used_token_is_never_usable_again_even_before_it_expires() {
        assertThat(ResetTokens.usable(expires, issued.plusSeconds(60), issued.plusSeconds(61))).isFalse();
    }
}
