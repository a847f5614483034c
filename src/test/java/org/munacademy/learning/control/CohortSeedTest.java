package org.munacademy.learning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.munacademy.learning.control.LearningSeed.SeedProgramme;
import org.munacademy.learning.entity.CohortData;
import org.munacademy.learning.entity.ProgrammeStatus;
import org.munacademy.shared.control.ContentFiles;

/**
 * The seeded cohorts offer published programmes of the content, with dates in order, and in December 2026 (when the
 * demo runs) every published programme has a cohort open for enrolment. A draft whose SCORM package
 * {@code scorm/packages.csv} attaches and publishes counts as published.
 */
class CohortSeedTest {

    private static final List<CohortData> COHORTS = CohortSeed.read(ContentFiles::csv);

    @Test
    void every_cohort_offers_a_published_programme_of_the_content_with_dates_in_order() {
        Set<String> published = published();
        assertThat(COHORTS).isNotEmpty();
        assertThat(COHORTS).allSatisfy(c -> {
            assertThat(published).contains(c.getProgrammeCode());
            assertThat(c.getEndsOn()).isAfterOrEqualTo(c.getStartsOn());
            assertThat(c.getEnrolTo()).isAfterOrEqualTo(c.getEnrolFrom()).isBeforeOrEqualTo(c.getStartsOn());
            assertThat(c.getSeats()).isBetween(1, CohortData.MAX_SEATS);
        });
        assertThat(COHORTS.stream().map(CohortData::getCode).distinct().count()).isEqualTo(COHORTS.size());
    }

    @Test
    void in_december_2026_each_published_programme_has_a_cohort_open_for_enrolment() {
        LocalDate demoDay = LocalDate.of(2026, 12, 5);
        Set<String> open = COHORTS.stream()
                .filter(c -> !demoDay.isBefore(c.getEnrolFrom()) && !demoDay.isAfter(c.getEnrolTo()))
                .map(CohortData::getProgrammeCode).collect(Collectors.toSet());
        assertThat(open).containsExactlyInAnyOrderElementsOf(published());
    }

    /** Published in {@code programmes.csv}, or published by the loader once its SCORM package is attached. */
    private static Set<String> published() {
        Set<String> out = LearningSeed.read(ContentFiles::csv, ContentFiles::text).programmes().stream()
                .filter(p -> p.status() == ProgrammeStatus.PUBLISHED).map(SeedProgramme::data)
                .map(d -> d.getCode()).collect(Collectors.toCollection(HashSet::new));
        ContentFiles.csv("learning/scorm/packages.csv").orElse(List.of()).stream()
                .filter(r -> "true".equalsIgnoreCase(r.get("publish"))).forEach(r -> out.add(r.get("programme")));
        return out;
    }
}
