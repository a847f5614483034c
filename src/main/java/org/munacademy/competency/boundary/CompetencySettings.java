package org.munacademy.competency.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.munacademy.competency.entity.LevelRule;

/**
 * Configurable rules of the competency context (MicroProfile Config, overridable by environment variables):
 * which standard persons are measured against, and how their current level follows from the evidence.
 */
@ApplicationScoped
public class CompetencySettings {

    @Inject
    @ConfigProperty(name = "academy.competency.standard", defaultValue = "MUN-COMP")
    String standardCode;

    @Inject
    @ConfigProperty(name = "academy.competency.level-rule", defaultValue = "HIGHEST_IN_WINDOW")
    String rule;

    @Inject
    @ConfigProperty(name = "academy.competency.window-months", defaultValue = "36")
    int windowMonths;

    @Inject
    @ConfigProperty(name = "academy.competency.half-life-months", defaultValue = "24")
    int halfLifeMonths;

    @Inject
    @ConfigProperty(name = "academy.competency.stale-after-months", defaultValue = "36")
    int staleAfterMonths;

    /** The standard against which gaps are computed. */
    public String standardCode() {
        return standardCode;
    }

    public LevelRule levelRule() {
        return new LevelRule(LevelRule.Kind.valueOf(rule.trim().toUpperCase()), windowMonths, halfLifeMonths,
                staleAfterMonths);
    }
}
