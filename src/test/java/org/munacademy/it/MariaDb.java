package org.munacademy.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The MariaDB/MySQL server the persistence tests use (127.0.0.1:3306, root without password unless the
 * {@code it.mysql.*} properties say otherwise). Every test class starts from a freshly created, empty database.
 */
public final class MariaDb {

    /** The database and user the application under test is configured with (see the pom's it-mariadb run). */
    public static final String APP_DATABASE = "academy_it";
    public static final String APP_USER = "academy_it";
    public static final String APP_PASSWORD = "academy_it_pw";

    private MariaDb() {
    }

    public static String host() {
        return System.getProperty("it.mysql.host", "127.0.0.1:3306");
    }

    public static String url(String database) {
        return "jdbc:mysql://" + host() + "/" + database + "?useUnicode=true&characterEncoding=utf8";
    }

    public static Connection root(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + host() + "/" + database,
                System.getProperty("it.mysql.user", "root"), System.getProperty("it.mysql.password", ""));
    }

    /** The first column of the first row of a query (a count) run as root on the database. */
    public static long count(String database, String sql) throws SQLException {
        try (Connection c = root(database); java.sql.PreparedStatement s = c.prepareStatement(sql);
                java.sql.ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Drops and creates the database (utf8mb4) and grants the user all rights on it. */
    public static void recreate(String database, String user, String password) {
        try (Connection c = root(""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : new String[] {"%", "localhost", "127.0.0.1"}) {
                s.execute("CREATE USER IF NOT EXISTS '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                s.execute("ALTER USER '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                s.execute("GRANT ALL PRIVILEGES ON " + database + ".* TO '" + user + "'@'" + host + "'");
            }
            s.execute("FLUSH PRIVILEGES");
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB/MySQL at " + host() + " is needed for this test (root access to "
                    + "create a database): " + e.getMessage(), e);
        }
    }

    /**
     * A fresh database migrated by the application's Flyway scripts, and the application's persistence unit on
     * it (resource-local; {@code wrap} may decorate the data source, e.g. to count statements).
     */
    public static jakarta.persistence.EntityManagerFactory migratedPersistenceUnit(String database, String user,
            String password, java.util.function.UnaryOperator<javax.sql.DataSource> wrap) {
        recreate(database, user, password);
        com.mysql.cj.jdbc.MysqlDataSource ds = new com.mysql.cj.jdbc.MysqlDataSource();
        ds.setUrl(url(database));
        ds.setUser(user);
        ds.setPassword(password);
        org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        java.util.Map<String, Object> props = new java.util.HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.nonJtaDataSource", wrap.apply(ds));
        props.put("eclipselink.target-database", "MySQL");
        props.put("eclipselink.logging.level", "WARNING");
        return jakarta.persistence.Persistence.createEntityManagerFactory("academy", props);
    }

    /** Extension for Arquillian tests: registered before the Arquillian extension, it runs before the server starts. */
    public static class FreshAppDatabase implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            recreate(APP_DATABASE, APP_USER, APP_PASSWORD);
        }
    }
}
