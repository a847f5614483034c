package org.munacademy.competency.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.munacademy.competency.control.FrameworkCsv;
import org.munacademy.competency.entity.Evidence;
import org.munacademy.competency.entity.EvidenceSource;
import org.munacademy.competency.entity.ProfileRequirement;
import org.munacademy.competency.entity.Requirement;
import org.munacademy.competency.entity.StandardVersion;
import org.munacademy.competency.entity.VersionRow;
import org.munacademy.organisation.entity.Position;
import org.munacademy.organisation.entity.PositionGroup;
import org.munacademy.shared.boundary.DatabaseReady;
import org.munacademy.shared.control.ContentCalendar;
import org.munacademy.shared.control.ContentFiles;
import org.munacademy.shared.control.ContentFiles.ContentException;
import org.munacademy.shared.control.Table;

/**
 * Loads {@code content/competency/}: each standard of {@code standards.csv} that does not exist yet is imported
 * from its version file and published; its required profiles and the demo evidence follow. Standards that exist
 * are left alone (methodologists own them from then on); evidence rows already present are not added twice.
 */
@ApplicationScoped
@Transactional
public class CompetencyContent {

    private static final Logger LOG = Logger.getLogger(CompetencyContent.class.getName());

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    StandardFacade standards;

    @Inject
    LevelSnapshotStore snapshots;

    void load(@Observes @Priority(DatabaseReady.LOAD_COMPETENCY) DatabaseReady event) {
        if (!event.loadContent()) {
            return; // loaded already, unchanged since (Bootstrap's content fingerprint)
        }
        for (Table.Row row : ContentFiles.csv("competency/standards.csv").orElse(List.of())) {
            String code = row.get("code");
            if (standards.publishedVersion(code).isPresent() || exists(code)) {
                continue;
            }
            String file = "competency/" + row.get("file");
            VersionRow v = standards.importFramework(FrameworkCsv.read(reader(file), code, row.get("title"),
                    row.get("source_ref"), row.isBlank("effective_date") ? null
                            : LocalDate.parse(row.get("effective_date"))), "content");
            standards.publishSeed(v.id());
            loadProfiles(em.find(StandardVersion.class, v.id()));
            LOG.info(() -> "Competency standard " + code + " loaded and published from " + file);
        }
        int added = loadEvidence();
        if (added > 0) {
            LOG.info("Competency evidence: " + added + " rows added");
        }
    }

    private boolean exists(String code) {
        return em.createQuery("select count(s) from CompetencyStandard s where s.code = :c", Long.class)
                .setParameter("c", code).getSingleResult() > 0;
    }

    private void loadProfiles(StandardVersion version) {
        String file = "competency/profiles.csv";
        Map<String, PositionGroup> groups = byCode(PositionGroup.class, PositionGroup::getCode);
        Map<String, Position> positions = byCode(Position.class, Position::getCode);
        var framework = version.toFramework();
        for (Table.Row row : ContentFiles.csv(file).orElse(List.of())) {
            if (!row.get("standard").equals(version.getStandard().getCode())) {
                continue;
            }
            PositionGroup group = groups.get(row.get("position_group"));
            Position position = row.isBlank("position") ? null : positions.get(row.get("position"));
            if (group == null || !row.isBlank("position") && position == null) {
                throw new ContentException(file, row.line(), "unknown position group or position");
            }
            if (framework.competency(row.get("competency")) == null) {
                throw new ContentException(file, row.line(), "unknown competency " + row.get("competency"));
            }
            try {
                em.persist(new ProfileRequirement(version, group, position, new Requirement(row.get("competency"),
                        Integer.parseInt(row.get("min_level")), Integer.parseInt(row.get("target_level")),
                        Integer.parseInt(row.get("weight")))));
            } catch (IllegalArgumentException e) {
                throw new ContentException(file, row.line(), e.getMessage());
            }
        }
    }

    private int loadEvidence() {
        String file = "competency/evidence.csv";
        List<Table.Row> rows = ContentCalendar.csv(LocalDate.now(clock)).apply(file).orElse(List.of());
        // only the seeded persons and their evidence: a national database holds millions of pieces besides
        List<String> codes = rows.stream().map(r -> r.get("person_code")).distinct().toList();
        Map<String, Long> persons = codes.isEmpty() ? Map.of()
                : em.createQuery("select p.code, p.id from Person p where p.code in :c", Object[].class)
                        .setParameter("c", codes).getResultStream()
                        .collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
        Set<String> present = persons.isEmpty() ? new HashSet<>()
                : new HashSet<>(em.createQuery("select e from Evidence e where e.personId in :ids", Evidence.class)
                        .setParameter("ids", List.copyOf(persons.values())).getResultStream()
                        .map(CompetencyContent::key).toList());
        int added = 0;
        for (Table.Row row : rows) {
            Long personId = persons.get(row.get("person_code"));
            if (personId == null) {
                throw new ContentException(file, row.line(), "unknown person_code " + row.get("person_code"));
            }
            Evidence e;
            try {
                e = new Evidence(personId, row.get("standard"), row.get("competency"),
                        Integer.parseInt(row.get("level")), EvidenceSource.valueOf(row.get("source")),
                        LocalDate.parse(row.get("date")),
                        row.isBlank("expires") ? null : LocalDate.parse(row.get("expires")),
                        row.get("reference"), "content", clock.instant());
            } catch (RuntimeException ex) {
                throw new ContentException(file, row.line(), ex.getMessage());
            }
            if (present.add(key(e))) {
                em.persist(e);
                snapshots.outOfDate(personId, LocalDate.now(clock));
                added++;
            }
        }
        return added;
    }

    private static String key(Evidence e) {
        return e.getPersonId() + "|" + e.getStandardCode() + "|" + e.getCompetencyCode() + "|" + e.getLevel() + "|"
                + e.getSource() + "|" + e.getObservedOn();
    }

    private <T> Map<String, T> byCode(Class<T> type, Function<T, String> key) {
        return em.createQuery("select e from " + type.getSimpleName() + " e", type).getResultStream()
                .collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, HashMap::new));
    }

    private static java.io.Reader reader(String file) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        InputStream in = loader.getResourceAsStream("content/" + file);
        if (in == null) {
            throw new UncheckedIOException(new IOException("content/" + file + " is missing"));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
