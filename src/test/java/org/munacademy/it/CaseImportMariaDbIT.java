package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.munacademy.competency.control.CaseJson;
import org.munacademy.competency.control.FrameworkCsv;
import org.munacademy.competency.entity.CompetencyStandard;
import org.munacademy.competency.entity.Framework;
import org.munacademy.competency.entity.StandardVersion;

/**
 * The seeded national standard exported as a CASE 1.1 package and imported into an empty MariaDB database gives
 * the same framework: the same scale, areas, competencies and indicators, and the same CASE identifiers; and
 * exporting it again from the database gives the identical package.
 */
class CaseImportMariaDbIT {

    static EntityManagerFactory emf;

    @BeforeAll
    static void emptyDatabase() {
        emf = MariaDb.migratedPersistenceUnit("academy_case_it", "academy_case", "academy_case_pw", ds -> ds);
    }

    @AfterAll
    static void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void the_case_export_of_the_seeded_standard_imported_into_an_empty_database_is_the_same_framework() {
        Framework seeded;
        try (var in = new InputStreamReader(getClass().getResourceAsStream("/content/competency/mun-comp-v1.csv"),
                StandardCharsets.UTF_8)) {
            seeded = FrameworkCsv.read(in, "MUN-COMP", "Национальный стандарт профессиональных компетенций "
                    + "муниципальных служащих", "25-ФЗ", LocalDate.of(2024, 1, 1));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Instant exported = Instant.parse("2026-01-15T10:00:00Z");
        String json = CaseJson.write(seeded, 1, "Adopted", exported, "https://academy.example/case");
        Framework fromCase = CaseJson.read(json);

        long versionId;
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            CompetencyStandard standard = new CompetencyStandard(fromCase.standardCode(), fromCase.title(),
                    fromCase.sourceRef(), java.time.Instant.now());
            em.persist(standard);
            StandardVersion version = new StandardVersion(standard, 1, null, "test", java.time.Instant.now());
            version.fill(fromCase);
            em.persist(version);
            em.getTransaction().commit();
            versionId = version.getId();
        } finally {
            em.close();
        }

        EntityManager reader = emf.createEntityManager();
        try {
            Framework stored = reader.find(StandardVersion.class, versionId).toFramework();
            assertThat(stored.content()).isEqualTo(seeded.content());
            assertThat(stored.competencies()).extracting(Framework.Competency::caseId)
                    .containsExactlyElementsOf(fromCase.competencies().stream().map(Framework.Competency::caseId)
                            .toList());
            assertThat(stored.competencies().size()).isGreaterThanOrEqualTo(30);
            String again = CaseJson.write(new Framework(stored.standardCode(), stored.title(), stored.sourceRef(),
                    stored.effectiveDate(), fromCase.caseId(), stored.levels(), stored.areas()), 1, "Adopted",
                    exported, "https://academy.example/case");
            assertThat(CaseJson.read(again)).isEqualTo(fromCase);
        } finally {
            reader.close();
        }
    }
}
