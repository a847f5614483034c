package org.munacademy.shared.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.munacademy.shared.control.ContentCalendar;
import org.munacademy.shared.control.ContentFingerprint;

/**
 * Start-up: migrates the schema with Flyway, then lets every context load its seed content, then prints where
 * to open the application. The data source is defined here from MicroProfile Config, so one WAR runs on the
 * embedded H2 file database or on MySQL/MariaDB by environment variables alone.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/academy",
        className = "${MPCONFIG=academy.db.datasource}",
        url = "${MPCONFIG=academy.db.url}",
        user = "${MPCONFIG=academy.db.user}",
        password = "${MPCONFIG=academy.db.password}",
        minPoolSize = 2,
        maxPoolSize = 20,
        initialPoolSize = 2,
        maxIdleTime = 300,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Resource(lookup = "java:app/jdbc/academy")
    DataSource dataSource;

    @Inject
    Event<DatabaseReady> ready;

    @Inject
    @ConfigProperty(name = "academy.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "academy.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    DemoMode demoMode;

    @Inject
    Clock clock;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        long started = System.nanoTime();
        Config config = ConfigProvider.getConfig();
        ConfigValue password = config.getConfigValue("academy.db.password");
        Optional<String> unsafe = unsafeDatabasePassword(url, password.getValue() != null
                && password.getSourceOrdinal() > BUILT_IN_DEFAULTS_ORDINAL);
        if (unsafe.isPresent()) {
            LOG.severe(unsafe.get());
            throw new IllegalStateException(unsafe.get());
        }
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database " + redact(url) + ": " + result.migrationsExecuted
                + " migration(s) applied, schema at " + result.targetSchemaVersion);
        long migrated = System.nanoTime();
        Optional<String> fingerprint = ContentFingerprint.of(Bootstrap.class.getClassLoader(),
                ContentCalendar.shiftDays(LocalDate.now(clock)), contentSettings(config, demoMode.isDemo()));
        boolean reload = config.getOptionalValue("academy.content.reload", Boolean.class).orElse(false);
        boolean unchanged = !reload && fingerprint.isPresent() && fingerprint.equals(storedFingerprint());
        DatabaseReady event = new DatabaseReady(demoMode.isDemo(), !unchanged);
        ready.fire(event);
        if (!unchanged && fingerprint.isPresent()) {
            storeFingerprint(fingerprint.get());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        long contentMillis = (System.nanoTime() - migrated) / 1_000_000;
        LOG.info(() -> "Start-up: schema checked in " + (millis - contentMillis) + " ms; content "
                + (unchanged ? "unchanged since its last load, not loaded again, in " : "loaded in ") + contentMillis
                + " ms");
        LOG.info(() -> banner(millis, event));
    }

    /** The fingerprint of the last complete load of the content, if any. */
    private Optional<String> storedFingerprint() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT sha256 FROM content_fingerprint WHERE name = ?")) {
            s.setString(1, CONTENT);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the content's fingerprint", e);
        }
    }

    /** Records a complete load; a loader that failed has stopped the start before this. */
    private void storeFingerprint(String sha256) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement d = c.prepareStatement("DELETE FROM content_fingerprint WHERE name = ?");
                    PreparedStatement i = c.prepareStatement(
                            "INSERT INTO content_fingerprint (name, sha256, loaded_at) VALUES (?, ?, ?)")) {
                d.setString(1, CONTENT);
                d.executeUpdate();
                i.setString(1, CONTENT);
                i.setString(2, sha256);
                i.setTimestamp(3, Timestamp.from(clock.instant()));
                i.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            // not fatal: the next start loads the content again, as it did before fingerprints
            LOG.log(Level.WARNING, "Cannot store the content's fingerprint", e);
        }
    }

    /**
     * The settings that can change what the loaders do: every {@code academy.*} one (by its dotted lower-case name)
     * except those about where things are and how this node talks to the world, which differ between nodes of one
     * database without changing the content; secrets are left out by {@link ContentFingerprint}.
     */
    static Map<String, String> contentSettings(Config config, boolean demo) {
        Map<String, String> settings = new TreeMap<>();
        settings.put("demo", String.valueOf(demo));
        for (String name : config.getPropertyNames()) {
            String n = name.toLowerCase(Locale.ROOT).replace('_', '.').replace('-', '.');
            if (n.startsWith("academy.") && NODE_SETTINGS.stream().noneMatch(n::startsWith)) {
                config.getOptionalValue(name, String.class).ifPresent(v -> settings.put(n, v));
            }
        }
        return settings;
    }

    private static final String CONTENT = "content";

    /** Prefixes after {@code academy.} (written apart so that no fragment reads as a setting of its own). */
    private static final List<String> NODE_SETTINGS = Stream.of("db.", "data.", "files.", "public.url", "node",
            "content.reload", "smtp", "mail", "notify", "login.", "security.", "api.", "quick.start", "demo.accounts")
            .map(prefix -> "academy." + prefix).toList();

    private String banner(long millis, DatabaseReady event) {
        StringBuilder b = new StringBuilder("\n")
                .append("==============================================================\n")
                .append(" Municipal Academy is ready (start-up work took ").append(millis).append(" ms)\n")
                .append(" Open ").append(publicUrl).append(" in your browser\n");
        event.bannerLines().forEach(line -> b.append(' ').append(line).append('\n'));
        return b.append("==============================================================").toString();
    }

    /** The ordinal of {@code META-INF/microprofile-config.properties}, where the built-in defaults live. */
    static final int BUILT_IN_DEFAULTS_ORDINAL = 100;

    /**
     * Why the configured database password may not be used, if it may not: the built-in password suits the
     * embedded H2 database only; any other database needs {@code ACADEMY_DB_PASSWORD} set explicitly.
     */
    static Optional<String> unsafeDatabasePassword(String jdbcUrl, boolean passwordGivenExplicitly) {
        if (passwordGivenExplicitly || jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        return Optional.of("Refusing to start: the database " + redact(jdbcUrl) + " is not the embedded H2 database, "
                + "and no database password was given. Set ACADEMY_DB_PASSWORD (academy.db.password); the built-in "
                + "password applies to the embedded H2 database only.");
    }

    static String redact(String jdbcUrl) {
        return jdbcUrl == null ? "" : jdbcUrl.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }
}
