package org.munacademy.organisation.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.munacademy.organisation.entity.BodyKind;
import org.munacademy.organisation.entity.GovernmentBody;
import org.munacademy.organisation.entity.Municipality;
import org.munacademy.organisation.entity.MunicipalityType;
import org.munacademy.organisation.entity.Position;
import org.munacademy.organisation.entity.PositionGroup;
import org.munacademy.organisation.entity.PositionGroupKind;
import org.munacademy.organisation.entity.Region;
import org.munacademy.organisation.entity.RegionType;
import org.munacademy.shared.boundary.DatabaseReady;
import org.munacademy.shared.control.ContentFiles;
import org.munacademy.shared.control.ContentFiles.ContentException;
import org.munacademy.shared.control.Table;

/**
 * Loads {@code content/organisation/*.csv} at start-up: inserts what is missing and updates what changed, keyed
 * by the natural keys (region code, OKTMO, body and position codes), so loading twice creates no duplicates.
 * Runs in one transaction: a broken file loads nothing.
 */
@ApplicationScoped
@Transactional
public class OrganisationContent {

    private static final Logger LOG = Logger.getLogger(OrganisationContent.class.getName());

    @PersistenceContext
    EntityManager em;

    void load(@Observes @Priority(DatabaseReady.LOAD_ORGANISATION) DatabaseReady event) {
        if (!event.loadContent()) {
            return; // loaded already, unchanged since (Bootstrap's content fingerprint)
        }
        Map<String, Region> regions = loadRegions();
        Map<String, Municipality> municipalities = loadMunicipalities(regions);
        loadBodies(municipalities);
        Map<String, PositionGroup> groups = loadPositionGroups();
        loadPositions(groups);
        LOG.info(() -> "Organisation content: " + regions.size() + " regions, " + municipalities.size()
                + " municipalities, " + groups.size() + " position groups");
    }

    private Map<String, Region> loadRegions() {
        Map<String, Region> byCode = all(Region.class, Region::getCode);
        for (Table.Row row : rows("organisation/regions.csv")) {
            String code = row.get("code");
            RegionType type = parse(RegionType.class, row, "type", "organisation/regions.csv");
            Region region = byCode.get(code);
            if (region == null) {
                region = new Region(code, row.get("oktmo"), row.get("iso_code"), row.get("name"), type,
                        row.get("federal_district"));
                em.persist(region);
                byCode.put(code, region);
            } else {
                region.update(row.get("oktmo"), row.get("iso_code"), row.get("name"), type,
                        row.get("federal_district"));
            }
        }
        return byCode;
    }

    private Map<String, Municipality> loadMunicipalities(Map<String, Region> regions) {
        String file = "organisation/municipalities.csv";
        Map<String, Municipality> byOktmo = all(Municipality.class, Municipality::getOktmo);
        List<Table.Row> rows = rows(file).stream()
                // parents before their settlements
                .sorted(Comparator.comparing((Table.Row r) -> !r.isBlank("parent_oktmo")))
                .toList();
        for (Table.Row row : rows) {
            Region region = regions.get(row.get("region_code"));
            if (region == null) {
                throw new ContentException(file, row.line(), "unknown region_code " + row.get("region_code"));
            }
            Municipality parent = null;
            if (!row.isBlank("parent_oktmo")) {
                parent = byOktmo.get(row.get("parent_oktmo"));
                if (parent == null) {
                    throw new ContentException(file, row.line(), "unknown parent_oktmo " + row.get("parent_oktmo"));
                }
            }
            MunicipalityType type = parse(MunicipalityType.class, row, "type", file);
            BigDecimal population = row.isBlank("population") ? null : new BigDecimal(row.get("population"));
            Municipality m = byOktmo.get(row.get("oktmo"));
            if (m == null) {
                m = new Municipality(row.get("oktmo"), row.get("name"), type, region, parent, population);
                em.persist(m);
                byOktmo.put(m.getOktmo(), m);
            } else {
                m.update(row.get("name"), type, region, parent, population);
            }
        }
        return byOktmo;
    }

    private void loadBodies(Map<String, Municipality> municipalities) {
        String file = "organisation/bodies.csv";
        Map<String, GovernmentBody> byCode = all(GovernmentBody.class, GovernmentBody::getCode);
        for (Table.Row row : rows(file)) {
            Municipality m = municipalities.get(row.get("municipality_oktmo"));
            if (m == null) {
                throw new ContentException(file, row.line(),
                        "unknown municipality_oktmo " + row.get("municipality_oktmo"));
            }
            BodyKind kind = parse(BodyKind.class, row, "kind", file);
            GovernmentBody body = byCode.get(row.get("code"));
            if (body == null) {
                body = new GovernmentBody(row.get("code"), row.get("name"), kind, m);
                em.persist(body);
                byCode.put(body.getCode(), body);
            } else {
                body.update(row.get("name"), kind, m);
            }
        }
    }

    private Map<String, PositionGroup> loadPositionGroups() {
        String file = "organisation/position-groups.csv";
        Map<String, PositionGroup> byCode = all(PositionGroup.class, PositionGroup::getCode);
        for (Table.Row row : rows(file)) {
            PositionGroupKind kind = parse(PositionGroupKind.class, row, "kind", file);
            int rank = Integer.parseInt(row.get("rank"));
            PositionGroup g = byCode.get(row.get("code"));
            if (g == null) {
                g = new PositionGroup(row.get("code"), row.get("name_ru"), row.get("name_en"), kind, rank);
                em.persist(g);
                byCode.put(g.getCode(), g);
            } else {
                g.update(row.get("name_ru"), row.get("name_en"), kind, rank);
            }
        }
        return byCode;
    }

    private void loadPositions(Map<String, PositionGroup> groups) {
        String file = "organisation/positions.csv";
        Map<String, Position> byCode = all(Position.class, Position::getCode);
        for (Table.Row row : rows(file)) {
            PositionGroup g = groups.get(row.get("position_group_code"));
            if (g == null) {
                throw new ContentException(file, row.line(),
                        "unknown position_group_code " + row.get("position_group_code"));
            }
            Position p = byCode.get(row.get("code"));
            if (p == null) {
                p = new Position(row.get("code"), row.get("name"), g);
                em.persist(p);
                byCode.put(p.getCode(), p);
            } else {
                p.update(row.get("name"), g);
            }
        }
    }

    private <T> Map<String, T> all(Class<T> type, Function<T, String> key) {
        return em.createQuery("select e from " + type.getSimpleName() + " e", type).getResultStream()
                .collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, HashMap::new));
    }

    private static List<Table.Row> rows(String file) {
        return ContentFiles.csv(file).orElse(List.of());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, Table.Row row, String column, String file) {
        try {
            return Enum.valueOf(type, row.get(column));
        } catch (IllegalArgumentException e) {
            throw new ContentException(file, row.line(), "unknown " + column + " '" + row.get(column) + "'");
        }
    }
}
