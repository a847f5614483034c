package org.munacademy.learning.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.munacademy.learning.entity.CompetencyTarget;
import org.munacademy.learning.entity.LessonData;
import org.munacademy.learning.entity.LessonKind;
import org.munacademy.learning.entity.Prerequisite;
import org.munacademy.learning.entity.PrerequisiteKind;
import org.munacademy.learning.entity.ProgrammeData;
import org.munacademy.learning.entity.ProgrammeKind;
import org.munacademy.learning.entity.ProgrammeStatus;
import org.munacademy.learning.entity.ProviderData;
import org.munacademy.learning.entity.StudyFormat;
import org.munacademy.shared.control.ContentFiles.ContentException;
import org.munacademy.shared.control.Table;

/**
 * The seeded learning content ({@code content/learning/}, see its README) read into the records the boundary stores:
 * providers, programmes with their competencies and prerequisites, and their courses — modules of lessons whose text
 * bodies are Markdown files of their own. Reading checks the files' own shape (columns, kinds, numbers, that every
 * file named exists); what other contexts know (competencies, tests, position groups) the boundary checks when it
 * stores the content, as it checks a methodologist's input.
 */
public final class LearningSeed {

    static final String FOLDER = "learning/";

    private LearningSeed() {
    }

    /** The content: providers and programmes in file order. */
    public record Seed(List<ProviderData> providers, List<SeedProgramme> programmes) {
    }

    /** A programme with the status it is seeded in and its course. */
    public record SeedProgramme(ProgrammeData data, ProgrammeStatus status, List<SeedModule> modules) {
    }

    /** A module with its lessons in order. */
    public record SeedModule(String title, List<SeedLesson> lessons) {
    }

    /**
     * A lesson; a FILE lesson names its file under {@code content/learning/} ({@code file}), which the loader stores
     * in the file store before it sets the lesson's SHA-256.
     */
    public record SeedLesson(LessonData data, String file) {
    }

