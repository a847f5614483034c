package org.munacademy.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small REST client for the tests: HTTP Basic as a given user (or anonymous), JSON in and out. */
public final class Api {

    public static final String DEMO_PASSWORD = "demo12345";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String username;
    private final String password;
    private final String language;

    private Api(URI base, String username, String password) {
        this(base, username, password, null);
    }

    private Api(URI base, String username, String password, String language) {
        this.base = base;
        this.username = username;
        this.password = password;
        this.language = language;
    }

    /** The same client asking for answers in a language ({@code Accept-Language}, e.g. {@code ru}). */
    public Api accepting(String languages) {
        return new Api(base, username, password, languages);
    }

    public static Api anonymous(URI base) {
        return new Api(base, null, null);
    }

    public static Api as(URI base, String username) {
        return new Api(base, username, DEMO_PASSWORD);
    }

    public static Api as(URI base, String username, String password) {
        return new Api(base, username, password);
    }

    /** A response: status, content type and body. */
    public record Reply(int status, String contentType, String body) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 400 ? body.substring(0, 400) + "…" : body);
        }
    }

    /** Seeded persons by their content code (read as an administrator: the code is not shown to others). */
    public static java.util.Map<String, Long> personIdsByCode(URI base) {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        for (var v : as(base, "admin").get("api/v1/persons?limit=500").json().getJsonArray("items")) {
            JsonObject p = v.asJsonObject();
            if (p.containsKey("code") && !p.isNull("code")) {
                ids.put(p.getString("code"), p.getJsonNumber("id").longValue());
            }
        }
        return ids;
    }

    /** The id of a municipality found by its OKTMO code. */
    public static long municipalityId(URI base, String oktmo) {
        return as(base, "admin").get("api/v1/municipalities?q=" + oktmo).json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply post(String path, String json) {
        return send("POST", path, json);
    }

    public Reply put(String path, String json) {
        return send("PUT", path, json);
    }

    public Reply send(String method, String path, String json) {
        return send(method, path, json, "application/json");
    }

    /** Sends a raw body (a GIFT text, a zip) with the given content type. */
    public Reply sendBytes(String method, String path, byte[] body, String contentType) {
        return sendBytes(method, path, body, contentType, "application/json");
    }

    /** Like {@link #sendBytes(String, String, byte[], String)} with the given Accept header. */
    public Reply sendBytes(String method, String path, byte[] body, String contentType, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60)).header("Accept", accept)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (language != null) {
            b.header("Accept-Language", language);
        }
        if (username != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET accepting any content type (metrics answer in the OpenMetrics text format). */
    public Reply getAny(String path) {
        return send("GET", path, null, "*/*");
    }

    /** Like {@link #send(String, String, String)} with the given Accept header. */
    public Reply send(String method, String path, String json, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", accept);
        if (language != null) {
            b.header("Accept-Language", language);
        }
        if (username != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * SQL statements the server executes for a request: the least of five tries, less what reading the counter costs
     * by itself (also the least of five); a background job's statements only ever add, so the least is the request's.
     */
    public static long serverStatements(URI base, Runnable request) {
        Api admin = as(base, "admin");
        long counting = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long before = statementCounter(admin);
            counting = Math.min(counting, statementCounter(admin) - before);
        }
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long before = statementCounter(admin);
            request.run();
            least = Math.min(least, statementCounter(admin) - before);
        }
        return least - counting;
    }

    private static long statementCounter(Api admin) {
        return admin.get("api/v1/assessment/maintenance/sql-statements").json().getJsonNumber("statements")
                .longValue();
    }
}
