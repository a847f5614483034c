package org.munacademy.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of a test's own, in a folder of its own, on loopback: for tests that stop, kill and restart the
 * database server, which the shared one on 127.0.0.1:3306 must never be. Needs the server binaries installed
 * ({@code mariadb-install-db} or {@code mysql_install_db}, and {@code mariadbd} or {@code mysqld}); root connects over
 * TCP without a password. The server's log goes to {@code <dir>/mariadb.log}.
 */
final class PrivateMariaDb implements AutoCloseable {

    private final Path dir;
    private final int port;
    private Process process;

    private PrivateMariaDb(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Creates the data folder (system tables) in {@code dir}; the server is not started. */
    static PrivateMariaDb install(Path dir, int port) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        List<String> command = new ArrayList<>(List.of(binary("mariadb-install-db", "mysql_install_db"),
                "--no-defaults", "--datadir=" + dir.resolve("data"), "--auth-root-authentication-method=normal",
                "--skip-test-db"));
        if (asRoot()) {
            command.add("--user=root");
        }
        Path log = dir.resolve("install.log");
        Process install = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!install.waitFor(120, TimeUnit.SECONDS) || install.exitValue() != 0) {
            install.destroyForcibly();
            throw new IllegalStateException("Installing a private MariaDB failed: " + Files.readString(log));
        }
        return new PrivateMariaDb(dir, port);
    }

    /** Starts the server and waits until root can connect (at most a minute); returns the milliseconds it took. */
    long start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("The private MariaDB is running already");
        }
        long started = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(binary("/usr/sbin/mariadbd", "/usr/sbin/mysqld", "mariadbd",
                "mysqld"), "--no-defaults", "--datadir=" + dir.resolve("data"), "--port=" + port,
                "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mariadb.sock"),
                "--pid-file=" + dir.resolve("mariadb.pid"), "--skip-log-bin", "--innodb-buffer-pool-size=64M",
                "--max-connections=200", "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci"));
        if (asRoot()) {
            command.add("--user=root");
        }
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("mariadb.log").toFile())).start();
        long until = started + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The private MariaDB died on start: " + log());
            }
            try (Connection c = root("")) {
                return (System.nanoTime() - started) / 1_000_000;
            } catch (SQLException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("The private MariaDB did not start within a minute: " + log());
    }

    /** A clean shutdown (SIGTERM: the server closes its connections and flushes); returns when it has exited. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** SIGKILL: no shutdown at all, the server recovers from its redo log on the next start. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    boolean running() {
        return process != null && process.isAlive();
    }

    String host() {
        return "127.0.0.1:" + port;
    }

    /** The JDBC URL the application is given (as {@link MariaDb#url(String)} for the shared server). */
    String url(String database) {
        return "jdbc:mysql://" + host() + "/" + database + "?useUnicode=true&characterEncoding=utf8";
    }

    Connection root(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + host() + "/" + database, "root", "");
    }

    /** Creates the database (utf8mb4) and a user with all rights on it (as {@link MariaDb#recreate}). */
    void createDatabase(String database, String user, String password) throws SQLException {
        try (Connection c = root(""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : new String[] {"%", "localhost", "127.0.0.1"}) {
                s.execute("CREATE USER '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                s.execute("GRANT ALL PRIVILEGES ON " + database + ".* TO '" + user + "'@'" + host + "'");
            }
        }
    }

    String log() {
        try {
            return Files.readString(dir.resolve("mariadb.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (running()) {
            kill();
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The first of the names that is an executable file (absolute) or on the PATH. */
    private static String binary(String... names) {
        for (String name : names) {
            if (name.startsWith("/")) {
                if (Files.isExecutable(Path.of(name))) {
                    return name;
                }
                continue;
            }
            for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
                if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, name))) {
                    return Path.of(folder, name).toString();
                }
            }
        }
        throw new IllegalStateException("A private MariaDB needs the server installed (none of " + List.of(names)
                + " found); on Debian: apt-get install mariadb-server");
    }
}