    /**
     * Reads the content.
     *
     * @param csv  the rows of a CSV file under {@code content/}, or empty when it is missing
     * @param text the text of a file under {@code content/}, or empty when it is missing
     * @throws ContentException naming the file and line of the first problem
     */
    public static Seed read(Function<String, Optional<List<Table.Row>>> csv, Function<String, Optional<String>> text) {
        List<ProviderData> providers = new ArrayList<>();
        for (Table.Row r : rows(csv, "providers.csv")) {
            ProviderData p = new ProviderData();
            p.setCode(r.get("code"));
            p.setName(r.get("name"));
            p.setShortName(r.get("short_name"));
            p.setInn(r.get("inn"));
            p.setLicenceNumber(r.get("licence_number"));
            p.setLicenceDate(r.isBlank("licence_date") ? null : date("providers.csv", r, "licence_date"));
            p.setRegionCode(r.isBlank("region_code") ? null : r.get("region_code"));
            if (!Inn.validOrganisation(p.getInn())) {
                throw new ContentException(FOLDER + "providers.csv", r.line(), "ИНН " + p.getInn() + " is invalid");
            }
            providers.add(p);
        }

        Map<String, List<CompetencyTarget>> competencies = new LinkedHashMap<>();
        for (Table.Row r : rows(csv, "programme-competencies.csv")) {
            competencies.computeIfAbsent(r.get("programme_code"), k -> new ArrayList<>()).add(new CompetencyTarget(
                    r.get("competency_code"), number("programme-competencies.csv", r, "target_level")));
        }
        Map<String, List<Prerequisite>> prerequisites = new LinkedHashMap<>();
        for (Table.Row r : rows(csv, "prerequisites.csv")) {
            prerequisites.computeIfAbsent(r.get("programme_code"), k -> new ArrayList<>()).add(new Prerequisite(
                    constant(PrerequisiteKind.class, "prerequisites.csv", r, "kind"), r.get("code"),
                    r.isBlank("min_level") ? null : number("prerequisites.csv", r, "min_level")));
        }
        Map<String, Map<Integer, SeedModuleBuilder>> courses = new LinkedHashMap<>();
        for (Table.Row r : rows(csv, "lessons.csv")) {
            SeedModuleBuilder module = courses.computeIfAbsent(r.get("programme_code"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(number("lessons.csv", r, "module"), k -> new SeedModuleBuilder(
                            r.get("module_title")));
            module.lessons.add(lesson(r, text));
        }

        List<SeedProgramme> programmes = new ArrayList<>();
        for (Table.Row r : rows(csv, "programmes.csv")) {
            String code = r.get("code");
            ProgrammeData d = new ProgrammeData();
            d.setCode(code);
            d.setTitle(r.get("title"));
            d.setKind(constant(ProgrammeKind.class, "programmes.csv", r, "kind"));
            d.setFormat(constant(StudyFormat.class, "programmes.csv", r, "format"));
            d.setDistanceLearning(Boolean.parseBoolean(r.get("distance_learning")));
            d.setHours(number("programmes.csv", r, "hours"));
            d.setProviderCode(r.get("provider_code"));
            d.setDescription(r.isBlank("description_file") ? null
                    : file(text, "programmes.csv", r, r.get("description_file")));
            d.setCompetencies(competencies.getOrDefault(code, List.of()));
            d.setPrerequisites(prerequisites.getOrDefault(code, List.of()));
            List<SeedModule> modules = courses.getOrDefault(code, Map.of()).values().stream()
                    .map(b -> new SeedModule(b.title, List.copyOf(b.lessons))).toList();
            programmes.add(new SeedProgramme(d, constant(ProgrammeStatus.class, "programmes.csv", r, "status"),
                    modules));
        }
        for (String code : courses.keySet()) {
            if (programmes.stream().noneMatch(p -> p.data().getCode().equals(code))) {
                throw new ContentException(FOLDER + "lessons.csv", 0, "lessons of an unknown programme " + code);
            }
        }
        return new Seed(providers, programmes);
    }

    private static SeedLesson lesson(Table.Row r, Function<String, Optional<String>> text) {
        LessonData l = new LessonData();
        l.setTitle(r.get("title"));
        LessonKind kind = constant(LessonKind.class, "lessons.csv", r, "kind");
        l.setKind(kind);
        l.setMandatory(!"false".equalsIgnoreCase(r.get("mandatory")));
        String content = r.get("content");
        String file = null;
        switch (kind) {
            case TEXT -> l.setBody(file(text, "lessons.csv", r, content));
            case VIDEO -> l.setVideoUrl(content);
            case CHECK -> l.setTestCode(content);
            case FILE -> file = FOLDER + content;
            case SCORM -> {
                // the package is uploaded through the SCORM part; a seeded SCORM lesson is a placeholder
            }
            default -> throw new IllegalStateException(kind.name());
        }
        return new SeedLesson(l, file);
    }

    private static final class SeedModuleBuilder {
        private final String title;
        private final List<SeedLesson> lessons = new ArrayList<>();

        SeedModuleBuilder(String title) {
            this.title = title;
        }
    }

    private static List<Table.Row> rows(Function<String, Optional<List<Table.Row>>> csv, String file) {
        return csv.apply(FOLDER + file).orElse(List.of());
    }

    private static String file(Function<String, Optional<String>> text, String csvFile, Table.Row r, String name) {
        return text.apply(FOLDER + name).orElseThrow(() -> new ContentException(FOLDER + csvFile, r.line(),
                "no file content/" + FOLDER + name));
    }

    private static int number(String file, Table.Row r, String column) {
        try {
            return Integer.parseInt(r.get(column));
        } catch (NumberFormatException e) {
            throw new ContentException(FOLDER + file, r.line(), column + " is not a whole number: " + r.get(column));
        }
    }

    private static LocalDate date(String file, Table.Row r, String column) {
        try {
            return LocalDate.parse(r.get(column));
        } catch (DateTimeParseException e) {
            throw new ContentException(FOLDER + file, r.line(), column + " is not a date yyyy-mm-dd: " + r.get(column));
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String file, Table.Row r, String column) {
        try {
            return Enum.valueOf(type, r.get(column).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ContentException(FOLDER + file, r.line(), column + " is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ": " + r.get(column));
        }
    }
}
