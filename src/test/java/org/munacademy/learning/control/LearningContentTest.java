package org.munacademy.learning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.munacademy.learning.control.LearningSeed.Seed;
import org.munacademy.learning.control.LearningSeed.SeedLesson;
import org.munacademy.learning.control.LearningSeed.SeedProgramme;
import org.munacademy.learning.entity.CompetencyTarget;
import org.munacademy.learning.entity.LessonKind;
import org.munacademy.learning.entity.Prerequisite;
import org.munacademy.learning.entity.PrerequisiteKind;
import org.munacademy.learning.entity.ProgrammeKind;
import org.munacademy.learning.entity.ProgrammeStatus;
import org.munacademy.learning.entity.ProviderData;
import org.munacademy.learning.entity.VideoLink;
import org.munacademy.shared.control.ContentFiles;
import org.munacademy.shared.control.Table;
import org.munacademy.shared.entity.FileType;

/**
 * The seeded learning content ({@code content/learning/}) parses and refers only to what the other content files
 * hold: competencies and levels of the standard, assessment tests that assess a competency of the programme, position
 * groups, regions, earlier programmes; and it is real text of real shape.
 */
class LearningContentTest {

    private static final Seed SEED = LearningSeed.read(ContentFiles::csv, ContentFiles::text);

    private static List<Table.Row> csv(String path) {
        return ContentFiles.csv(path).orElseThrow(() -> new AssertionError("content/" + path + " is missing"));
    }

    private static Set<String> column(String path, String column) {
        return csv(path).stream().map(r -> r.get(column)).collect(Collectors.toSet());
    }

    private static List<SeedProgramme> published() {
        return SEED.programmes().stream().filter(p -> p.status() == ProgrammeStatus.PUBLISHED).toList();
    }

    private static List<SeedLesson> lessons(SeedProgramme p) {
        return p.modules().stream().flatMap(m -> m.lessons().stream()).toList();
    }

