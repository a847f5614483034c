package org.munacademy.shared.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpHardeningTest {

    @Test
    void the_session_cookie_gets_secure_over_https_and_same_site_when_missing() {
        assertThat(HttpHardening.harden("JSESSIONID=abc; Path=/; HttpOnly", true))
                .isEqualTo("JSESSIONID=abc; Path=/; HttpOnly; Secure; SameSite=Lax");
        assertThat(HttpHardening.harden("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax", false))
                .isEqualTo("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax");
        assertThat(HttpHardening.harden("JSESSIONID=abc; Secure; SameSite=Strict", true))
                .isEqualTo("JSESSIONID=abc; Secure; SameSite=Strict");
    }

    @Test
    void only_bundles_theme_and_icons_count_as_static_and_may_be_cached() {
        assertThat(RequestPaths.isStatic("/VAADIN/build/indexhtml-abc.js")).isTrue();
        assertThat(RequestPaths.isStatic("/themes/academy/styles.css")).isTrue();
        assertThat(RequestPaths.isStatic("/")).isFalse();
        assertThat(RequestPaths.isStatic("/VAADIN/dynamic/resource/1/abc/results.xlsx")).isFalse();
        assertThat(RequestPaths.isStatic("/api/v1/me")).isFalse();
    }

    @Test
    void a_declared_length_is_read_and_a_malformed_one_counts_as_too_large() {
        assertThat(BodyLimit.declaredLength(null)).isEqualTo(-1);
        assertThat(BodyLimit.declaredLength("31457280")).isEqualTo(31457280L);
        assertThat(BodyLimit.declaredLength("lots")).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void a_request_another_site_started_gets_no_basic_challenge_so_no_password_prompt() {
        assertThat(AuthenticatedOnly.fromAnotherSite("cross-site")).isTrue();
        assertThat(AuthenticatedOnly.fromAnotherSite("same-site")).isTrue();
        assertThat(AuthenticatedOnly.fromAnotherSite("same-origin")).isFalse();
        assertThat(AuthenticatedOnly.fromAnotherSite("none")).isFalse();
        assertThat(AuthenticatedOnly.fromAnotherSite(null)).as("API clients send no such header").isFalse();
    }
}
