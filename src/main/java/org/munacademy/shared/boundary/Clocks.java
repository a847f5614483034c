package org.munacademy.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The application's one clock, system UTC. Boundaries, jobs and views inject {@link Clock} and read "now" from it;
 * controls and entities take "now" as a parameter; nothing else reads the system time ({@code ArchitectureTest}).
 * Tests replace the clock (a fixed or movable one) to move time instead of sleeping.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
