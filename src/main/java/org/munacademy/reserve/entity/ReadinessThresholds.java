package org.munacademy.reserve.entity;

/**
 * The stated thresholds that turn a gap report into a {@link Readiness}: each level needs at least its fit (the
 * weighted share of the target levels attained, 0–1) AND at most its number of competencies below minimum (a
 * competency without usable evidence counts as below minimum). The best level whose both conditions hold applies;
 * when none holds the person is NOT_READY.
 *
 * @param readyNowFit        fit needed for READY_NOW (default 0.90)
 * @param readyNowBelow      competencies below minimum allowed for READY_NOW (default 0)
 * @param withinYearFit      fit needed for WITHIN_1_YEAR (default 0.75)
 * @param withinYearBelow    below minimum allowed for WITHIN_1_YEAR (default 1)
 * @param oneToTwoFit        fit needed for ONE_TO_TWO_YEARS (default 0.50)
 * @param oneToTwoBelow      below minimum allowed for ONE_TO_TWO_YEARS (default 3)
 */
public record ReadinessThresholds(double readyNowFit, int readyNowBelow, double withinYearFit, int withinYearBelow,
        double oneToTwoFit, int oneToTwoBelow) {

    /** The thresholds the platform ships with (overridable by configuration, see ReadinessSettings). */
    public static final ReadinessThresholds DEFAULT = new ReadinessThresholds(0.90, 0, 0.75, 1, 0.50, 3);

    public ReadinessThresholds {
        if (!(readyNowFit >= withinYearFit && withinYearFit >= oneToTwoFit && oneToTwoFit >= 0 && readyNowFit <= 1)) {
            throw new IllegalArgumentException("need 1 >= ready-now fit >= within-1-year fit >= 1-2-years fit >= 0");
        }
        if (!(0 <= readyNowBelow && readyNowBelow <= withinYearBelow && withinYearBelow <= oneToTwoBelow)) {
            throw new IllegalArgumentException("need 0 <= ready-now below <= within-1-year below <= 1-2-years below");
        }
    }

    /** The least fit a level needs (0 for NOT_READY). */
    public double fitFor(Readiness level) {
        return switch (level) {
            case READY_NOW -> readyNowFit;
            case WITHIN_1_YEAR -> withinYearFit;
            case ONE_TO_TWO_YEARS -> oneToTwoFit;
            case NOT_READY -> 0;
        };
    }

    /** The most competencies below minimum a level allows (unbounded for NOT_READY). */
    public int belowFor(Readiness level) {
        return switch (level) {
            case READY_NOW -> readyNowBelow;
            case WITHIN_1_YEAR -> withinYearBelow;
            case ONE_TO_TWO_YEARS -> oneToTwoBelow;
            case NOT_READY -> Integer.MAX_VALUE;
        };
    }
}
