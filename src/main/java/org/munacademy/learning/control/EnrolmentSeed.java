package org.munacademy.learning.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.munacademy.learning.entity.CohortData;
import org.munacademy.learning.entity.EnrolmentStatus;
import org.munacademy.learning.entity.LessonKind;
import org.munacademy.shared.control.ContentFiles.ContentException;
import org.munacademy.shared.control.Table;

/**
 * The seeded enrolments of demo people ({@code content/learning/enrolments.csv}), so that every learning screen shows
 * real shapes: participants with lessons done, a waiting list, a request HR has not approved yet, and completions
 * that match the issued documents of {@code documents.csv}.
 * <p>
 * Every reference is checked against the other content files before anything is stored, and an unknown one stops the
 * start-up naming the file, the line and the reference: the person ({@code identity/persons.csv}), the programme
 * ({@code programmes.csv}), the cohort ({@code cohorts.csv}, of that programme), the lessons ({@code lessons.csv},
 * as {@code module.lesson}, only those a learner marks done — text, file, video — and only for a participant holding a
 * seat), and for a completion the document the person holds for the programme (issued on or after the completion,
 * which is not before the cohort starts); a completion has all its text, file and video lessons done.
 */
public final class EnrolmentSeed {

    static final String FILE = LearningSeed.FOLDER + "enrolments.csv";

    private EnrolmentSeed() {
    }

    /** A lesson by its place in the course: module number and lesson number within it, both from 1. */
    public record LessonRef(int module, int lesson) {

        /** {@code 2.1}: the first lesson of the second module. */
        static LessonRef parse(String s) {
            String[] parts = s.strip().split("\\.");
            if (parts.length != 2) {
                throw new IllegalArgumentException(s);
            }
            LessonRef ref = new LessonRef(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            if (ref.module < 1 || ref.lesson < 1) {
                throw new IllegalArgumentException(s);
            }
            return ref;
        }

        @Override
        public String toString() {
            return module + "." + lesson;
        }
    }

    /** One row: who, where, in which state, which lessons are done, and when a completion happened. */
    public record SeedEnrolment(int line, String personCode, String programmeCode, String cohortCode,
            EnrolmentStatus status, List<LessonRef> lessonsDone, LocalDate completedOn) {

        public SeedEnrolment {
            lessonsDone = List.copyOf(lessonsDone);
        }
    }

    /** What the rows may refer to, as the other content files say. */
    public record References(Set<String> persons, Set<String> programmes, Map<String, CohortData> cohorts,
            Map<String, Map<LessonRef, LessonKind>> lessons, Map<String, LocalDate> documents) {

        /** The key of a document: programme and person. */
        static String document(String programmeCode, String personCode) {
            return programmeCode + "/" + personCode;
        }
    }

    /** The statuses a seeded enrolment may have (a withdrawal is no demo shape). */
    static final Set<EnrolmentStatus> SEEDED = Set.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING,
            EnrolmentStatus.REQUESTED, EnrolmentStatus.COMPLETED);

    /** The rows, checked against the other content files (none when the file is missing). */
    public static List<SeedEnrolment> load(Function<String, Optional<List<Table.Row>>> csv) {
        List<SeedEnrolment> rows = read(csv);
        if (!rows.isEmpty()) {
            check(rows, references(csv));
        }
        return rows;
    }

