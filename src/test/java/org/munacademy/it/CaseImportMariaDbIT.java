package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.munacademy.competency.control.CaseJson;
import org.munacademy.competency.control.FrameworkCsv;
import org.munacademy.competency.entity.CompetencyImportError;
import org.munacademy.competency.entity.CompetencyKind;
import org.munacademy.competency.entity.CompetencyStandard;
import org.munacademy.competency.entity.Framework;
import org.munacademy.competency.entity.StandardVersion;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.entity.ImportRejectedException;

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

    /**
     * The field limits the imports check are the columns' lengths on MariaDB too (utf8mb4 counts characters, not
     * bytes): Cyrillic values exactly at each limit — a 40-character code, a 500-character statement, a
     * 2,000-character note, a 100-character level name, a 1,000-character indicator, a 36-character identifier that is
     * no UUID — are stored and read back unchanged, and one character more is refused by the reader naming the item
     * and field, before anything reaches the database.
     */
    @Test
    void values_at_their_field_limits_are_stored_on_mariadb_and_one_character_more_is_refused_by_the_reader() {
        String code = "К".repeat(FieldLimits.CODE);
        String atLimitId = "i".repeat(FieldLimits.CASE_ID);
        Framework atLimits = new Framework("LIMITS", "Т".repeat(FieldLimits.TITLE), "И".repeat(FieldLimits.SOURCE_REF),
                LocalDate.of(2026, 1, 1), "d".repeat(FieldLimits.CASE_ID),
                List.of(new Framework.Level(1, "У".repeat(FieldLimits.LEVEL_NAME), "О".repeat(FieldLimits.DESCRIPTION),
                        null)),
                List.of(new Framework.Area("А".repeat(FieldLimits.CODE), "Н".repeat(FieldLimits.TITLE),
                        "З".repeat(FieldLimits.DESCRIPTION), "a".repeat(FieldLimits.CASE_ID),
                        List.of(new Framework.Competency(code, "С".repeat(FieldLimits.TITLE),
                                "Ё".repeat(FieldLimits.DESCRIPTION), CompetencyKind.PROFESSIONAL, atLimitId,
                                "p".repeat(FieldLimits.CASE_ID),
                                List.of(new Framework.Indicator(1, "Ж".repeat(FieldLimits.INDICATOR))))))));
        Instant exported = Instant.parse("2026-01-15T10:00:00Z");
        Framework fromCase = CaseJson.read(CaseJson.write(atLimits, 1, "Adopted", exported, "https://a.example/c"));

        long versionId;
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            CompetencyStandard standard = new CompetencyStandard(fromCase.standardCode(), fromCase.title(),
                    fromCase.sourceRef(), exported);
            em.persist(standard);
            StandardVersion version = new StandardVersion(standard, 1, null, "test", exported);
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
            assertThat(stored.content()).isEqualTo(atLimits.content());
            assertThat(stored.competency(code).caseId()).isEqualTo(atLimitId);
        } finally {
            reader.close();
        }

        String oneMore = CaseJson.write(new Framework("LIMITS", atLimits.title(), atLimits.sourceRef(),
                atLimits.effectiveDate(), atLimits.caseId(), atLimits.levels(),
                List.of(new Framework.Area("А".repeat(FieldLimits.CODE), "Н".repeat(FieldLimits.TITLE), null,
                        "a".repeat(FieldLimits.CASE_ID + 1), List.of(new Framework.Competency(code + "К",
                                "С".repeat(FieldLimits.TITLE + 1), "Ё".repeat(FieldLimits.DESCRIPTION + 1),
                                CompetencyKind.PROFESSIONAL, atLimitId, null, List.of()))))),
                1, "Adopted", exported, "https://a.example/c");
        assertThatThrownBy(() -> CaseJson.read(oneMore)).isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.errors()).extracting(ImportRejectedException.ImportError::code,
                        ImportRejectedException.ImportError::args).contains(
                        tuple(CompetencyImportError.CASE_ID_TOO_LONG, List.of("a".repeat(FieldLimits.CASE_ID + 1),
                                37, 36)),
                        tuple(CompetencyImportError.CASE_TOO_LONG, List.of("humanCodingScheme", 41, 40)),
                        tuple(CompetencyImportError.CASE_TOO_LONG, List.of("fullStatement", 501, 500)),
                        tuple(CompetencyImportError.CASE_TOO_LONG, List.of("notes", 2001, 2000))));
    }
}
