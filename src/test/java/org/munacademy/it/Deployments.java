package org.munacademy.it;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.munacademy.it.clock.MovableClock;
import org.munacademy.it.contest.ContestIntakeResource;
import org.munacademy.it.jobs.JobResource;

/**
 * The archive the integration tests deploy: the very WAR the build produced (production-mode Vaadin), plus a
 * movable clock ({@code it.clock}: the application's clock moved on by an offset that only an administrator of the
 * test server sets), so tests move time instead of sleeping; and {@code it.jobs}, which runs a background job's tick
 * on demand (an administrator of the test server), so tests measure a tick or run it for a later day; and
 * {@code it.contest}, which calls the reserve's contest intake as the contest's boundary would.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive builtWar() {
        File war = new File(System.getProperty("it.war", "target/municipal-academy.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addPackage(MovableClock.class.getPackage())
                .addPackage(JobResource.class.getPackage())
                .addPackage(ContestIntakeResource.class.getPackage());
    }

    /** Arquillian may report a non-loopback host: the tests always talk to 127.0.0.1. */
    public static URI base(URL deployed) {
        try {
            String path = deployed.getPath().endsWith("/") ? deployed.getPath() : deployed.getPath() + "/";
            return new URL("http", "127.0.0.1", deployed.getPort(), path).toURI();
        } catch (MalformedURLException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
