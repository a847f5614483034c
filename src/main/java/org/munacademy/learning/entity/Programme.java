package org.munacademy.learning.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.munacademy.shared.entity.BaseEntity;
import org.munacademy.shared.entity.BusinessException;

/**
 * A programme of additional professional education (дополнительная профессиональная программа) run by a provider:
 * its kind (which fixes the least number of hours and the document it ends with), form of study, hours, the
 * competencies it develops to which levels, its prerequisites, and its course — ordered modules of ordered lessons.
 * <p>
 * The programme is the aggregate: modules and lessons change only through it, and every change moves its version,
 * so an editor working from an older version is refused instead of overwriting another's work.
 * <p>
 * Life cycle (the rules live here, not in a facade): a draft may change in every respect; publishing needs at
 * least one competency and one lesson, every lesson with its content. A published programme keeps its terms —
 * kind, hours, provider and competencies, which its documents and the federal registry state — and its outline (who
 * enrols has progress in its lessons); its texts may still be corrected. Archiving closes it to new participants;
 * an archived programme never changes and never returns.
 */
@Entity
@Table(name = "learning_programme")
public class Programme extends BaseEntity {

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProgrammeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "study_format", nullable = false)
    private StudyFormat format;

    @Column(name = "distance_learning", nullable = false)
    private boolean distanceLearning;

    @Column(nullable = false)
    private int hours;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    private Provider provider;

    private String description;

    @Column(name = "standard_code", nullable = false, updatable = false)
    private String standardCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProgrammeStatus status;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @ElementCollection
    @CollectionTable(name = "learning_programme_competency", joinColumns = @JoinColumn(name = "programme_id"))
    @BatchFetch(BatchFetchType.IN)
    private List<DevelopedCompetency> competencies = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "learning_programme_prerequisite", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "sort_order")
    @BatchFetch(BatchFetchType.IN)
    private List<PrerequisiteRow> prerequisites = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    @BatchFetch(BatchFetchType.IN)
    private List<CourseModule> modules = new ArrayList<>();

    protected Programme() {
    }

    /** A new draft; {@link #apply} gives it its content. */
    public Programme(String code, String standardCode, String createdBy, Instant createdAt) {
        this.code = code;
        this.standardCode = standardCode;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.status = ProgrammeStatus.DRAFT;
    }

    /**
     * Applies the programme's data (validated by the boundary: codes exist, levels on the scale). The hours must suit
     * the kind; a published programme keeps its terms.
     *
     * @throws org.munacademy.shared.entity.InvalidInputException too few or too many hours for the kind
     * @throws BusinessException archived, or a published programme's terms changed
     */
    public void apply(ProgrammeData data, Provider provider, Instant now) {
        requireNotArchived();
        data.getKind().requireHours(data.getHours());
        if (status == ProgrammeStatus.PUBLISHED && changesTerms(data, provider)) {
            throw new BusinessException(LearningError.PROGRAMME_TERMS_FROZEN, code);
        }
        this.title = data.getTitle().strip();
        this.kind = data.getKind();
        this.format = data.getFormat();
        this.distanceLearning = data.isDistanceLearning();
        this.hours = data.getHours();
        this.provider = provider;
        this.description = Provider.blankToNull(data.getDescription());
        if (!sameCompetencies(data.getCompetencies())) {
            competencies.clear();
            data.getCompetencies().forEach(c -> competencies.add(
                    new DevelopedCompetency(c.competencyCode().strip(), c.targetLevel())));
        }
        prerequisites.clear();
        data.getPrerequisites().forEach(p -> prerequisites.add(new PrerequisiteRow(p)));
        touch(now);
    }

    private boolean changesTerms(ProgrammeData data, Provider newProvider) {
        return data.getKind() != kind || data.getHours() != hours || !newProvider.equals(provider)
                || !sameCompetencies(data.getCompetencies());
    }

    private boolean sameCompetencies(List<CompetencyTarget> targets) {
        Set<CompetencyTarget> now = new HashSet<>();
        competencies.forEach(c -> now.add(c.toTarget()));
        Set<CompetencyTarget> asked = new HashSet<>();
        targets.forEach(t -> asked.add(new CompetencyTarget(t.competencyCode().strip(), t.targetLevel())));
        return now.equals(asked) && targets.size() == competencies.size();
    }

    /**
     * Offers the programme in the catalogue. Only a draft is published, and only a complete one: at least one
     * competency it develops, at least one lesson, every lesson with its content (a SCORM lesson with its package).
     */
    public void publish(Instant at) {
        if (status != ProgrammeStatus.DRAFT) {
            throw new BusinessException(LearningError.PROGRAMME_NOT_DRAFT, code);
        }
        if (competencies.isEmpty()) {
            throw new BusinessException(LearningError.PROGRAMME_INCOMPLETE, "competencies");
        }
        if (lessons().isEmpty()) {
            throw new BusinessException(LearningError.PROGRAMME_INCOMPLETE, "lessons");
        }
        for (CourseModule m : modules) {
            for (Lesson l : m.getLessons()) {
                if (!l.isComplete()) {
                    throw new BusinessException(LearningError.LESSON_INCOMPLETE, m.getTitle(), l.getTitle());
                }
            }
        }
        kind.requireHours(hours);
        this.status = ProgrammeStatus.PUBLISHED;
        this.publishedAt = at;
        touch(at);
    }

    /** Closes a published programme to new participants; what was issued on it stays valid. */
    public void archive(Instant at) {
        if (status != ProgrammeStatus.PUBLISHED) {
            throw new BusinessException(LearningError.PROGRAMME_NOT_PUBLISHED, code);
        }
        this.status = ProgrammeStatus.ARCHIVED;
        this.archivedAt = at;
        touch(at);
    }

    // ---- the outline ----

    /** Adds a module at the end (drafts only). */
    public CourseModule addModule(String moduleTitle, Instant now) {
        requireDraftOutline();
        CourseModule m = new CourseModule(this, moduleTitle.strip(), modules.size() + 1);
        modules.add(m);
        touch(now);
        return m;
    }

    /** Renames a module (a text: published programmes too). */
    public void renameModule(long moduleId, String moduleTitle, Instant now) {
        requireNotArchived();
        module(moduleId).rename(moduleTitle.strip());
        touch(now);
    }

    /** Removes a module with its lessons (drafts only). */
    public void removeModule(long moduleId, Instant now) {
        requireDraftOutline();
        modules.remove(module(moduleId));
        renumber(modules);
        touch(now);
    }

    /** Moves a module up ({@code -1}) or down ({@code +1}); a move past either end changes nothing. */
    public void moveModule(long moduleId, int delta, Instant now) {
        requireDraftOutline();
        move(modules, modules.indexOf(module(moduleId)), delta);
        renumber(modules);
        touch(now);
    }

    /** Adds a lesson at the end of a module (drafts only). */
    public Lesson addLesson(long moduleId, LessonData data, Instant now) {
        requireDraftOutline();
        Lesson lesson = module(moduleId).addLesson(data);
        touch(now);
        return lesson;
    }

    /**
     * Changes a lesson. In a published programme only its texts and content change (title, body, file, link, test):
     * its kind and whether it is required decide completion, so they stay.
     */
    public void updateLesson(long lessonId, LessonData data, Instant now) {
        requireNotArchived();
        Lesson lesson = lesson(lessonId).orElseThrow(() -> new BusinessException(LearningError.LESSON_NOT_FOUND,
                lessonId));
        if (status != ProgrammeStatus.DRAFT
                && (data.getKind() != lesson.getKind() || data.isMandatory() != lesson.isMandatory())) {
            throw new BusinessException(LearningError.OUTLINE_FROZEN, code);
        }
        lesson.apply(data);
        touch(now);
    }

    /**
     * Gives a SCORM lesson its uploaded package (drafts only: learners' runtime data belongs to the package they
     * started, so a published course keeps its package).
     */
    public void attachScormPackage(long lessonId, long packageId, Instant now) {
        requireDraftOutline();
        Lesson lesson = lesson(lessonId).orElseThrow(() -> new BusinessException(LearningError.LESSON_NOT_FOUND,
                lessonId));
        if (lesson.getKind() != LessonKind.SCORM) {
            throw new BusinessException(LearningError.SCORM_NOT_SCORM_LESSON, lessonId);
        }
        lesson.attachScormPackage(packageId);
        touch(now);
    }

    /** Removes a lesson (drafts only). */
    public void removeLesson(long lessonId, Instant now) {
        requireDraftOutline();
        Lesson lesson = lesson(lessonId).orElseThrow(() -> new BusinessException(LearningError.LESSON_NOT_FOUND,
                lessonId));
        lesson.getModule().removeLesson(lesson);
        touch(now);
    }

    /** Moves a lesson up ({@code -1}) or down ({@code +1}) within its module (drafts only). */
    public void moveLesson(long lessonId, int delta, Instant now) {
        requireDraftOutline();
        Lesson lesson = lesson(lessonId).orElseThrow(() -> new BusinessException(LearningError.LESSON_NOT_FOUND,
                lessonId));
        lesson.getModule().moveLesson(lesson, delta);
        touch(now);
    }

    /** The module with this id. */
    public CourseModule module(long moduleId) {
        return modules.stream().filter(m -> m.getId() != null && m.getId() == moduleId).findFirst()
                .orElseThrow(() -> new BusinessException(LearningError.MODULE_NOT_FOUND, moduleId));
    }

    /** The lesson with this id, in any module. */
    public Optional<Lesson> lesson(long lessonId) {
        return lessons().stream().filter(l -> l.getId() != null && l.getId() == lessonId).findFirst();
    }

    /** Every lesson in course order. */
    public List<Lesson> lessons() {
        return modules.stream().flatMap(m -> m.getLessons().stream()).toList();
    }

    static <T extends Ordered> void move(List<T> items, int index, int delta) {
        int target = index + delta;
        if (index < 0 || target < 0 || target >= items.size() || delta == 0) {
            return;
        }
        T item = items.remove(index);
        items.add(target, item);
    }

    static void renumber(List<? extends Ordered> items) {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setSortOrder(i + 1);
        }
    }

    /** Something kept in order within its parent (a module, a lesson). */
    interface Ordered {
        void setSortOrder(int sortOrder);
    }

    private void requireNotArchived() {
        if (status == ProgrammeStatus.ARCHIVED) {
            throw new BusinessException(LearningError.PROGRAMME_ARCHIVED, code);
        }
    }

    private void requireDraftOutline() {
        requireNotArchived();
        if (status != ProgrammeStatus.DRAFT) {
            throw new BusinessException(LearningError.OUTLINE_FROZEN, code);
        }
    }

    /** Every change moves the programme's version (optimistic locking of the whole aggregate). */
    private void touch(Instant now) {
        this.updatedAt = now.equals(updatedAt) ? now.plusNanos(1000) : now;
    }

    /** The document a graduate receives (follows from the kind). */
    public CompletionDocument document() {
        return kind.document();
    }

    public boolean isPublished() {
        return status == ProgrammeStatus.PUBLISHED;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public ProgrammeKind getKind() {
        return kind;
    }

    public StudyFormat getFormat() {
        return format;
    }

    public boolean isDistanceLearning() {
        return distanceLearning;
    }

    public int getHours() {
        return hours;
    }

    public Provider getProvider() {
        return provider;
    }

    public String getDescription() {
        return description;
    }

    public String getStandardCode() {
        return standardCode;
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public List<CompetencyTarget> getCompetencies() {
        return competencies.stream().map(DevelopedCompetency::toTarget).toList();
    }

    public List<Prerequisite> getPrerequisites() {
        return prerequisites.stream().map(PrerequisiteRow::toPrerequisite).toList();
    }

    public List<CourseModule> getModules() {
        return List.copyOf(modules);
    }
}
