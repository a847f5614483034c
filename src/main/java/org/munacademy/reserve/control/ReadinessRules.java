package org.munacademy.reserve.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.munacademy.competency.entity.CurrentLevel;
import org.munacademy.competency.entity.Gap;
import org.munacademy.competency.entity.GapReport;
import org.munacademy.reserve.entity.Readiness;
import org.munacademy.reserve.entity.ReadinessReason;
import org.munacademy.reserve.entity.ReadinessReport;
import org.munacademy.reserve.entity.ReadinessThresholds;

/**
 * Readiness from a gap report against the target's required profile, by stated thresholds (see
 * {@link ReadinessThresholds}): the fit of the report (competency's weighted share of the target levels attained)
 * and the number of required competencies below minimum, where a competency without usable evidence (no evidence,
 * or only expired evidence) counts as below minimum. The best level whose fit AND below-minimum conditions both hold
 * applies; otherwise NOT_READY. A profile without requirements fits fully and is READY_NOW.
 */
public final class ReadinessRules {

    private ReadinessRules() {
    }

    /** Whether a gap counts as below minimum: below the minimum level, or no usable evidence at all. */
    public static boolean belowMin(Gap g) {
        return g.status() == Gap.Status.BELOW_MIN || g.status() == Gap.Status.UNKNOWN;
    }

    /** The level for a fit and a number of competencies below minimum. */
    public static Readiness level(double fit, int belowMin, ReadinessThresholds t) {
        for (Readiness r : List.of(Readiness.READY_NOW, Readiness.WITHIN_1_YEAR, Readiness.ONE_TO_TWO_YEARS)) {
            if (fit >= t.fitFor(r) - 1e-9 && belowMin <= t.belowFor(r)) {
                return r;
            }
        }
        return Readiness.NOT_READY;
    }

    /**
     * The readiness with its reasons, one per gap of the report (in the report's order).
     *
     * @param today the day of the computation, for the age of the evidence
     */
    public static ReadinessReport assess(Long entryId, GapReport report, ReadinessThresholds t, LocalDate today) {
        List<ReadinessReason> reasons = new ArrayList<>();
        int below = 0;
        for (Gap g : report.gaps()) {
            boolean b = belowMin(g);
            if (b) {
                below++;
            }
            reasons.add(reason(g, b, today));
        }
        return new ReadinessReport(entryId, report.personId(), level(report.fit(), below, t), report.fit(), below, t,
                reasons, today);
    }

    private static ReadinessReason reason(Gap g, boolean below, LocalDate today) {
        CurrentLevel c = g.current();
        LocalDate asOf = c == null ? null : c.asOf();
        Long age = asOf == null ? null : Math.max(0, ChronoUnit.DAYS.between(asOf, today));
        return new ReadinessReason(g.competencyCode(), g.competencyName(), c == null ? null : c.level(),
                g.minLevel(), g.targetLevel(), g.weight(), g.gap(), g.status().name(), below,
                c == null ? CurrentLevel.State.NONE.name() : c.state().name(), asOf, c == null ? 0 : c.pieces(), age);
    }
}
