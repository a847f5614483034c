package org.munacademy.reserve.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.DataScope;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent;
import org.munacademy.identity.entity.Role;
import org.munacademy.reserve.control.AnalyticsPeriods;
import org.munacademy.reserve.control.ReserveAnalytics;
import org.munacademy.reserve.control.ReserveAnalytics.AppointmentRow;
import org.munacademy.reserve.control.ReserveAnalytics.EntryRow;
import org.munacademy.reserve.entity.AnalyticsPeriod;
import org.munacademy.reserve.entity.AnalyticsReport;
import org.munacademy.reserve.entity.Appointment;
import org.munacademy.reserve.entity.EntryStatus;
import org.munacademy.reserve.entity.LiftError;
import org.munacademy.reserve.entity.Readiness;
import org.munacademy.reserve.entity.Reserve;
import org.munacademy.reserve.entity.ReserveEntry;
import org.munacademy.reserve.entity.ReserveFigures;
import org.munacademy.reserve.entity.ReserveLevel;
import org.munacademy.shared.control.XlsxWriter;
import org.munacademy.shared.control.XlsxWriter.Cell;
import org.munacademy.shared.entity.AccessDeniedException;
import org.munacademy.shared.entity.InvalidInputException;

/**
 * The reserve's analytics (size, readiness, lift rate and median days to appointment, share filled from the reserve
 * by quarter, expiring entries; definitions in {@link ReserveAnalytics}) within the caller's scope: HR and
 * commission members their region or municipalities, administrators the country — aggregates only, never a person.
 * Drillable to a region and a municipality of the scope (others: 403). The database groups the rows first (three
 * GROUP BY statements, plus one per kind of name), so the country answers in one pass over the entries that touch the
 * period.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AnalyticsFacade {

    /** The target share of vacancies filled from the reserve (per cent) drawn on the chart. */
    public static final double TARGET_SHARE = 40.0;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    DataScope scope;

    @Inject
    AuditLog audit;

    @Inject
    LiftLookups lookups;

    public AnalyticsReport report(Long regionId, Long municipalityId, String from, String to) {
        currentUser.require(Role.HR_OFFICER, Role.COMMISSION_MEMBER, Role.ADMIN);
        LocalDate today = LocalDate.now(clock);
        AnalyticsPeriod period = AnalyticsPeriods.parse(from, to, today).orElseThrow(() ->
                new InvalidInputException("from", LiftError.PERIOD, (from == null ? "" : from) + " – "
                        + (to == null ? "" : to)));
        if (regionId != null && !lookups.coversRegion(regionId)) {
            throw new AccessDeniedException(LiftError.PLACE_OUT_OF_SCOPE, regionId);
        }
        if (municipalityId != null && !scope.coversReserveMunicipality(municipalityId)) {
            throw new AccessDeniedException(LiftError.PLACE_OUT_OF_SCOPE, municipalityId);
        }
        ReserveFigures f = ReserveAnalytics.compute(entries(regionId, municipalityId, period),
                appointments(regionId, municipalityId, period), period);
        List<AnalyticsReport.GroupName> groups = lookups.groupNames(f.sizeByGroup().keySet()).entrySet().stream()
                .map(e -> new AnalyticsReport.GroupName(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparing(AnalyticsReport.GroupName::id)).toList();
        return new AnalyticsReport(f, regionId, municipalityId, lookups.regionNames(f.sizeByRegion().keySet()),
                lookups.municipalityNames(f.sizeByMunicipality().keySet()), groups, TARGET_SHARE);
    }

    /** Entries that were in the reserve at some day from the period's start on, grouped by every column used. */
    private List<EntryRow> entries(Long regionId, Long municipalityId, AnalyticsPeriod period) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<ReserveEntry> e = q.from(ReserveEntry.class);
        Join<ReserveEntry, Reserve> r = e.join("reserve");
        List<Expression<?>> columns = List.of(r.get("level"), e.get("regionId"), e.get("municipalityId"),
                e.get("targetGroupId"), e.get("status"), e.get("readiness"), e.get("includedOn"), e.get("closedOn"),
                e.get("validUntil"));
        List<jakarta.persistence.criteria.Selection<?>> select = new ArrayList<>(columns);
        select.add(cb.count(e));
        Path<LocalDate> closedOn = e.get("closedOn");
        List<Predicate> where = new ArrayList<>();
        where.add(cb.isNotNull(e.get("includedOn")));
        where.add(cb.or(cb.isNull(closedOn), cb.greaterThanOrEqualTo(closedOn, period.from())));
        place(cb, where, e.get("regionId"), regionId, e.get("municipalityId"), municipalityId);
        where.add(scope.reservePersonIn(cb, q, e.get("personId")));
        q.multiselect(select).where(where.toArray(Predicate[]::new)).groupBy(columns);
        return em.createQuery(q).getResultList().stream().map(x -> new EntryRow((ReserveLevel) x[0], (Long) x[1],
                (Long) x[2], (Long) x[3], (EntryStatus) x[4], (Readiness) x[5], (LocalDate) x[6], (LocalDate) x[7],
                (LocalDate) x[8], ((Number) x[9]).longValue())).toList();
    }

    /**
     * Appointments of the period, grouped: those without an entry in one statement, those from the reserve with their
     * entry's inclusion day (for the days to appointment) in another.
     */
    private List<AppointmentRow> appointments(Long regionId, Long municipalityId, AnalyticsPeriod period) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        List<AppointmentRow> rows = new ArrayList<>();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<Appointment> a = q.from(Appointment.class);
        List<Expression<?>> columns = List.of(a.get("regionId"), a.get("municipalityId"), a.get("toGroupId"),
                a.get("appointedOn"));
        List<jakarta.persistence.criteria.Selection<?>> select = new ArrayList<>(columns);
        select.add(cb.count(a));
        List<Predicate> where = appointmentWhere(cb, q, a, regionId, municipalityId, period);
        where.add(cb.isFalse(a.get("fromReserve")));
        q.multiselect(select).where(where.toArray(Predicate[]::new)).groupBy(columns);
        em.createQuery(q).getResultList().forEach(x -> rows.add(new AppointmentRow((Long) x[0], (Long) x[1],
                (Long) x[2], (LocalDate) x[3], false, null, ((Number) x[4]).longValue())));

        CriteriaQuery<Object[]> lifts = cb.createQuery(Object[].class);
        Root<Appointment> la = lifts.from(Appointment.class);
        Root<ReserveEntry> le = lifts.from(ReserveEntry.class);
        List<Expression<?>> liftColumns = List.of(la.get("regionId"), la.get("municipalityId"), la.get("toGroupId"),
                la.get("appointedOn"), le.get("includedOn"));
        List<jakarta.persistence.criteria.Selection<?>> liftSelect = new ArrayList<>(liftColumns);
        liftSelect.add(cb.count(la));
        List<Predicate> liftWhere = appointmentWhere(cb, lifts, la, regionId, municipalityId, period);
        liftWhere.add(cb.isTrue(la.get("fromReserve")));
        liftWhere.add(cb.equal(la.get("entryId"), le.get("id")));
        lifts.multiselect(liftSelect).where(liftWhere.toArray(Predicate[]::new)).groupBy(liftColumns);
        em.createQuery(lifts).getResultList().forEach(x -> rows.add(new AppointmentRow((Long) x[0], (Long) x[1],
                (Long) x[2], (LocalDate) x[3], true, (LocalDate) x[4], ((Number) x[5]).longValue())));
        return rows;
    }

    private List<Predicate> appointmentWhere(CriteriaBuilder cb, CriteriaQuery<?> q, Root<Appointment> a,
            Long regionId, Long municipalityId, AnalyticsPeriod period) {
        List<Predicate> where = new ArrayList<>();
        Path<LocalDate> on = a.get("appointedOn");
        where.add(cb.between(on, period.from(), period.to()));
        place(cb, where, a.get("regionId"), regionId, a.get("municipalityId"), municipalityId);
        where.add(scope.reservePersonIn(cb, q, a.get("personId")));
        return where;
    }

    private static void place(CriteriaBuilder cb, List<Predicate> where, Path<Long> region, Long regionId,
            Path<Long> municipality, Long municipalityId) {
        if (regionId != null) {
            where.add(cb.equal(region, regionId));
        }
        if (municipalityId != null) {
            where.add(cb.equal(municipality, municipalityId));
        }
    }

    /** The report as an XLSX workbook (formula-safe): one line per figure; an audited export. */
    public byte[] xlsx(Long regionId, Long municipalityId, String from, String to) {
        AnalyticsReport report = report(regionId, municipalityId, from, to);
        ReserveFigures f = report.figures();
        List<List<Cell>> rows = new ArrayList<>();
        line(rows, "Период", f.period().from() + " – " + f.period().to(), null);
        line(rows, "Численность резерва на " + f.period().sizeOn(), "всего", f.size());
        f.sizeByLevel().forEach((k, v) -> line(rows, "Численность по уровню", k.name(), v));
        f.sizeByRegion().forEach((k, v) -> line(rows, "Численность по региону", report.regions().get(k), v));
        f.sizeByMunicipality().forEach((k, v) -> line(rows, "Численность по муниципальному образованию",
                report.municipalities().get(k), v));
        Map<Long, String> groups = new LinkedHashMap<>();
        report.groups().forEach(g -> groups.put(g.id(), g.nameRu()));
        f.sizeByGroup().forEach((k, v) -> line(rows, "Численность по группе должностей", groups.get(k), v));
        f.readiness().forEach((k, v) -> line(rows, "Готовность", k.name(), v));
        line(rows, "Готовность", "не рассчитана", f.readinessUnknown());
        line(rows, "Состояли в резерве в периоде", "", f.inReserveDuring());
        line(rows, "Назначены из резерва", "", f.lifted());
        line(rows, "Доля назначенных из резерва, %", "", f.liftRate());
        line(rows, "Медиана дней от включения до назначения", "", f.medianDaysToAppointment());
        line(rows, "Назначений всего", "", f.appointments());
        for (ReserveFigures.QuarterShare q : f.quarters()) {
            line(rows, "Доля вакансий, замещённых из резерва, %", q.label() + " (" + q.fromReserve() + " / "
                    + q.all() + ")", q.share());
        }
        line(rows, "Истекает срок в ближайшие 60 дней", "", f.expiring60());
        line(rows, "Истекает срок в ближайшие 14 дней", "", f.expiring14());
        audit.record(AuditAction.DATA_EXPORTED, AuditEvent.Outcome.SUCCESS, "reserve-analytics", null,
                "region=" + regionId + ", municipality=" + municipalityId + ", " + f.period().from() + ".."
                        + f.period().to());
        return XlsxWriter.write("Кадровый резерв", List.of("Показатель", "Разрез", "Значение"), rows);
    }

    private static void line(List<List<Cell>> rows, String figure, String cut, Object value) {
        rows.add(List.of(Cell.of(figure), Cell.of(cut), Cell.of(value)));
    }
}
