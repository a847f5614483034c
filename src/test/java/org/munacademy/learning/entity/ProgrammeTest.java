package org.munacademy.learning.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.munacademy.shared.entity.BaseEntity;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.ErrorCode;
import org.munacademy.shared.entity.InvalidInputException;

/**
 * A programme's life cycle: a draft changes freely and is published only when complete; a published programme keeps
 * its terms and its outline but its texts may be corrected; an archived one never changes.
 */
class ProgrammeTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final Provider provider = provider("SZIU");
    private long nextId = 1;

    static Provider provider(String code) {
        Provider p = new Provider(code, T0);
        ProviderData d = new ProviderData();
        d.setName("Северо-Западный институт управления (учебный)");
        d.setShortName("СЗИУ (уч.)");
        d.setInn("7801058171");
        p.apply(d, null);
        return p;
    }

    static ProgrammeData data(ProgrammeKind kind, int hours) {
        ProgrammeData d = new ProgrammeData();
        d.setCode("IB-72");
        d.setTitle("Инициативное бюджетирование");
        d.setKind(kind);
        d.setFormat(StudyFormat.MIXED);
        d.setDistanceLearning(true);
        d.setHours(hours);
        d.setProviderCode("SZIU");
        d.setDescription("Программа для специалистов администраций.");
        d.setCompetencies(List.of(new CompetencyTarget("INB-01", 3), new CompetencyTarget("INB-02", 2)));
        d.setPrerequisites(List.of(new Prerequisite(PrerequisiteKind.POSITION_GROUP, "LEADING", null)));
        return d;
    }

    static LessonData text(String title) {
        LessonData l = new LessonData();
        l.setTitle(title);
        l.setKind(LessonKind.TEXT);
        l.setBody("Инициативный проект выдвигают **жители**.");
        return l;
    }

    private Programme draft() {
        Programme p = new Programme("IB-72", "MUN-COMP", "methodologist", T0);
        p.apply(data(ProgrammeKind.QUALIFICATION_UPGRADE, 72), provider, T0);
        return p;
    }

    /** Gives a module or lesson the id the database would (the outline is addressed by id). */
    private <T extends BaseEntity> T withId(T entity) {
        try {
            Field id = BaseEntity.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, nextId++);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Programme complete() {
        Programme p = draft();
        CourseModule m = withId(p.addModule("Правовые основы", T0));
        withId(p.addLesson(m.getId(), text("Что такое инициативный проект"), T0));
        return p;
    }

    private static void assertRefused(Runnable action, ErrorCode code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void a_new_programme_is_a_draft_ending_with_the_document_of_its_kind() {
        Programme p = draft();
        assertThat(p.getStatus()).isEqualTo(ProgrammeStatus.DRAFT);
        assertThat(p.document()).isEqualTo(CompletionDocument.QUALIFICATION_CERTIFICATE);
        assertThat(p.getCompetencies()).containsExactly(new CompetencyTarget("INB-01", 3),
                new CompetencyTarget("INB-02", 2));
        assertThat(p.getPrerequisites()).containsExactly(new Prerequisite(PrerequisiteKind.POSITION_GROUP, "LEADING",
                null));
    }

    @Test
    void the_hours_must_suit_the_kind_when_the_programme_is_defined() {
        Programme p = new Programme("PP-200", "MUN-COMP", "methodologist", T0);
        assertThatThrownBy(() -> p.apply(data(ProgrammeKind.RETRAINING, 200), provider, T0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo(LearningError.RETRAINING_TOO_SHORT));
        p.apply(data(ProgrammeKind.RETRAINING, 256), provider, T0);
        assertThat(p.document()).isEqualTo(CompletionDocument.RETRAINING_DIPLOMA);
    }

    @Test
    void a_draft_is_published_only_with_competencies_and_lessons_each_with_its_content() {
        Programme empty = draft();
        assertRefused(() -> empty.publish(T0), LearningError.PROGRAMME_INCOMPLETE);

        Programme noCompetencies = complete();
        ProgrammeData d = data(ProgrammeKind.QUALIFICATION_UPGRADE, 72);
        d.setCompetencies(List.of());
        noCompetencies.apply(d, provider, T0);
        assertRefused(() -> noCompetencies.publish(T0), LearningError.PROGRAMME_INCOMPLETE);

        Programme withScorm = complete();
        LessonData scorm = new LessonData();
        scorm.setTitle("Интерактивный тренажёр");
        scorm.setKind(LessonKind.SCORM);
        withScorm.addLesson(withScorm.getModules().get(0).getId(), scorm, T0);
        assertRefused(() -> withScorm.publish(T0), LearningError.LESSON_INCOMPLETE);

        Programme ready = complete();
        ready.publish(T0.plusSeconds(60));
        assertThat(ready.getStatus()).isEqualTo(ProgrammeStatus.PUBLISHED);
        assertThat(ready.getPublishedAt()).isEqualTo(T0.plusSeconds(60));
        assertRefused(() -> ready.publish(T0), LearningError.PROGRAMME_NOT_DRAFT);
    }

    @Test
    void a_published_programme_keeps_its_terms_but_its_texts_may_be_corrected() {
        Programme p = complete();
        p.publish(T0);
        assertRefused(() -> p.apply(data(ProgrammeKind.QUALIFICATION_UPGRADE, 36), provider, T0),
                LearningError.PROGRAMME_TERMS_FROZEN);
        assertRefused(() -> p.apply(data(ProgrammeKind.RETRAINING, 256), provider, T0),
                LearningError.PROGRAMME_TERMS_FROZEN);
        assertRefused(() -> p.apply(data(ProgrammeKind.QUALIFICATION_UPGRADE, 72), provider("OTHER"), T0),
                LearningError.PROGRAMME_TERMS_FROZEN);
        ProgrammeData otherLevels = data(ProgrammeKind.QUALIFICATION_UPGRADE, 72);
        otherLevels.setCompetencies(List.of(new CompetencyTarget("INB-01", 4)));
        assertRefused(() -> p.apply(otherLevels, provider, T0), LearningError.PROGRAMME_TERMS_FROZEN);

        ProgrammeData corrected = data(ProgrammeKind.QUALIFICATION_UPGRADE, 72);
        corrected.setTitle("Инициативное бюджетирование: практика");
        corrected.setCompetencies(List.of(new CompetencyTarget("INB-02", 2), new CompetencyTarget("INB-01", 3)));
        p.apply(corrected, provider, T0.plusSeconds(5));
        assertThat(p.getTitle()).isEqualTo("Инициативное бюджетирование: практика");
    }

    @Test
    void a_published_programme_keeps_its_outline_but_a_lessons_text_may_be_corrected() {
        Programme p = complete();
        CourseModule m = p.getModules().get(0);
        Lesson lesson = m.getLessons().get(0);
        p.publish(T0);
        assertRefused(() -> p.addModule("Ещё модуль", T0), LearningError.OUTLINE_FROZEN);
        assertRefused(() -> p.addLesson(m.getId(), text("Ещё урок"), T0), LearningError.OUTLINE_FROZEN);
        assertRefused(() -> p.removeLesson(lesson.getId(), T0), LearningError.OUTLINE_FROZEN);
        assertRefused(() -> p.moveModule(m.getId(), 1, T0), LearningError.OUTLINE_FROZEN);
        LessonData optional = text("Что такое инициативный проект");
        optional.setMandatory(false);
        assertRefused(() -> p.updateLesson(lesson.getId(), optional, T0), LearningError.OUTLINE_FROZEN);

        LessonData corrected = text("Что такое инициативный проект (исправлено)");
        corrected.setBody("Инициативный проект выдвигают **жители** или ТОС.");
        p.updateLesson(lesson.getId(), corrected, T0);
        p.renameModule(m.getId(), "Правовые основы ИБ", T0);
        assertThat(p.getModules().get(0).getLessons().get(0).getBody()).contains("ТОС");
        assertThat(p.getModules().get(0).getTitle()).isEqualTo("Правовые основы ИБ");
    }

    @Test
    void an_archived_programme_never_changes_and_only_a_published_one_is_archived() {
        Programme draft = draft();
        assertRefused(() -> draft.archive(T0), LearningError.PROGRAMME_NOT_PUBLISHED);
        Programme p = complete();
        p.publish(T0);
        p.archive(T0.plusSeconds(1));
        assertThat(p.getStatus()).isEqualTo(ProgrammeStatus.ARCHIVED);
        assertThat(p.getArchivedAt()).isEqualTo(T0.plusSeconds(1));
        assertRefused(() -> p.apply(data(ProgrammeKind.QUALIFICATION_UPGRADE, 72), provider, T0),
                LearningError.PROGRAMME_ARCHIVED);
        assertRefused(() -> p.renameModule(p.getModules().get(0).getId(), "x", T0), LearningError.PROGRAMME_ARCHIVED);
        assertRefused(() -> p.archive(T0), LearningError.PROGRAMME_NOT_PUBLISHED);
        assertRefused(() -> p.publish(T0), LearningError.PROGRAMME_NOT_DRAFT);
    }

    @Test
    void modules_and_lessons_keep_their_order_when_moved_and_removed() {
        Programme p = draft();
        CourseModule first = withId(p.addModule("Первый", T0));
        CourseModule second = withId(p.addModule("Второй", T0));
        CourseModule third = withId(p.addModule("Третий", T0));
        p.moveModule(third.getId(), -1, T0);
        assertThat(p.getModules()).extracting(CourseModule::getTitle).containsExactly("Первый", "Третий", "Второй");
        assertThat(p.getModules()).extracting(CourseModule::getSortOrder).containsExactly(1, 2, 3);
        p.moveModule(first.getId(), -1, T0);
        assertThat(p.getModules().get(0)).as("a move past the top changes nothing").isSameAs(first);
        p.removeModule(third.getId(), T0);
        assertThat(p.getModules()).extracting(CourseModule::getTitle).containsExactly("Первый", "Второй");
        assertThat(p.getModules()).extracting(CourseModule::getSortOrder).containsExactly(1, 2);

        Lesson a = withId(p.addLesson(second.getId(), text("А"), T0));
        withId(p.addLesson(second.getId(), text("Б"), T0));
        p.moveLesson(a.getId(), 1, T0);
        assertThat(second.getLessons()).extracting(Lesson::getTitle).containsExactly("Б", "А");
        assertThat(second.getLessons()).extracting(Lesson::getSortOrder).containsExactly(1, 2);
        assertThat(p.lessons()).extracting(Lesson::getTitle).containsExactly("Б", "А");
        assertRefused(() -> p.module(999), LearningError.MODULE_NOT_FOUND);
    }

    @Test
    void every_change_moves_the_time_of_the_last_change_so_the_version_moves_too() {
        Programme p = draft();
        Instant before = p.getUpdatedAt();
        p.addModule("Модуль", before);
        assertThat(p.getUpdatedAt()).as("even at the same instant").isAfter(before);
    }

    @Test
    void a_lesson_holds_the_content_of_its_kind_only() {
        Programme p = draft();
        CourseModule m = withId(p.addModule("Модуль", T0));
        LessonData video = new LessonData();
        video.setTitle("Лекция");
        video.setKind(LessonKind.VIDEO);
        video.setBody("забытый текст");
        video.setVideoUrl("https://video.example.ru/ib-1");
        Lesson lesson = withId(p.addLesson(m.getId(), video, T0));
        assertThat(lesson.getVideoUrl()).isEqualTo("https://video.example.ru/ib-1");
        assertThat(lesson.getBody()).isNull();

        LessonData file = new LessonData();
        file.setTitle("Памятка");
        file.setKind(LessonKind.FILE);
        assertThatThrownBy(() -> p.addLesson(m.getId(), file, T0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.field()).isEqualTo("fileSha256");
                            assertThat(v.code()).isEqualTo(LearningError.LESSON_CONTENT_MISSING);
                        }));
        file.setFileSha256("not-a-hash");
        assertThatThrownBy(() -> p.addLesson(m.getId(), file, T0)).isInstanceOf(InvalidInputException.class);
        file.setFileSha256("A".repeat(64));
        assertThat(p.addLesson(m.getId(), file, T0).getFileSha256()).isEqualTo("a".repeat(64));

        LessonData check = new LessonData();
        check.setTitle("Проверка по модулю");
        check.setKind(LessonKind.CHECK);
        check.setTestCode(" ASM-LEADING-2026 ");
        assertThat(p.addLesson(m.getId(), check, T0).getTestCode()).isEqualTo("ASM-LEADING-2026");
    }
}
