package org.munacademy.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this is the embedded demo run. Demo accounts with known passwords exist only there: by default only
 * on the embedded H2 database, never on MySQL unless {@code academy.demo-accounts=true} says so explicitly.
 */
@ApplicationScoped
public class DemoMode {

    @Inject
    @ConfigProperty(name = "academy.demo-accounts", defaultValue = "auto")
    String setting;

    @Inject
    @ConfigProperty(name = "academy.db.url")
    String url;

    public boolean isDemo() {
        return decide(setting, url);
    }

    static boolean decide(String setting, String url) {
        if ("true".equalsIgnoreCase(setting)) {
            return true;
        }
        if ("false".equalsIgnoreCase(setting)) {
            return false;
        }
        return url != null && url.startsWith("jdbc:h2:");
    }
}
