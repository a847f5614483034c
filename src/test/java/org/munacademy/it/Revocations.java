package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;

/**
 * Revocation of an API caller who is already known in memory (ADR 0015): an administrator on one node withdraws a
 * grant, changes the password, then disables the account; each must be refused on the watched node within the
 * stated bound (at the very next call when it is the node that changed it). The caller is an HR officer of Tver
 * oblast: {@code GET persons} needs the HR grant, {@code GET regions} any signed-in caller.
 */
final class Revocations {

    private Revocations() {
    }

    /**
     * Runs the three revocations and returns the longest time a revocation took to apply on {@code watched}.
     *
     * @param changing the node the administrator changes the account on
     * @param watched  the node the caller keeps calling
     * @param bound    the stated bound; every revocation must apply within it (plus {@code slack} for the calls)
     */
    static Duration revokeAndWatch(URI changing, URI watched, String username, Duration bound, Duration slack) {
        Api admin = Api.as(changing, "admin");
        Api.Reply created = admin.post("api/v1/accounts", Json.createObjectBuilder().add("username", username)
                .add("password", "first-pass-42")
                .add("grants", Json.createArrayBuilder()
                        .add(grant("HR_OFFICER", "REGION", "regionCode", "69"))
                        .add(grant("EMPLOYEE", "NATIONAL", null, null)))
                .build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        Api caller = Api.as(watched, username, "first-pass-42");
        for (int i = 0; i < 3; i++) { // known in memory on the watched node from here on
            assertThat(caller.get("api/v1/persons?limit=1").status()).isEqualTo(200);
        }
        Duration longest = Duration.ZERO;

        // 1. the HR grant is withdrawn: the list of people is refused, the caller still signs in
        update(admin, id, username, null, true, Json.createObjectBuilder().add("grants", Json.createArrayBuilder()
                .add(grant("EMPLOYEE", "NATIONAL", null, null))).build());
        longest = max(longest, until(() -> caller.get("api/v1/persons?limit=1").status() == 403, bound, slack,
                "withdrawn HR grant"));
        assertThat(caller.get("api/v1/regions").status()).isEqualTo(200);

        // 2. the password is changed: the old one is refused, the new one signs in
        update(admin, id, username, "second-pass-42", true, Json.createObjectBuilder().add("grants",
                Json.createArrayBuilder().add(grant("EMPLOYEE", "NATIONAL", null, null))).build());
        longest = max(longest, until(() -> caller.get("api/v1/regions").status() == 401, bound, slack,
                "old password"));
        Api renewed = Api.as(watched, username, "second-pass-42");
        assertThat(renewed.get("api/v1/regions").status()).isEqualTo(200);

        // 3. the account is disabled: the current password is refused too
        update(admin, id, username, null, false, Json.createObjectBuilder().add("grants",
                Json.createArrayBuilder().add(grant("EMPLOYEE", "NATIONAL", null, null))).build());
        longest = max(longest, until(() -> renewed.get("api/v1/regions").status() == 401, bound, slack,
                "disabled account"));
        return longest;
    }

    private static JsonObject grant(String role, String scope, String key, String value) {
        var b = Json.createObjectBuilder().add("role", role).add("scopeType", scope);
        if (key != null) {
            b.add(key, value);
        }
        return b.build();
    }

    private static void update(Api admin, long id, String username, String password, boolean enabled,
            JsonObject grants) {
        long version = admin.get("api/v1/accounts/" + id).json().getJsonNumber("version").longValue();
        var body = Json.createObjectBuilder().add("username", username).add("enabled", enabled)
                .add("grants", grants.getJsonArray("grants")).add("version", version);
        if (password != null) {
            body.add("password", password);
        }
        Api.Reply r = admin.put("api/v1/accounts/" + id, body.build().toString());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    /** Calls until the refusal is seen; fails when it is not seen within bound + slack. Returns how long it took. */
    private static Duration until(java.util.function.BooleanSupplier refused, Duration bound, Duration slack,
            String what) {
        long start = System.nanoTime();
        long deadline = start + bound.plus(slack).toNanos();
        while (!refused.getAsBoolean()) {
            assertThat(System.nanoTime()).as("%s still accepted after %s", what, bound.plus(slack))
                    .isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
