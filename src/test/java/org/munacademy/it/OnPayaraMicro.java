package org.munacademy.it;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class run as a client against the built WAR on Payara Micro (one server per class, on a fresh in-memory
 * H2 database with the seeded content); {@link #base} is the application's address on 127.0.0.1.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class OnPayaraMicro {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL deployed;

    URI base;

    @BeforeEach
    void base() {
        base = Deployments.base(deployed);
    }
}
