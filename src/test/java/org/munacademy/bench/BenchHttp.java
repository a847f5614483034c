package org.munacademy.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * One user of the benchmark: its own {@link HttpClient} (so its own connections, like a separate browser) and its
 * HTTP Basic credentials. Every exchange is timed with {@link System#nanoTime()} from sending the request until
 * the whole body has been read.
 */
final class BenchHttp {

    /** A response: status, body and how long the exchange took. */
    record Reply(int status, String body, long nanos) {

        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonStructure parse() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        /** The problem code of an error response ({@code application/problem+json}), or "" when there is none. */
        String code() {
            try {
                return json().getString("code", "");
            } catch (RuntimeException e) {
                return "";
            }
        }

        @Override
        public String toString() {
            String code = code();
            String text = body.length() > 300 ? body.substring(0, 300) + "…" : body;
            return status + (code.isEmpty() ? "" : " " + code) + " " + text;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    final String username;
    private final URI api;
    private final String authorization;
    private final HttpClient client;

    /**
     * @param api      the API root, ending in a slash ({@code http://host:port/api/v1/})
     * @param username the user name
     * @param password the password
     */
    BenchHttp(URI api, String username, String password) {
        this(api, username, password, newClient());
    }

    /**
     * A user sharing {@code client} (its connection pool and selector thread) with others: thousands of users,
     * each with its own client, would each hold a selector thread on the machine being measured.
     */
    BenchHttp(URI api, String username, String password, HttpClient client) {
        this.api = api;
        this.username = username;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.client = client;
    }

    /** An HTTP/1.1 client of its own (own connections, like a separate browser). */
    static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    /** A GET without credentials (the bare baseline {@code ping}): no authentication at all on the server. */
    Reply getAnonymous(String path) {
        HttpRequest request = HttpRequest.newBuilder(api.resolve(path)).timeout(TIMEOUT)
                .header("Accept", "application/json").GET().build();
        try {
            long started = System.nanoTime();
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body(), System.nanoTime() - started);
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " anonymously: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    Reply post(String path, String json) {
        return send("POST", path, json);
    }

    /**
     * Sends one request.
     *
     * @throws UncheckedIOException when no response came (connection refused or reset, timeout)
     */
    Reply send(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(api.resolve(path)).timeout(TIMEOUT)
                .header("Accept", "application/json").header("Authorization", authorization);
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        HttpRequest request = b.build();
        try {
            long started = System.nanoTime();
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long nanos = System.nanoTime() - started;
            return new Reply(r.statusCode(), r.body(), nanos);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " as " + username + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
