package org.munacademy.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this is a demo run. Demo accounts with known passwords exist only on an explicit setting: either
 * {@code academy.demo-accounts=true} ({@code ACADEMY_DEMO_ACCOUNTS=true}), or the embedded quick start
 * ({@code mvn package payara-micro:start}, whose plugin configuration passes {@code -Dacademy.quick-start=true}) on
 * the embedded H2 database. A server, a container image or a forgotten setting never gets them, and the quick start
 * pointed at MySQL gets none either; {@code academy.demo-accounts=false} turns them off everywhere.
 */
@ApplicationScoped
public class DemoMode {

    @Inject
    @ConfigProperty(name = "academy.demo-accounts")
    Optional<String> setting;

    @Inject
    @ConfigProperty(name = "academy.quick-start", defaultValue = "false")
    String quickStart;

    @Inject
    @ConfigProperty(name = "academy.db.url")
    String url;

    public boolean isDemo() {
        return decide(setting.orElse(null), quickStart, url);
    }

    /**
     * An explicit {@code true} or {@code false} (any case) decides; without one, only the quick start on the
     * embedded H2 database is a demo run.
     */
    static boolean decide(String setting, String quickStart, String url) {
        String s = setting == null ? "" : setting.strip();
        if (s.equalsIgnoreCase("true")) {
            return true;
        }
        if (s.equalsIgnoreCase("false")) {
            return false;
        }
        return quickStart != null && quickStart.strip().equalsIgnoreCase("true")
                && url != null && url.startsWith("jdbc:h2:");
    }
}
