package org.munacademy.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    /** A small iteration count keeps the tests fast; the format and the checks do not depend on it. */
    private final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void a_hash_verifies_against_its_password() {
        String stored = hasher.hash("Correct-Horse-7".toCharArray());

        assertThat(hasher.verify("Correct-Horse-7".toCharArray(), stored)).isTrue();
    }

    @Test
    void an_invited_account_without_a_password_matches_no_password_not_even_its_marker() {
        String stored = org.munacademy.identity.entity.Account.NO_PASSWORD;

        assertThat(hasher.verify(stored.toCharArray(), stored)).isFalse();
        assertThat(hasher.verify(new char[0], stored)).isFalse();
        assertThat(hasher.verify("demo12345".toCharArray(), stored)).isFalse();
    }

    @Test
    void a_wrong_password_does_not_verify() {
        String stored = hasher.hash("Correct-Horse-7".toCharArray());

        assertThat(hasher.verify("correct-horse-7".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify("".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify(null, stored)).isFalse();
    }

    @Test
    void two_hashes_of_the_same_password_differ_because_of_the_salt() {
        String first = hasher.hash("Correct-Horse-7".toCharArray());
        String second = hasher.hash("Correct-Horse-7".toCharArray());

        assertThat(first).isNotEqualTo(second);
        assertThat(first.split(":")[2]).isNotEqualTo(second.split(":")[2]);
        assertThat(hasher.verify("Correct-Horse-7".toCharArray(), first)).isTrue();
        assertThat(hasher.verify("Correct-Horse-7".toCharArray(), second)).isTrue();
    }

    @Test
    void the_stored_form_is_algorithm_iterations_salt_and_hash() {
        String stored = hasher.hash("Correct-Horse-7".toCharArray());

        String[] parts = stored.split(":");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256").isEqualTo(PasswordHasher.ALGORITHM);
        assertThat(parts[1]).isEqualTo("1000");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
    }

    @Test
    void a_hash_made_with_other_iterations_still_verifies_by_the_count_it_records() {
        String stored = new PasswordHasher(1500).hash("Correct-Horse-7".toCharArray());

        assertThat(hasher.verify("Correct-Horse-7".toCharArray(), stored)).isTrue();
    }

    @Test
    void a_tampered_hash_salt_or_iteration_count_does_not_verify() {
        String stored = hasher.hash("Correct-Horse-7".toCharArray());
        String[] p = stored.split(":");
        byte[] hash = Base64.getDecoder().decode(p[3]);
        hash[0] ^= 1;
        byte[] salt = Base64.getDecoder().decode(p[2]);
        salt[0] ^= 1;
        Base64.Encoder b64 = Base64.getEncoder();

        assertThat(hasher.verify("Correct-Horse-7".toCharArray(),
                p[0] + ":" + p[1] + ":" + p[2] + ":" + b64.encodeToString(hash))).isFalse();
        assertThat(hasher.verify("Correct-Horse-7".toCharArray(),
                p[0] + ":" + p[1] + ":" + b64.encodeToString(salt) + ":" + p[3])).isFalse();
        assertThat(hasher.verify("Correct-Horse-7".toCharArray(),
                p[0] + ":1001:" + p[2] + ":" + p[3])).isFalse();
        assertThat(hasher.verify("Correct-Horse-7".toCharArray(),
                "PBKDF2WithHmacSHA1:" + p[1] + ":" + p[2] + ":" + p[3])).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "garbage",
            "plain-text-password",
            "PBKDF2WithHmacSHA256",
            "PBKDF2WithHmacSHA256:1000:c2FsdA==",
            "PBKDF2WithHmacSHA256:1000:c2FsdA==:aGFzaA==:extra",
            "PBKDF2WithHmacSHA256:many:c2FsdA==:aGFzaA==",
            "PBKDF2WithHmacSHA256:1000:not base64!:aGFzaA==",
            "PBKDF2WithHmacSHA256:1000:c2FsdA==:not base64!",
            "PBKDF2WithHmacSHA256:0:c2FsdA==:aGFzaA==",
            "PBKDF2WithHmacSHA256:-5:c2FsdA==:aGFzaA==",
            "PBKDF2WithHmacSHA256:1000::aGFzaA==",
            "PBKDF2WithHmacSHA256:1000:c2FsdA==:",
            "{bcrypt}$2a$10$abcdefghijklmnopqrstuv"
    })
    void a_malformed_stored_string_is_refused_without_an_exception(String stored) {
        assertThatCode(() -> assertThat(hasher.verify("Correct-Horse-7".toCharArray(), stored)).isFalse())
                .doesNotThrowAnyException();
    }

    @Test
    void a_missing_stored_string_is_refused() {
        assertThat(hasher.verify("Correct-Horse-7".toCharArray(), null)).isFalse();
    }

    @Test
    void burning_time_for_an_unknown_user_accepts_any_password_even_none() {
        assertThatCode(() -> {
            hasher.burn("whatever".toCharArray());
            hasher.burn(new char[0]);
            hasher.burn(null);
        }).doesNotThrowAnyException();
    }

    @Test
    void an_iteration_count_below_one_is_refused() {
        assertThatThrownBy(() -> new PasswordHasher(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
