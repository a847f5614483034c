package org.munacademy.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.munacademy.organisation.entity.Municipality;
import org.munacademy.organisation.entity.MunicipalityFilter;
import org.munacademy.organisation.entity.MunicipalityRow;
import org.munacademy.organisation.entity.OrganisationError;
import org.munacademy.organisation.entity.PositionGroupRow;
import org.munacademy.organisation.entity.PositionGroupRow.PositionRow;
import org.munacademy.organisation.entity.Region;
import org.munacademy.organisation.entity.RegionRow;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.Page;

/**
 * Read access to the organisation reference data: regions, municipalities, position groups and positions. It
 * holds no personal data, so every signed-in user may read it; changes come through {@code content/}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganisationFacade {

    private static final String MUNICIPALITY_ROW = "select new org.munacademy.organisation.entity.MunicipalityRow("
            + "m.id, m.oktmo, m.name, m.type, r.id, r.code, r.name, p.id, p.name, m.population) "
            + "from Municipality m join m.region r left join m.parent p ";

    @PersistenceContext
    EntityManager em;

    /** All regions by code, each with the number of its municipalities. */
    public List<RegionRow> regions() {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select m.region.id, count(m) from Municipality m group by m.region.id", Object[].class)
                .getResultList()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return em.createQuery("select r from Region r order by r.code", Region.class)
                .getResultStream()
                .map(r -> new RegionRow(r.getId(), r.getCode(), r.getOktmo(), r.getIsoCode(), r.getName(), r.getType(),
                        r.getFederalDistrict(), counts.getOrDefault(r.getId(), 0L)))
                .toList();
    }

    public Optional<RegionRow> regionByCode(String code) {
        return regions().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public List<MunicipalityRow> municipalities(MunicipalityFilter filter, Page page) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<MunicipalityRow> q = em.createQuery(MUNICIPALITY_ROW + where(filter, params)
                + " order by r.code, m.name, m.id", MunicipalityRow.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }

    public long countMunicipalities(MunicipalityFilter filter) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(m) from Municipality m join m.region r left join m.parent p "
                + where(filter, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    public MunicipalityRow municipality(long id) {
        return em.createQuery(MUNICIPALITY_ROW + "where m.id = :id", MunicipalityRow.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(OrganisationError.MUNICIPALITY_NOT_FOUND, id));
    }

    public Optional<MunicipalityRow> municipalityByOktmo(String oktmo) {
        return em.createQuery(MUNICIPALITY_ROW + "where m.oktmo = :oktmo", MunicipalityRow.class)
                .setParameter("oktmo", oktmo)
                .getResultStream().findFirst();
    }

    /** The municipality entity, for upstream references from other contexts (identity). */
    public Municipality municipalityEntity(long id) {
        Municipality m = em.find(Municipality.class, id);
        if (m == null) {
            throw new NotFoundException(OrganisationError.MUNICIPALITY_NOT_FOUND, id);
        }
        return m;
    }

    /** Position groups in their order, each with its positions; two queries whatever the number of groups. */
    public List<PositionGroupRow> positionGroups() {
        Map<Long, List<PositionRow>> positions = em.createQuery(
                        "select p.group.id, p.id, p.code, p.name from Position p order by p.name", Object[].class)
                .getResultStream()
                .collect(Collectors.groupingBy(r -> (Long) r[0], HashMap::new, Collectors.mapping(
                        r -> new PositionRow((Long) r[1], (String) r[2], (String) r[3]), Collectors.toList())));
        return em.createQuery("select g.id, g.code, g.nameRu, g.nameEn, g.kind, g.sortOrder from PositionGroup g "
                        + "order by g.sortOrder", Object[].class)
                .getResultStream()
                .map(r -> new PositionGroupRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (org.munacademy.organisation.entity.PositionGroupKind) r[4], (Integer) r[5],
                        List.copyOf(positions.getOrDefault((Long) r[0], new ArrayList<>()))))
                .toList();
    }

    private static String where(MunicipalityFilter f, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (f.text() != null && !f.text().isBlank()) {
            params.put("text", "%" + f.text().trim().toLowerCase(Locale.ROOT) + "%");
            params.put("oktmo", f.text().trim() + "%");
            clauses.add("(lower(m.name) like :text or m.oktmo like :oktmo)");
        }
        if (f.type() != null) {
            params.put("type", f.type());
            clauses.add("m.type = :type");
        }
        if (f.regionId() != null) {
            params.put("regionId", f.regionId());
            clauses.add("r.id = :regionId");
        }
        if (f.parentId() != null) {
            params.put("parentId", f.parentId());
            clauses.add("p.id = :parentId");
        }
        return clauses.isEmpty() ? "" : "where " + String.join(" and ", clauses);
    }
}
