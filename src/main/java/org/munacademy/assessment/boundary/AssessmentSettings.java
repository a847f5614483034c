package org.munacademy.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Configurable rules of the assessment context (MicroProfile Config, overridable by environment variables such as
 * {@code ACADEMY_ASSESSMENT_GRACE_SECONDS}).
 */
@ApplicationScoped
public class AssessmentSettings {

    @Inject
    @ConfigProperty(name = "academy.assessment.grace-seconds", defaultValue = "20")
    int graceSeconds;

    @Inject
    @ConfigProperty(name = "academy.assessment.overdue-check-seconds", defaultValue = "30")
    int overdueCheckSeconds;

    @Inject
    @ConfigProperty(name = "academy.assessment.evidence-valid-months", defaultValue = "36")
    int evidenceValidMonths;

    // fastauth
    @Inject
    @ConfigProperty(name = "academy.db.url")
    String databaseUrl;

    /**
     * Whether the database takes a multi-table {@code UPDATE} (MySQL, MariaDB): an answer save is then one
     * statement that moves the attempt's sequence number and stores the answer together; on H2 it is two.
     */
    public boolean multiTableUpdate() {
        return databaseUrl != null
                && (databaseUrl.startsWith("jdbc:mysql:") || databaseUrl.startsWith("jdbc:mariadb:"));
    }

    /** How long after the deadline a save in flight is still accepted (network latency, not extra time). */
    public int graceSeconds() {
        return graceSeconds;
    }

    /** How often the overdue job looks for attempts past their deadline. */
    public int overdueCheckSeconds() {
        return overdueCheckSeconds;
    }

    /** How long the evidence an assessment produces stays valid. */
    public int evidenceValidMonths() {
        return evidenceValidMonths;
    }
}
