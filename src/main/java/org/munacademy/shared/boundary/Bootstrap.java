package org.munacademy.shared.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

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
        DatabaseReady event = new DatabaseReady(demoMode.isDemo());
        ready.fire(event);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> banner(millis, event));
    }

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