    /** The rows in file order, each well formed (none when the file is missing). */
    public static List<SeedEnrolment> read(Function<String, Optional<List<Table.Row>>> csv) {
        List<SeedEnrolment> out = new ArrayList<>();
        for (Table.Row r : csv.apply(FILE).orElse(List.of())) {
            for (String column : List.of("person_code", "programme_code", "cohort_code", "status")) {
                if (r.isBlank(column)) {
                    throw new ContentException(FILE, r.line(), column + " is missing");
                }
            }
            EnrolmentStatus status;
            try {
                status = EnrolmentStatus.valueOf(r.get("status").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                status = null;
            }
            if (status == null || !SEEDED.contains(status)) {
                throw new ContentException(FILE, r.line(), "status is one of " + SEEDED + ", not " + r.get("status"));
            }
            List<LessonRef> done = new ArrayList<>();
            for (String ref : r.get("lessons_done").split(";")) {
                if (ref.isBlank()) {
                    continue;
                }
                try {
                    done.add(LessonRef.parse(ref));
                } catch (IllegalArgumentException e) {
                    throw new ContentException(FILE, r.line(), "lessons_done lists module.lesson numbers (1.2;2.1), "
                            + "not " + ref.strip());
                }
            }
            LocalDate completedOn = null;
            if (!r.isBlank("completed_on")) {
                try {
                    completedOn = LocalDate.parse(r.get("completed_on"));
                } catch (DateTimeParseException e) {
                    throw new ContentException(FILE, r.line(), "completed_on is not a date yyyy-mm-dd: "
                            + r.get("completed_on"));
                }
            }
            out.add(new SeedEnrolment(r.line(), r.get("person_code"), r.get("programme_code"), r.get("cohort_code"),
                    status, done, completedOn));
        }
        return out;
    }

    /** The references the rows may use, from the other content files. */
    public static References references(Function<String, Optional<List<Table.Row>>> csv) {
        Set<String> persons = new HashSet<>();
        csv.apply("identity/persons.csv").orElse(List.of()).forEach(r -> persons.add(r.get("code")));
        Set<String> programmes = new HashSet<>();
        csv.apply(LearningSeed.FOLDER + "programmes.csv").orElse(List.of()).forEach(r -> programmes.add(r.get("code")));
        Map<String, CohortData> cohorts = new LinkedHashMap<>();
        CohortSeed.read(csv).forEach(c -> cohorts.put(c.getCode(), c));
        Map<String, Map<LessonRef, LessonKind>> lessons = new HashMap<>();
        for (Table.Row r : csv.apply(LearningSeed.FOLDER + "lessons.csv").orElse(List.of())) {
            try {
                lessons.computeIfAbsent(r.get("programme_code"), k -> new HashMap<>()).put(
                        new LessonRef(Integer.parseInt(r.get("module")), Integer.parseInt(r.get("lesson"))),
                        LessonKind.valueOf(r.get("kind").toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ContentException(LearningSeed.FOLDER + "lessons.csv", r.line(), e.getMessage());
            }
        }
        Map<String, LocalDate> documents = new HashMap<>();
        for (Table.Row r : csv.apply(LearningSeed.FOLDER + "documents.csv").orElse(List.of())) {
            try {
                documents.put(References.document(r.get("programme_code"), r.get("person_code")),
                        LocalDate.parse(r.get("issued_on")));
            } catch (DateTimeParseException e) {
                throw new ContentException(LearningSeed.FOLDER + "documents.csv", r.line(), e.getMessage());
            }
        }
        return new References(persons, programmes, cohorts, lessons, documents);
    }

    /** Refuses the first row that refers to something the content does not hold, or contradicts it. */
    public static void check(List<SeedEnrolment> rows, References refs) {
        Set<String> seen = new HashSet<>();
        for (SeedEnrolment e : rows) {
            if (!refs.persons().contains(e.personCode())) {
                throw new ContentException(FILE, e.line(), "unknown person " + e.personCode()
                        + " (not in identity/persons.csv)");
            }
            if (!refs.programmes().contains(e.programmeCode())) {
                throw new ContentException(FILE, e.line(), "unknown programme " + e.programmeCode()
                        + " (not in learning/programmes.csv)");
            }
            CohortData cohort = refs.cohorts().get(e.cohortCode());
            if (cohort == null) {
                throw new ContentException(FILE, e.line(), "unknown cohort " + e.cohortCode()
                        + " (not in learning/cohorts.csv)");
            }
            if (!cohort.getProgrammeCode().equals(e.programmeCode())) {
                throw new ContentException(FILE, e.line(), "cohort " + e.cohortCode() + " offers "
                        + cohort.getProgrammeCode() + ", not " + e.programmeCode());
            }
            if (!seen.add(e.cohortCode() + "/" + e.personCode())) {
                throw new ContentException(FILE, e.line(), e.personCode() + " is listed twice in " + e.cohortCode());
            }
            Map<LessonRef, LessonKind> lessons = refs.lessons().getOrDefault(e.programmeCode(), Map.of());
            for (LessonRef ref : e.lessonsDone()) {
                LessonKind kind = lessons.get(ref);
                if (kind == null) {
                    throw new ContentException(FILE, e.line(), "unknown lesson " + ref + " of " + e.programmeCode()
                            + " (not in learning/lessons.csv)");
                }
                if (!kind.hasPage()) {
                    throw new ContentException(FILE, e.line(), "lesson " + ref + " of " + e.programmeCode() + " is a "
                            + kind + ": it is done by its test or package, not marked done");
                }
            }
            checkCompletion(e, cohort, refs);
        }
    }

    private static void checkCompletion(SeedEnrolment e, CohortData cohort, References refs) {
        if (e.status() != EnrolmentStatus.ENROLLED && !e.lessonsDone().isEmpty()) {
            throw new ContentException(FILE, e.line(), "lessons_done is for ENROLLED rows (a participant holding a "
                    + "seat; a completion has every lesson done)");
        }
        if (e.status() != EnrolmentStatus.COMPLETED) {
            if (e.completedOn() != null) {
                throw new ContentException(FILE, e.line(), "completed_on is for a COMPLETED enrolment only");
            }
            return;
        }
        if (e.completedOn() == null) {
            throw new ContentException(FILE, e.line(), "a COMPLETED enrolment needs completed_on");
        }
        if (e.completedOn().isBefore(cohort.getStartsOn())) {
            throw new ContentException(FILE, e.line(), "completed_on " + e.completedOn() + " is before cohort "
                    + e.cohortCode() + " starts (" + cohort.getStartsOn() + ")");
        }
        LocalDate issued = refs.documents().get(References.document(e.programmeCode(), e.personCode()));
        if (issued == null) {
            throw new ContentException(FILE, e.line(), e.personCode() + " completed " + e.programmeCode()
                    + " but holds no document for it in learning/documents.csv");
        }
        if (issued.isBefore(e.completedOn())) {
            throw new ContentException(FILE, e.line(), "the document of " + e.personCode() + " for "
                    + e.programmeCode() + " is issued on " + issued + ", before the completion " + e.completedOn());
        }
    }
}
