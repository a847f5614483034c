package org.munacademy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Role;
import org.munacademy.learning.entity.Cohort;
import org.munacademy.learning.entity.CohortStatus;
import org.munacademy.learning.entity.CompetencyTarget;
import org.munacademy.learning.entity.DevelopedCompetency;
import org.munacademy.learning.entity.LearningError;
import org.munacademy.learning.entity.Programme;
import org.munacademy.learning.entity.ProgrammeFilter;
import org.munacademy.learning.entity.ProgrammeRow;
import org.munacademy.learning.entity.ProgrammeStatus;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.InvalidInputException.Violation;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.entity.PageResult;

/**
 * The catalogue of programmes: search and filters (text in title, code or description; competency; kind; form of
 * study; provider; hours; the dates a cohort starts in), a page at a time. Everybody signed in sees the published
 * programmes; methodologists and administrators may ask for drafts or archived ones by status.
 * <p>
 * A page costs the same few statements however many programmes match or are shown: the count, the page with each
 * programme's provider (fetched in the same query), and the competencies of the page's programmes in one query —
 * never one query per programme.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogueFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** One page of the programmes that match, with the total number of matches. */
    public PageResult<ProgrammeRow> search(ProgrammeFilter filter, Page page) {
        Caller caller = currentUser.require();
        ProgrammeFilter f = filter == null ? ProgrammeFilter.all() : filter;
        if (f.datesReversed()) {
            throw new InvalidInputException(List.of(
                    new Violation("startsFrom", LearningError.CATALOGUE_DATES_ORDER, date(f.startsFrom()),
                            date(f.startsTo())),
                    new Violation("startsTo", LearningError.CATALOGUE_DATES_ORDER, date(f.startsFrom()),
                            date(f.startsTo()))));
        }
        ProgrammeStatus status = status(caller, f);
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Programme> counted = count.from(Programme.class);
        count.select(cb.count(counted)).where(restrictions(cb, count, counted, f, status));
        long total = em.createQuery(count).getSingleResult();
        if (total == 0 || page.offset() >= total) {
            return new PageResult<>(List.of(), total, page.offset(), page.limit());
        }

        CriteriaQuery<Programme> select = cb.createQuery(Programme.class);
        Root<Programme> p = select.from(Programme.class);
        p.fetch("provider");
        select.select(p).where(restrictions(cb, select, p, f, status))
                .orderBy(cb.asc(cb.lower(p.get("title"))), cb.asc(p.get("id")));
        List<Programme> found = em.createQuery(select).setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList();

        Map<Long, List<CompetencyTarget>> competencies = competenciesOf(found.stream().map(Programme::getId).toList());
        List<ProgrammeRow> rows = found.stream().map(x -> row(x, competencies.getOrDefault(x.getId(), List.of())))
                .toList();
        return new PageResult<>(rows, total, page.offset(), page.limit());
    }

    /** Everybody but editors sees published programmes only; editors see the status they ask for (or published). */
    private static ProgrammeStatus status(Caller caller, ProgrammeFilter f) {
        if (f.status() == null || !caller.hasAnyRole(Role.METHODOLOGIST, Role.ADMIN)) {
            return ProgrammeStatus.PUBLISHED;
        }
        return f.status();
    }

    /** The filter as predicates; a competency and the cohorts' dates as {@code exists} subqueries. */
    private static Predicate[] restrictions(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Programme> p,
            ProgrammeFilter f, ProgrammeStatus status) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(p.get("status"), status));
        if (f.text() != null && !f.text().isBlank()) {
            String pattern = "%" + escape(f.text().strip().toLowerCase(Locale.ROOT)) + "%";
            where.add(cb.or(like(cb, p.get("title"), pattern), like(cb, p.get("code"), pattern),
                    like(cb, p.get("description"), pattern)));
        }
        if (f.competencyCode() != null && !f.competencyCode().isBlank()) {
            Subquery<Long> developing = query.subquery(Long.class);
            Root<Programme> q = developing.correlate(p);
            Join<Programme, DevelopedCompetency> c = q.join("competencies");
            developing.select(q.get("id")).where(cb.equal(c.get("competencyCode"), f.competencyCode().strip()));
            where.add(cb.exists(developing));
        }
        if (f.kind() != null) {
            where.add(cb.equal(p.get("kind"), f.kind()));
        }
        if (f.format() != null) {
            where.add(cb.equal(p.get("format"), f.format()));
        }
        if (f.providerCode() != null && !f.providerCode().isBlank()) {
            where.add(cb.equal(p.get("provider").get("code"), f.providerCode().strip()));
        }
        if (f.minHours() != null) {
            where.add(cb.ge(p.get("hours"), f.minHours()));
        }
        if (f.maxHours() != null) {
            where.add(cb.le(p.get("hours"), f.maxHours()));
        }
        if (f.startsFrom() != null || f.startsTo() != null) {
            Subquery<Long> starting = query.subquery(Long.class);
            Root<Cohort> c = starting.from(Cohort.class);
            List<Predicate> on = new ArrayList<>();
            on.add(cb.equal(c.get("programme"), p));
            on.add(cb.notEqual(c.get("status"), CohortStatus.CANCELLED));
            if (f.startsFrom() != null) {
                on.add(cb.greaterThanOrEqualTo(c.<LocalDate>get("startsOn"), f.startsFrom()));
            }
            if (f.startsTo() != null) {
                on.add(cb.lessThanOrEqualTo(c.<LocalDate>get("startsOn"), f.startsTo()));
            }
            starting.select(c.get("id")).where(on.toArray(Predicate[]::new));
            where.add(cb.exists(starting));
        }
        return where.toArray(Predicate[]::new);
    }

    private static String date(LocalDate d) {
        return DateTimeFormatter.ofPattern("dd.MM.yyyy").format(d);
    }

    private static Predicate like(CriteriaBuilder cb, Expression<String> field, String pattern) {
        return cb.like(cb.lower(field), pattern, ESCAPE);
    }

    /** The escape character of LIKE patterns: plain in SQL text on H2 and MySQL alike (a backslash is not). */
    static final char ESCAPE = '!';

    /** The text taken literally: {@code %}, {@code _} and the escape character lose their meaning in LIKE. */
    static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The competencies of many programmes in one query. */
    private Map<Long, List<CompetencyTarget>> competenciesOf(List<Long> ids) {
        Map<Long, List<CompetencyTarget>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("select p.id, c.competencyCode, c.targetLevel from Programme p "
                + "join p.competencies c where p.id in :ids order by p.id, c.competencyCode", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            out.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new CompetencyTarget((String) r[1], (Integer) r[2]));
        }
        return out;
    }

    private static ProgrammeRow row(Programme p, List<CompetencyTarget> competencies) {
        return new ProgrammeRow(p.getId(), p.getCode(), p.getTitle(), p.getKind(), p.document(), p.getFormat(),
                p.isDistanceLearning(), p.getHours(), p.getProvider().getCode(), p.getProvider().getShortName(),
                p.getStatus(), competencies);
    }
}