    @Test
    void six_published_programmes_cover_the_associations_priorities_and_one_is_retraining() {
        assertThat(published()).hasSizeGreaterThanOrEqualTo(6);
        String titles = published().stream().map(p -> p.data().getTitle().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" | "));
        assertThat(titles).contains("инициативное бюджетирование", "проектное управление",
                "цифровая трансформация", "муниципально-частное партнёрство", "концесси",
                "стратегическое планирование", "обращениями граждан");
        assertThat(published()).anyMatch(p -> p.data().getKind() == ProgrammeKind.RETRAINING);
    }

    @Test
    void the_hours_suit_each_programmes_kind() {
        for (SeedProgramme p : SEED.programmes()) {
            assertThat(p.data().getKind().allows(p.data().getHours())).as(p.data().getCode()).isTrue();
        }
    }

    @Test
    void every_provider_has_a_valid_inn_a_known_region_and_programmes_name_known_providers() {
        Set<String> regions = column("organisation/regions.csv", "code");
        assertThat(SEED.providers()).hasSizeGreaterThanOrEqualTo(3);
        for (ProviderData p : SEED.providers()) {
            assertThat(Inn.validOrganisation(p.getInn())).as(p.getCode()).isTrue();
            if (p.getRegionCode() != null) {
                assertThat(regions).as(p.getCode()).contains(p.getRegionCode());
            }
        }
        Set<String> providers = SEED.providers().stream().map(ProviderData::getCode).collect(Collectors.toSet());
        for (SeedProgramme p : SEED.programmes()) {
            assertThat(providers).as(p.data().getCode()).contains(p.data().getProviderCode());
        }
    }

    @Test
    void every_competency_and_target_level_is_in_the_standard() {
        Set<String> competencies = csv("competency/mun-comp-v1.csv").stream()
                .filter(r -> r.get("record").equals("COMPETENCY")).map(r -> r.get("code")).collect(Collectors.toSet());
        long scale = csv("competency/mun-comp-v1.csv").stream().filter(r -> r.get("record").equals("SCALE")).count();
        assertThat(scale).isEqualTo(4);
        for (SeedProgramme p : SEED.programmes()) {
            assertThat(p.data().getCompetencies()).as(p.data().getCode()).isNotEmpty();
            for (CompetencyTarget t : p.data().getCompetencies()) {
                assertThat(competencies).as(p.data().getCode()).contains(t.competencyCode());
                assertThat(t.targetLevel()).as(p.data().getCode() + " " + t.competencyCode()).isBetween(1, 4);
            }
        }
    }

    @Test
    void every_module_check_names_a_test_that_assesses_a_competency_the_programme_develops() {
        Set<String> tests = column("assessment/tests.csv", "code");
        Map<String, Set<String>> assessed = new HashMap<>();
        csv("assessment/blueprints.csv").forEach(r -> assessed.computeIfAbsent(r.get("test_code"),
                k -> new HashSet<>()).add(r.get("competency")));
        int checks = 0;
        for (SeedProgramme p : SEED.programmes()) {
            Set<String> developed = p.data().getCompetencies().stream().map(CompetencyTarget::competencyCode)
                    .collect(Collectors.toSet());
            for (SeedLesson l : lessons(p)) {
                if (l.data().getKind() == LessonKind.CHECK) {
                    checks++;
                    String test = l.data().getTestCode();
                    assertThat(tests).as(p.data().getCode()).contains(test);
                    assertThat(assessed.get(test)).as("%s: %s assesses a competency of the programme",
                            p.data().getCode(), test).containsAnyElementsOf(developed);
                }
            }
        }
        assertThat(checks).isGreaterThanOrEqualTo(6);
    }

    @Test
    void every_prerequisite_names_a_position_group_a_competency_on_the_scale_or_an_earlier_programme() {
        Set<String> groups = column("organisation/position-groups.csv", "code");
        Set<String> competencies = csv("competency/mun-comp-v1.csv").stream()
                .filter(r -> r.get("record").equals("COMPETENCY")).map(r -> r.get("code")).collect(Collectors.toSet());
        Set<String> earlier = new HashSet<>();
        Set<PrerequisiteKind> kinds = new HashSet<>();
        for (SeedProgramme p : SEED.programmes()) {
            for (Prerequisite r : p.data().getPrerequisites()) {
                kinds.add(r.kind());
                switch (r.kind()) {
                    case POSITION_GROUP -> assertThat(groups).as(p.data().getCode()).contains(r.code());
                    case COMPETENCY_LEVEL -> {
                        assertThat(competencies).as(p.data().getCode()).contains(r.code());
                        assertThat(r.minLevel()).as(p.data().getCode()).isNotNull().isBetween(1, 4);
                    }
                    case PROGRAMME -> assertThat(earlier).as(p.data().getCode()).contains(r.code());
                    default -> throw new AssertionError(r.kind());
                }
            }
            earlier.add(p.data().getCode());
        }
        assertThat(kinds).as("every kind of prerequisite is shown").hasSize(3);
    }

    @Test
    void every_published_programme_has_modules_and_several_text_lessons_of_real_markdown() {
        for (SeedProgramme p : published()) {
            assertThat(p.modules()).as(p.data().getCode()).hasSizeGreaterThanOrEqualTo(2);
            List<SeedLesson> texts = lessons(p).stream().filter(l -> l.data().getKind() == LessonKind.TEXT).toList();
            assertThat(texts).as(p.data().getCode()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(p.data().getDescription()).as(p.data().getCode()).isNotBlank();
            for (SeedLesson l : texts) {
                String body = l.data().getBody();
                String where = p.data().getCode() + " " + l.data().getTitle();
                assertThat(body.toLowerCase(Locale.ROOT)).as(where).doesNotContain("lorem", "ipsum", "todo");
                assertThat(body.length()).as(where).isGreaterThan(800);
                String html = Markdown.toSafeHtml(body);
                assertThat(html.split("<p>", -1).length - 1).as("%s: paragraphs", where).isGreaterThanOrEqualTo(2);
                assertThat(html).as(where).contains("<h3>");
            }
        }
    }

    @Test
    void file_lessons_are_stored_files_of_an_accepted_type_and_videos_are_https_links() {
        int files = 0;
        int videos = 0;
        for (SeedProgramme p : SEED.programmes()) {
            for (SeedLesson l : lessons(p)) {
                if (l.data().getKind() == LessonKind.FILE) {
                    files++;
                    byte[] bytes = ContentFiles.bytes(l.file()).orElseThrow();
                    assertThat(FileType.detect(bytes, bytes.length)).as(l.file()).contains(FileType.PNG);
                }
                if (l.data().getKind() == LessonKind.VIDEO) {
                    videos++;
                    assertThat(VideoLink.check(l.data().getVideoUrl())).as(l.data().getVideoUrl()).isPresent();
                }
            }
        }
        assertThat(files).isPositive();
        assertThat(videos).isPositive();
    }

    @Test
    void a_draft_waits_for_its_scorm_package() {
        assertThat(SEED.programmes()).filteredOn(p -> p.status() == ProgrammeStatus.DRAFT)
                .anyMatch(p -> lessons(p).stream().anyMatch(l -> l.data().getKind() == LessonKind.SCORM));
    }
}
