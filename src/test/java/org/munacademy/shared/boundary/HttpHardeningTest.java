package org.munacademy.shared.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void binary_types_lose_the_containers_default_charset_and_text_types_keep_it() {
        assertThat(HttpHardening.isBinary("image/png")).isTrue();
        assertThat(HttpHardening.isBinary("application/pdf")).isTrue();
        assertThat(HttpHardening.isBinary("application/zip")).isTrue();
        assertThat(HttpHardening.isBinary("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .isTrue();
        assertThat(HttpHardening.isBinary("application/octet-stream")).isTrue();
        assertThat(HttpHardening.isBinary("text/csv")).isFalse();
        assertThat(HttpHardening.isBinary("application/json")).isFalse();
        assertThat(HttpHardening.isBinary("application/problem+json")).isFalse();
        assertThat(HttpHardening.isBinary("image/svg+xml")).isFalse();
        assertThat(HttpHardening.isBinary("application/octet-stream; charset=UTF-8")).as("named by the caller")
                .isFalse();
        assertThat(HttpHardening.isBinary(null)).isFalse();
    }

    @Test
    void setting_a_binary_content_type_first_clears_the_default_charset_of_the_response() {
        List<String> calls = new ArrayList<>();
        HttpServletResponse container = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    calls.add(method.getName() + (args == null ? "" : java.util.Arrays.toString(args)));
                    return method.getReturnType() == boolean.class ? false : null;
                });
        HttpHardening.Hardened response = new HttpHardening.Hardened(container, false, true);

        response.addHeader("Content-Type", "image/png");
        response.setContentType("application/zip");
        response.setHeader("Content-Type", "application/json");
        response.setContentType("text/csv");

        assertThat(calls).filteredOn(c -> !c.startsWith("isCommitted")).containsExactly(
                "setCharacterEncoding[null]", "addHeader[Content-Type, image/png]",
                "setCharacterEncoding[null]", "setContentType[application/zip]",
                "setHeader[Content-Type, application/json]",
                "setContentType[text/csv]");
    }
}
