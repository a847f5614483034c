package org.munacademy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Start-up of a node (issue 14, point 8): the time from starting the Payara Micro process until it serves, for a
 * bare Payara Micro with a trivial WAR (one {@code index.html}, assembled here) until {@code GET /} answers 200, and
 * for our WAR until {@code GET /health/ready} answers 200 — on a fresh embedded H2 database, on the same database
 * again (the content already loaded), and, given {@code bench.mariadb=true}, on a fresh and a second start on the
 * MariaDB database {@code academy_startup}. The cases run interleaved, {@code bench.runs} times, so a busy machine
 * weighs on all of them alike; it prints the medians and their ratios to the bare figure, and where the time of the
 * last start of each case went (from the server log's timestamps).
 * <p>
 * <b>Not</b> part of the suite; see the README's "Start-up benchmark" section. System properties: {@code bench.war}
 * (our WAR, {@code target/municipal-academy.war}), {@code bench.payara} (the Payara Micro jar; the local Maven
 * repository's 6.2025.10 by default), {@code bench.port} (18650), {@code bench.runs} (3), {@code bench.dir}
 * (scratch folder, {@code /tmp/startup-bench}), {@code bench.jvm} (JVM options for every server, bare and ours,
 * space-separated; {@code -Xmx1g} by default), {@code bench.timeout.minutes} (10), {@code bench.mariadb} (false),
 * {@code bench.mariadb.url} ({@code jdbc:mysql://127.0.0.1:3306/}), {@code bench.mariadb.user} (root),
 * {@code bench.mariadb.password} (needed: the application refuses a database other than H2 without a password).
 */
class StartupBenchmark {

    private static final Pattern TIME_MILLIS = Pattern.compile("\\[timeMillis: (\\d+)]");

    /** The log lines that mark the phases of a start, in the order they happen. */
    private static final Map<String, Pattern> MARKS = marks();

    private final Path war = Path.of(System.getProperty("bench.war", "target/municipal-academy.war"));
    private final Path payara = Path.of(System.getProperty("bench.payara", System.getProperty("user.home")
            + "/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar"));
    private final int port = Integer.getInteger("bench.port", 18650);
    private final int runs = Integer.getInteger("bench.runs", 3);
    private final Path dir = Path.of(System.getProperty("bench.dir", "/tmp/startup-bench"));
    private final List<String> jvm = Arrays.stream(System.getProperty("bench.jvm", "-Xmx1g").trim().split("\\s+"))
            .filter(s -> !s.isBlank()).toList();
    private final boolean mariadb = Boolean.getBoolean("bench.mariadb");
    private final String mariadbUrl = System.getProperty("bench.mariadb.url", "jdbc:mysql://127.0.0.1:3306/");
    private final String mariadbUser = System.getProperty("bench.mariadb.user", "root");
    private final String mariadbPassword = System.getProperty("bench.mariadb.password", "");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final int minutes = Integer.getInteger("bench.timeout.minutes", 10);

    private static Map<String, Pattern> marks() {
        Map<String, Pattern> m = new LinkedHashMap<>();
        m.put("Payara runtime built", Pattern.compile("Built Payara Micro Runtime"));
        m.put("HTTP listener bound", Pattern.compile("Grizzly .* started in"));
        m.put("Payara services up", Pattern.compile("startup time : Embedded"));
        m.put("Weld (CDI) starts", Pattern.compile("WELD-000900"));
        m.put("Flyway starts", Pattern.compile("org\\.flywaydb|Flyway"));
        m.put("schema migrated", Pattern.compile("migration\\(s\\) applied"));
        m.put("organisation content", Pattern.compile("Organisation content:|content unchanged"));
        m.put("start-up work done (banner)", Pattern.compile("Municipal Academy is ready"));
        m.put("Vaadin", Pattern.compile("com\\.vaadin"));
        m.put("deployed", Pattern.compile("was successfully deployed|Deployed \\d+ archive"));
        return m;
    }

    @Test
    void a_node_is_ready_within_one_and_a_half_times_a_bare_payara_micro() throws Exception {
        assertThat(war).as("bench.war").exists();
        assertThat(payara).as("bench.payara").exists();
        Files.createDirectories(dir);
        Path trivial = trivialWar(dir.resolve("trivial.war"));

        Map<String, List<Start>> cases = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            add(cases, "bare Payara Micro, trivial WAR (GET /)", start("bare-" + run, trivial, "", Map.of()));
            Path data = dir.resolve("data-h2");
            deleteTree(data);
            Map<String, String> h2 = Map.of("ACADEMY_DATA_DIR", data.toString());
            add(cases, "academy, H2, fresh database", start("h2-fresh-" + run, war, "health/ready", h2));
            add(cases, "academy, H2, second start (content loaded)", start("h2-again-" + run, war, "health/ready",
                    h2));
            if (mariadb) {
                recreateMariaDbDatabase();
                Map<String, String> my = Map.of("ACADEMY_DATA_DIR", dir.resolve("data-mariadb").toString(),
                        "ACADEMY_DB_URL", mariadbUrl + "academy_startup?useUnicode=true&characterEncoding=utf8",
                        "ACADEMY_DB_USER", mariadbUser, "ACADEMY_DB_PASSWORD", mariadbPassword,
                        "ACADEMY_DB_DATASOURCE", "com.mysql.cj.jdbc.MysqlDataSource");
                add(cases, "academy, MariaDB, fresh database", start("mariadb-fresh-" + run, war, "health/ready",
                        my));
                add(cases, "academy, MariaDB, second start (content loaded)", start("mariadb-again-" + run, war,
                        "health/ready", my));
            }
        }

        double bare = median(cases.values().iterator().next());
        System.out.println();
        System.out.printf(Locale.ROOT, "Start-up benchmark, %s, %d run(s) per case, JVM options %s, %d cores, "
                + "load average before: %s%n", LocalDate.now(), runs, jvm, Runtime.getRuntime().availableProcessors(),
                loadAverage());
        System.out.printf("%-52s %10s %10s %12s %s%n", "case", "median s", "× bare", "content ms", "each run s");
        cases.forEach((name, starts) -> System.out.printf(Locale.ROOT, "%-52s %10.1f %10.2f %12s %s%n", name,
                median(starts), median(starts) / bare, starts.get(starts.size() - 1).contentMillis(),
                starts.stream().map(s -> String.format(Locale.ROOT, "%.1f", s.seconds())).toList()));
        cases.forEach((name, starts) -> {
            if (starts != cases.values().iterator().next()) {
                ExamDayFigures.record("start-up: " + name, String.format(Locale.ROOT, "%.1f s, %.2f × bare (%.1f s)",
                        median(starts), median(starts) / bare, bare), "≤ 1.5 × bare", median(starts) / bare <= 1.5);
            }
        });
        System.out.println();
        System.out.println("Where the time of the last start of each case went (seconds since the process started):");
        cases.forEach((name, starts) -> {
            Start last = starts.get(starts.size() - 1);
            System.out.println("  " + name + " (" + last.log().getFileName() + ")");
            last.marks().forEach((mark, at) -> System.out.printf(Locale.ROOT, "    %6.1f  %s%n", at, mark));
            System.out.printf(Locale.ROOT, "    %6.1f  ready (first 200)%n", last.seconds());
        });
        cases.values().forEach(starts -> assertThat(starts).allMatch(s -> s.seconds() > 0));
    }

    /** One start: its time to the first 200, the log, and the phases found in the log. */
    record Start(double seconds, Path log, Map<String, Double> marks, String contentMillis) {
    }

    private Start start(String name, Path deploy, String readyPath, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + "/bin/java");
        command.addAll(jvm);
        command.addAll(List.of("-jar", payara.toString(), "--deploy", deploy.toString(), "--contextroot", "/",
                "--port", String.valueOf(port), "--nocluster"));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> k.startsWith("ACADEMY_"));
        pb.environment().put("ACADEMY_DEMO_ACCOUNTS", "true");
        pb.environment().putAll(env);
        Path log = dir.resolve(name + ".log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        long startedMillis = System.currentTimeMillis();
        long started = System.nanoTime();
        Process process = pb.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + port + "/" + readyPath);
            long until = started + Duration.ofMinutes(minutes).toNanos();
            int last = -1;
            while (System.nanoTime() < until) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The server died, see " + log);
                }
                last = status(url);
                if (last == 200) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    stop(process);
                    // read once the server has stopped: its log is written asynchronously
                    String text = Files.readString(log, StandardCharsets.ISO_8859_1);
                    return new Start(seconds, log, marks(text, startedMillis), contentMillis(text));
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("Not ready within " + minutes + " minutes (last answer " + last + "), see "
                    + log);
        } finally {
            stop(process);
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private int status(URI url) {
        try {
            return http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** For each mark, the seconds from the process start to the first log line that matches it. */
    static Map<String, Double> marks(String log, long startedMillis) {
        Map<String, Double> found = new LinkedHashMap<>();
        for (String line : log.split("\n")) {
            Matcher t = TIME_MILLIS.matcher(line);
            if (!t.find()) {
                continue;
            }
            double at = (Long.parseLong(t.group(1)) - startedMillis) / 1000.0;
            MARKS.forEach((name, p) -> {
                if (!found.containsKey(name) && p.matcher(line).find()) {
                    found.put(name, at);
                }
            });
        }
        Map<String, Double> sorted = new LinkedHashMap<>();
        found.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The start-up work's own account of Flyway and the content (Bootstrap's log line), when it gives one. */
    static String contentMillis(String log) {
        Matcher m = Pattern.compile("content (?:loaded|unchanged)[^\\d]*(\\d+) ms").matcher(log);
        if (m.find()) {
            return m.group(1);
        }
        Matcher banner = Pattern.compile("start-up work took (\\d+) ms").matcher(log);
        return banner.find() ? "≤" + banner.group(1) : "?";
    }

    private static void add(Map<String, List<Start>> cases, String name, Start start) {
        cases.computeIfAbsent(name, k -> new ArrayList<>()).add(start);
        System.out.printf(Locale.ROOT, "%s: %.1f s%n", name, start.seconds());
    }

    private static double median(List<Start> starts) {
        double[] s = starts.stream().mapToDouble(Start::seconds).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    /** A WAR with nothing but a static {@code index.html}: what a bare Payara Micro serves fastest. */
    static Path trivialWar(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write("<!DOCTYPE html><html><body>ok</body></html>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    private void recreateMariaDbDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(mariadbUrl, mariadbUser, mariadbPassword);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS academy_startup");
            s.execute("CREATE DATABASE academy_startup CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
