package org.munacademy.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The built WAR on Payara Micro as a separate operating-system process, as an operator runs it: for tests that
 * kill a server or run two of them on one database. The log goes to {@code <dir>/<name>.log}.
 */
final class ServerProcess implements AutoCloseable {

    final Process process;
    final URI base;
    final Path log;

    private ServerProcess(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** The sum of the numbers a log reports in the first group of a pattern (e.g. "Closed (\\d+) overdue attempt"). */
    static int total(String log, String pattern) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(log);
        int total = 0;
        while (m.find()) {
            total += Integer.parseInt(m.group(1));
        }
        return total;
    }

    /**
     * Starts a server on the port with the given ACADEMY_* environment (none is inherited from the build). The demo
     * accounts the tests sign in with are on ({@code ACADEMY_DEMO_ACCOUNTS=true}) unless the environment says
     * otherwise: the application itself creates them only when told to.
     */
    static ServerProcess start(Path dir, String name, int port, Map<String, String> env) throws IOException {
        File payara = new File(fish.payara.micro.PayaraMicro.class.getProtectionDomain().getCodeSource()
                .getLocation().getPath());
        String war = System.getProperty("it.war", "target/municipal-academy.war");
        ProcessBuilder pb = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-Xmx1g", "-jar",
                payara.getAbsolutePath(), "--deploy", war, "--contextroot", "/", "--port", String.valueOf(port),
                "--nocluster", "--rootdir", dir.resolve("payara-" + name).toString());
        pb.environment().keySet().removeIf(k -> k.startsWith("ACADEMY_")); // nothing from the build's own runs
        pb.environment().put("ACADEMY_DEMO_ACCOUNTS", "true");
        pb.environment().putAll(env);
        Path log = dir.resolve(name + ".log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return new ServerProcess(pb.start(), URI.create("http://127.0.0.1:" + port + "/"), log);
    }

    /** Waits until the readiness check answers 200 (at most {@code it.server.ready.minutes}, three by default). */
    ServerProcess awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + Duration.ofMinutes(Integer.getInteger("it.server.ready.minutes", 3)).toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server died: " + Files.readString(log));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The server did not become ready: " + Files.readString(log));
    }

    /** SIGKILL: no shutdown hooks, no orderly close of the database. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
