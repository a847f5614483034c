package org.munacademy.reserve.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.munacademy.reserve.entity.AnalyticsPeriod;
import org.munacademy.reserve.entity.EntryStatus;
import org.munacademy.reserve.entity.Readiness;
import org.munacademy.reserve.entity.ReserveFigures;
import org.munacademy.reserve.entity.ReserveFigures.QuarterShare;
import org.munacademy.reserve.entity.ReserveLevel;

/**
 * The reserve's figures for a period, from rows of entries and appointments (each row may stand for several equal
 * ones, {@code count}, so that the database can group them first):
 * <ul>
 * <li><b>Size</b> by level, region, municipality and position group: entries in the reserve on the period's last day
 * (or today, if earlier): included on or before it and not closed by then.</li>
 * <li><b>Readiness</b> of those entries (never computed yet: counted apart).</li>
 * <li><b>Lift rate</b>: appointments from the reserve in the period over the entries that were in the reserve at any
 * day of it, in per cent; and the <b>median days</b> from inclusion to appointment (the mean of the middle two for an
 * even count).</li>
 * <li><b>Share of vacancies filled from the reserve</b> per calendar quarter overlapping the period: from-reserve
 * appointments over all appointments × 100 (none when the quarter had no appointment).</li>
 * <li><b>Expiring</b>: entries in the reserve today whose term ends within 60 (14) days, today included.</li>
 * </ul>
 * Pure: "today" is a parameter.
 */
public final class ReserveAnalytics {

    /** The horizons of the expiry notices. */
    public static final int EXPIRING_SOON_DAYS = 60;
    public static final int EXPIRING_NOW_DAYS = 14;

    private ReserveAnalytics() {
    }

    /** Entries (count of them) alike in every column. */
    public record EntryRow(ReserveLevel level, long regionId, long municipalityId, long groupId, EntryStatus status,
            Readiness readiness, LocalDate includedOn, LocalDate closedOn, LocalDate validUntil, long count) {

        /** Whether these entries were in the reserve on a day: included by then and not yet closed. */
        public boolean inReserveOn(LocalDate day) {
            return includedOn != null && !includedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
        }

        /** Whether these entries were in the reserve on some day of a period. */
        public boolean inReserveDuring(LocalDate from, LocalDate to) {
            return includedOn != null && !includedOn.isAfter(to) && (closedOn == null || !closedOn.isBefore(from));
        }
    }

    /**
     * Appointments (count of them) alike in every column; {@code includedOn} is the inclusion of the entry a
     * from-reserve appointment closed (null without one).
     */
    public record AppointmentRow(long regionId, long municipalityId, long groupId, LocalDate appointedOn,
            boolean fromReserve, LocalDate includedOn, long count) {
    }

    public static ReserveFigures compute(Collection<EntryRow> entries,
            Collection<AppointmentRow> appointments, AnalyticsPeriod period) {
        LocalDate on = period.sizeOn();
        Map<ReserveLevel, Long> byLevel = new EnumMap<>(ReserveLevel.class);
        for (ReserveLevel l : ReserveLevel.values()) {
            byLevel.put(l, 0L);
        }
        Map<Readiness, Long> readiness = new EnumMap<>(Readiness.class);
        for (Readiness r : Readiness.values()) {
            readiness.put(r, 0L);
        }
        Map<Long, Long> byRegion = new TreeMap<>();
        Map<Long, Long> byMunicipality = new TreeMap<>();
        Map<Long, Long> byGroup = new TreeMap<>();
        long size = 0;
        long unknown = 0;
        long during = 0;
        long expiring60 = 0;
        long expiring14 = 0;
        LocalDate today = period.today();
        for (EntryRow e : entries) {
            if (e.inReserveDuring(period.from(), period.to())) {
                during += e.count();
            }
            if (e.inReserveOn(today) && e.validUntil() != null && !e.validUntil().isBefore(today)) {
                long left = ChronoUnit.DAYS.between(today, e.validUntil());
                if (left <= EXPIRING_SOON_DAYS) {
                    expiring60 += e.count();
                }
                if (left <= EXPIRING_NOW_DAYS) {
                    expiring14 += e.count();
                }
            }
            if (!e.inReserveOn(on)) {
                continue;
            }
            size += e.count();
            byLevel.merge(e.level(), e.count(), Long::sum);
            byRegion.merge(e.regionId(), e.count(), Long::sum);
            byMunicipality.merge(e.municipalityId(), e.count(), Long::sum);
            byGroup.merge(e.groupId(), e.count(), Long::sum);
            if (e.readiness() == null) {
                unknown += e.count();
            } else {
                readiness.merge(e.readiness(), e.count(), Long::sum);
            }
        }
        long lifted = 0;
        long all = 0;
        TreeMap<Long, Long> days = new TreeMap<>();
        Map<Integer, long[]> quarters = new TreeMap<>();
        for (LocalDate q = quarterStart(period.from()); !q.isAfter(period.to()); q = q.plusMonths(3)) {
            quarters.put(key(q), new long[2]);
        }
        for (AppointmentRow a : appointments) {
            if (a.appointedOn().isBefore(period.from()) || a.appointedOn().isAfter(period.to())) {
                continue;
            }
            all += a.count();
            long[] quarter = quarters.get(key(a.appointedOn()));
            quarter[1] += a.count();
            if (a.fromReserve()) {
                lifted += a.count();
                quarter[0] += a.count();
                if (a.includedOn() != null) {
                    days.merge(Math.max(0, ChronoUnit.DAYS.between(a.includedOn(), a.appointedOn())), a.count(),
                            Long::sum);
                }
            }
        }
        List<QuarterShare> shares = new ArrayList<>();
        quarters.forEach((k, v) -> shares.add(new QuarterShare(k / 10, k % 10, v[0], v[1], percent(v[0], v[1]))));
        return new ReserveFigures(period, size, byLevel, byRegion, byMunicipality, byGroup, readiness, unknown, during,
                lifted, percent(lifted, during), median(days), all, lifted, shares, expiring60, expiring14);
    }

    /** part / whole × 100 with one decimal (half up); null for an empty whole. */
    public static Double percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return Math.round(part * 1000.0 / whole) / 10.0;
    }

    /** The median of values given as value → how many times. */
    static Double median(TreeMap<Long, Long> counts) {
        long n = counts.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        long lower = nth(counts, (n - 1) / 2);
        long upper = nth(counts, n / 2);
        return (lower + upper) / 2.0;
    }

    private static long nth(TreeMap<Long, Long> counts, long index) {
        long seen = 0;
        for (Map.Entry<Long, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (index < seen) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("index " + index + " beyond " + seen);
    }

    /** The first day of the day's quarter. */
    public static LocalDate quarterStart(LocalDate day) {
        return day.withDayOfMonth(1).withMonth((day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1);
    }

    private static int key(LocalDate day) {
        return day.getYear() * 10 + day.get(IsoFields.QUARTER_OF_YEAR);
    }
}
