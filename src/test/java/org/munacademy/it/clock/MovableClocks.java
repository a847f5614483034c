package org.munacademy.it.clock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;

/** In the integration tests' deployment, the application's clock is the movable one (replacing {@code Clocks}). */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class MovableClocks {

    @Produces
    Clock clock() {
        return MovableClock.INSTANCE;
    }
}
