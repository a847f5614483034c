package org.munacademy.learning.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.munacademy.learning.control.EnrolmentSeed.References;
import org.munacademy.learning.control.EnrolmentSeed.SeedEnrolment;
import org.munacademy.learning.entity.CohortData;
import org.munacademy.learning.entity.EnrolmentStatus;
import org.munacademy.shared.control.ContentFiles;
import org.munacademy.shared.control.ContentFiles.ContentException;
import org.munacademy.shared.control.Table;

/**
 * The seeded enrolments refer only to what the other content files hold, give the shapes the screens need (lessons
 * done, a waiting list, a request, completions matching issued documents), leave the demo employee alone (the
 * browser journeys enrol her themselves), and a wrong reference stops the seed naming the line and the reference.
 */
class EnrolmentSeedTest {

    private static final String HEADER = "person_code,programme_code,cohort_code,status,lessons_done,completed_on";

    /** The content, with {@code enrolments.csv} replaced by the given lines (after the header). */
    private static Function<String, Optional<List<Table.Row>>> with(String... lines) {
        return path -> {
            if (!path.equals(EnrolmentSeed.FILE)) {
                return ContentFiles.csv(path);
            }
            String[] header = HEADER.split(",");
            List<Table.Row> rows = new java.util.ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                String[] values = lines[i].split(",", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < header.length; c++) {
                    row.put(header[c], c < values.length ? values[c] : "");
                }
                rows.add(new Table.Row(i + 2, row));
            }
            return Optional.of(rows);
        };
    }

    private static String refusal(String line) {
        try {
            EnrolmentSeed.load(with(line));
        } catch (ContentException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + line);
    }

    @Test
    void the_seeded_enrolments_refer_to_the_content_and_show_every_shape() {
        List<SeedEnrolment> rows = EnrolmentSeed.load(ContentFiles::csv);
        assertThat(rows).extracting(SeedEnrolment::status).contains(EnrolmentStatus.ENROLLED,
                EnrolmentStatus.WAITING, EnrolmentStatus.REQUESTED, EnrolmentStatus.COMPLETED);
        assertThat(rows).filteredOn(r -> r.status() == EnrolmentStatus.ENROLLED)
                .anySatisfy(r -> assertThat(r.lessonsDone()).hasSizeGreaterThan(1))
                .anySatisfy(r -> assertThat(r.lessonsDone()).isEmpty());
        assertThat(rows).extracting(SeedEnrolment::personCode).as("the demo employee enrols in the journeys")
                .doesNotContain("PER-0001");
    }

    @Test
    void each_seeded_completion_matches_an_issued_document() {
        References refs = EnrolmentSeed.references(ContentFiles::csv);
        List<SeedEnrolment> completed = EnrolmentSeed.load(ContentFiles::csv).stream()
                .filter(r -> r.status() == EnrolmentStatus.COMPLETED).toList();
        assertThat(completed).isNotEmpty().allSatisfy(r -> assertThat(refs.documents())
                .hasEntrySatisfying(References.document(r.programmeCode(), r.personCode()),
                        issued -> assertThat(issued).isAfterOrEqualTo(r.completedOn())));
    }

    @Test
    void seats_are_taken_before_the_waiting_list_in_file_order() {
        References refs = EnrolmentSeed.references(ContentFiles::csv);
        Map<String, Integer> taken = new HashMap<>();
        for (SeedEnrolment r : EnrolmentSeed.load(ContentFiles::csv)) {
            CohortData cohort = refs.cohorts().get(r.cohortCode());
            int seats = taken.getOrDefault(r.cohortCode(), 0);
            switch (r.status()) {
                case ENROLLED, COMPLETED -> {
                    assertThat(seats).as("line %d: a free seat", r.line()).isLessThan(cohort.getSeats());
                    taken.put(r.cohortCode(), seats + 1);
                }
                case WAITING -> assertThat(seats).as("line %d: the cohort is full", r.line())
                        .isEqualTo(cohort.getSeats());
                default -> {
                }
            }
        }
    }

    @Test
    void an_unknown_person_programme_or_cohort_stops_the_seed_naming_it() {
        assertThat(refusal("PER-9999,PM-36,PM-36-2027-01,ENROLLED,,"))
                .contains("enrolments.csv, line 2").contains("unknown person PER-9999");
        assertThat(refusal("PER-0018,NOPE-1,PM-36-2027-01,ENROLLED,,")).contains("unknown programme NOPE-1");
        assertThat(refusal("PER-0018,PM-36,PM-36-2031-01,ENROLLED,,")).contains("unknown cohort PM-36-2031-01");
        assertThat(refusal("PER-0018,IB-72,PM-36-2027-01,ENROLLED,,"))
                .contains("cohort PM-36-2027-01 offers PM-36, not IB-72");
    }

    @Test
    void lessons_completions_and_statuses_that_the_content_contradicts_are_refused() {
        assertThat(refusal("PER-0018,PM-36,PM-36-2027-01,ENROLLED,1.1;4.1,"))
                .contains("unknown lesson 4.1 of PM-36");
        assertThat(refusal("PER-0018,PM-36,PM-36-2027-01,ENROLLED,3.2,"))
                .contains("lesson 3.2 of PM-36 is a CHECK");
        assertThat(refusal("PER-0018,PM-36,PM-36-2027-01,ENROLLED,first,")).contains("lessons_done");
        assertThat(refusal("PER-0018,PM-36,PM-36-2027-01,WITHDRAWN,,")).contains("status is one of");
        assertThat(refusal("PER-0018,PM-36,PM-36-2027-01,WAITING,1.1,")).contains("lessons_done is for ENROLLED");
        assertThat(refusal("PER-0018,IB-72,IB-72-2026-03,COMPLETED,,2026-04-10"))
                .contains("PER-0018 completed IB-72 but holds no document");
        assertThat(refusal("PER-0002,IB-72,IB-72-2026-03,COMPLETED,,")).contains("needs completed_on");
        assertThat(refusal("PER-0002,IB-72,IB-72-2026-03,COMPLETED,,2026-04-20"))
                .contains("issued on 2026-04-17, before the completion 2026-04-20");
        assertThat(refusal("PER-0002,IB-72,IB-72-2026-03,COMPLETED,,2026-03-01")).contains("before cohort");
        assertThat(refusal("PER-0018,PM-36,PM-36-2027-01,ENROLLED,,2026-12-01")).contains("COMPLETED enrolment only");
        assertThatThrownBy(() -> EnrolmentSeed.load(with("PER-0018,PM-36,PM-36-2027-01,ENROLLED,,",
                "PER-0018,PM-36,PM-36-2027-01,ENROLLED,,"))).hasMessageContaining("line 3")
                .hasMessageContaining("listed twice");
    }
}
