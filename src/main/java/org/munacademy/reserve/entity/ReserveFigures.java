package org.munacademy.reserve.entity;

import java.util.List;
import java.util.Map;

/**
 * The reserve's figures for a period (see {@code reserve.control.ReserveAnalytics} for each definition). Maps are
 * ordered by key; rates are per cent with one decimal, null when undefined (nothing to divide by).
 */
public record ReserveFigures(AnalyticsPeriod period, long size, Map<ReserveLevel, Long> sizeByLevel,
        Map<Long, Long> sizeByRegion, Map<Long, Long> sizeByMunicipality, Map<Long, Long> sizeByGroup,
        Map<Readiness, Long> readiness, long readinessUnknown, long inReserveDuring, long lifted, Double liftRate,
        Double medianDaysToAppointment, long appointments, long appointmentsFromReserve, List<QuarterShare> quarters,
        long expiring60, long expiring14) {

    /** A quarter's share of appointments from the reserve; {@code share} is null without appointments. */
    public record QuarterShare(int year, int quarter, long fromReserve, long all, Double share) {
        public String label() {
            return year + " Q" + quarter;
        }
    }
}
