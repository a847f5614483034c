package org.munacademy.reserve.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.munacademy.reserve.entity.ReadinessThresholds;

/**
 * The readiness thresholds (MicroProfile Config, overridable by environment variables such as
 * {@code ACADEMY_RESERVE_READINESS_READY_NOW_FIT}); the defaults are {@link ReadinessThresholds#DEFAULT}: ready now at
 * fit ≥ 0.90 with no competency below minimum, within a year at ≥ 0.75 with at most one, in one to two years at
 * ≥ 0.50 with at most three, otherwise not ready.
 */
@ApplicationScoped
public class ReadinessSettings {

    @Inject
    @ConfigProperty(name = "academy.reserve.readiness.ready-now-fit", defaultValue = "0.90")
    double readyNowFit;

    @Inject
    @ConfigProperty(name = "academy.reserve.readiness.ready-now-below-min", defaultValue = "0")
    int readyNowBelow;

    @Inject
    @ConfigProperty(name = "academy.reserve.readiness.within-1-year-fit", defaultValue = "0.75")
    double withinYearFit;

    @Inject
    @ConfigProperty(name = "academy.reserve.readiness.within-1-year-below-min", defaultValue = "1")
    int withinYearBelow;

    @Inject
    @ConfigProperty(name = "academy.reserve.readiness.one-to-two-years-fit", defaultValue = "0.50")
    double oneToTwoFit;

    @Inject
    @ConfigProperty(name = "academy.reserve.readiness.one-to-two-years-below-min", defaultValue = "3")
    int oneToTwoBelow;

    public ReadinessThresholds thresholds() {
        return new ReadinessThresholds(readyNowFit, readyNowBelow, withinYearFit, withinYearBelow, oneToTwoFit,
                oneToTwoBelow);
    }
}
