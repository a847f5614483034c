package org.munacademy.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this is a demo run. Demo accounts with known passwords exist only when {@code academy.demo-accounts=true}
 * ({@code ACADEMY_DEMO_ACCOUNTS=true}) says so explicitly: the embedded quick start ({@code mvn payara-micro:start})
 * and the integration tests set it; a server, a container image or a forgotten setting never gets them.
 */
@ApplicationScoped
public class DemoMode {

    @Inject
    @ConfigProperty(name = "academy.demo-accounts", defaultValue = "false")
    String setting;

    public boolean isDemo() {
        return decide(setting);
    }

    /** Only an explicit {@code true} (any case, surrounding spaces ignored) turns the demo accounts on. */
    static boolean decide(String setting) {
        return setting != null && "true".equalsIgnoreCase(setting.strip());
    }
}
