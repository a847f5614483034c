package org.munacademy.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * One user of the benchmark: its own HTTP client (so its own connections, like a separate browser) and its HTTP
 * Basic credentials. Every exchange is timed with {@link System#nanoTime()} from sending the request until the
 * whole body has been read.
 *
 * <p>The client is Apache HttpClient's blocking one, not the JDK's {@code java.net.http.HttpClient}: the load
 * generator shares this machine's two cores with the server it measures, and the JDK client's asynchronous
 * machinery (a selector thread per client, futures per exchange) spent so much of them that the bare ping topped
 * out at 576–936 calls/s where {@code wrk} got 9,700/s from the same server. No request is retried by the client:
 * a save that got no answer is the benchmark's to account for.
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

    private static final Timeout CONNECT_TIMEOUT = Timeout.ofSeconds(10);
    private static final Timeout RESPONSE_TIMEOUT = Timeout.ofSeconds(60);

    final String username;
    private final URI api;
    private final String authorization;
    private final CloseableHttpClient client;

    /**
     * @param api      the API root, ending in a slash ({@code http://host:port/api/v1/})
     * @param username the user name
     * @param password the password
     */
    BenchHttp(URI api, String username, String password) {
        this(api, username, password, newClient(2));
    }

    /**
     * A user sharing {@code client} (its connection pool) with others: thousands of users each with a pool of their
     * own would each keep idle connections open on the server being measured.
     */
    BenchHttp(URI api, String username, String password, CloseableHttpClient client) {
        this.api = api;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.username = username;
        this.client = client;
    }

    /**
     * An HTTP/1.1 client keeping up to {@code connections} connections alive, without retries, cookies or
     * redirects.
     */
    static CloseableHttpClient newClient(int connections) {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(connections).setMaxConnPerRoute(connections)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(CONNECT_TIMEOUT)
                                .setSocketTimeout(RESPONSE_TIMEOUT).build())
                        .build())
                .disableAutomaticRetries().disableCookieManagement().disableRedirectHandling()
                .disableContentCompression().build();
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    /** A GET without credentials (the bare baseline {@code ping}): no authentication at all on the server. */
    Reply getAnonymous(String path) {
        return exchange(ClassicRequestBuilder.get(api.resolve(path)).addHeader("Accept", "application/json"),
                "GET " + path + " anonymously");
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
        ClassicRequestBuilder b = ClassicRequestBuilder.create(method).setUri(api.resolve(path))
                .addHeader("Accept", "application/json").addHeader("Authorization", authorization);
        if (json != null) {
            b.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        }
        return exchange(b, method + " " + path + " as " + username);
    }

    private Reply exchange(ClassicRequestBuilder request, String what) {
        try {
            long started = System.nanoTime();
            return client.execute(request.build(), response -> {
                String text = response.getEntity() == null ? ""
                        : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                return new Reply(response.getCode(), text, System.nanoTime() - started);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(what + ": " + e, e);
        }
    }
}
