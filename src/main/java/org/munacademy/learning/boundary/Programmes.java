package org.munacademy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.munacademy.assessment.boundary.TestDirectory;
import org.munacademy.assessment.entity.TestRef;
import org.munacademy.competency.boundary.CompetencySettings;
import org.munacademy.competency.boundary.EvidenceFacade;
import org.munacademy.competency.boundary.StandardFacade;
import org.munacademy.competency.entity.CurrentLevel;
import org.munacademy.competency.entity.Framework;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.PersonCard;
import org.munacademy.identity.entity.Role;
import org.munacademy.learning.control.Markdown;
import org.munacademy.learning.entity.CompetencyTarget;
import org.munacademy.learning.entity.CourseModule;
import org.munacademy.learning.entity.LearningError;
import org.munacademy.learning.entity.Lesson;
import org.munacademy.learning.entity.LessonData;
import org.munacademy.learning.entity.LessonKind;
import org.munacademy.learning.entity.LessonView;
import org.munacademy.learning.entity.Prerequisite;
import org.munacademy.learning.entity.PrerequisiteKind;
import org.munacademy.learning.entity.Programme;
import org.munacademy.learning.entity.ProgrammeData;
import org.munacademy.learning.entity.ProgrammeDetail;
import org.munacademy.learning.entity.ProgrammeDetail.CompetencyLine;
import org.munacademy.learning.entity.ProgrammeDetail.LessonOutline;
import org.munacademy.learning.entity.ProgrammeDetail.ModuleOutline;
import org.munacademy.learning.entity.ProgrammeDetail.PrerequisiteLine;
import org.munacademy.learning.entity.ProgrammeStatus;
import org.munacademy.learning.entity.Provider;
import org.munacademy.learning.entity.VideoLink;
import org.munacademy.organisation.boundary.OrganisationFacade;
import org.munacademy.organisation.entity.PositionGroupRow;
import org.munacademy.shared.boundary.FileStore;
import org.munacademy.shared.entity.ConcurrentModificationException;
import org.munacademy.shared.entity.FileInfo;
import org.munacademy.shared.entity.FileType;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.InvalidInputException.Violation;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.SharedError;

/**
 * What the learning facades share about programmes: finding one the caller may see, checking a programme's and a
 * lesson's references through the contexts that own them (competencies and levels through competency, position
 * groups through organisation, module checks through assessment, files through the file store), and the views of a
 * programme and a lesson. Runs inside the calling facade's transaction; decides nothing about roles beyond what it
 * is told.
 */
@ApplicationScoped
public class Programmes {

    /** The kinds of file a FILE lesson may hold (judged by content): documents and pictures a browser shows. */
    static final Set<FileType> LESSON_FILE_TYPES = Set.of(FileType.PDF, FileType.PNG, FileType.JPEG, FileType.GIF,
            FileType.WEBP);

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    StandardFacade standards;

    @Inject
    CompetencySettings competencySettings;

    @Inject
    EvidenceFacade evidence;

    @Inject
    PersonFacade persons;

    @Inject
    OrganisationFacade organisation;

    @Inject
    TestDirectory tests;

    @Inject
    FileStore files;

    @Inject
    ProviderFacade providers;

    /** Whether the caller edits programmes (and sees drafts): methodologists and administrators. */
    boolean editor(Caller caller) {
        return caller.hasAnyRole(Role.METHODOLOGIST, Role.ADMIN);
    }

    /** The programme with this code, if the caller may see it (a draft only an editor); else not found. */
    Programme visible(String code) {
        Caller caller = currentUser.require();
        Programme p = find(code);
        if (p.getStatus() == ProgrammeStatus.DRAFT && !editor(caller)) {
            throw new NotFoundException(LearningError.PROGRAMME_NOT_FOUND, code);
        }
        return p;
    }

    /** The programme with this code, whoever asks. */
    Programme find(String code) {
        return byCode(code).orElseThrow(() -> new NotFoundException(LearningError.PROGRAMME_NOT_FOUND, code));
    }

    Optional<Programme> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("select p from Programme p where p.code = :c", Programme.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    /** The programme to change: found, and still at the version the editor read. */
    Programme forChange(String code, long expectedVersion) {
        Programme p = find(code);
        if (p.getVersion() != expectedVersion) {
            throw new ConcurrentModificationException(SharedError.CONCURRENT_MODIFICATION);
        }
        return p;
    }

    // ---- checking references ----

    Framework framework(String standardCode) {
        return standards.publishedFramework(standardCode).orElseThrow(() -> new NotFoundException(
                LearningError.STANDARD_NOT_PUBLISHED, standardCode));
    }

    /**
     * Checks what Bean Validation cannot: the provider, the hours for the kind, each competency and level against the
     * published standard, each prerequisite's code against its context. Every problem is reported at once.
     *
     * @return the provider the data names
     */
    Provider check(ProgrammeData data, String ownCode) {
        List<Violation> errors = new ArrayList<>();
        Provider provider = providers.byCode(data.getProviderCode()).orElse(null);
        if (provider == null) {
            errors.add(new Violation("providerCode", LearningError.UNKNOWN_PROVIDER, data.getProviderCode()));
        }
        try {
            data.getKind().requireHours(data.getHours());
        } catch (InvalidInputException e) {
            errors.addAll(e.violations());
        }
        Framework framework = framework(competencySettings.standardCode());
        int scale = framework.levels().size();
        Set<String> seen = new HashSet<>();
        for (CompetencyTarget t : data.getCompetencies()) {
            String c = t.competencyCode().strip();
            if (framework.competency(c) == null) {
                errors.add(new Violation("competencies", LearningError.UNKNOWN_COMPETENCY, c));
            } else if (t.targetLevel() < 1 || t.targetLevel() > scale) {
                errors.add(new Violation("competencies", LearningError.LEVEL_OUTSIDE_SCALE, c, scale));
            }
            if (!seen.add(c)) {
                errors.add(new Violation("competencies", LearningError.COMPETENCY_TWICE, c));
            }
        }
        Set<String> groups = null;
        for (Prerequisite p : data.getPrerequisites()) {
            String c = p.code().strip();
            switch (p.kind()) {
                case POSITION_GROUP -> {
                    if (groups == null) {
                        groups = organisation.positionGroups().stream().map(PositionGroupRow::code)
                                .collect(Collectors.toSet());
                    }
                    if (!groups.contains(c)) {
                        errors.add(new Violation("prerequisites", LearningError.UNKNOWN_POSITION_GROUP, c));
                    }
                }
                case COMPETENCY_LEVEL -> {
                    if (framework.competency(c) == null) {
                        errors.add(new Violation("prerequisites", LearningError.UNKNOWN_COMPETENCY, c));
                    } else if (p.minLevel() == null) {
                        errors.add(new Violation("prerequisites", LearningError.PREREQUISITE_LEVEL_MISSING, c));
                    } else if (p.minLevel() < 1 || p.minLevel() > scale) {
                        errors.add(new Violation("prerequisites", LearningError.LEVEL_OUTSIDE_SCALE, c, scale));
                    }
                }
                case PROGRAMME -> {
                    if (c.equalsIgnoreCase(ownCode)) {
                        errors.add(new Violation("prerequisites", LearningError.PREREQUISITE_ITSELF));
                    } else if (byCode(c).isEmpty()) {
                        errors.add(new Violation("prerequisites", LearningError.UNKNOWN_PROGRAMME, c));
                    }
                }
                default -> throw new IllegalStateException(p.kind().name());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return provider;
    }

    /**
     * Checks a lesson's references: a module check's test exists (assessment), a file is stored, of a kind a lesson
     * may hold, and either already shown by a lesson or uploaded by the caller (so nobody publishes a file another
     * context keeps private by naming its address).
     */
    void check(LessonData data, Caller caller) {
        if (data.getKind() == LessonKind.CHECK && data.getTestCode() != null && !data.getTestCode().isBlank()
                && tests.byCodes(List.of(data.getTestCode().strip())).isEmpty()) {
            throw new InvalidInputException("testCode", LearningError.UNKNOWN_TEST, data.getTestCode().strip());
        }
        if (data.getKind() == LessonKind.FILE && data.getFileSha256() != null && !data.getFileSha256().isBlank()) {
            String sha = data.getFileSha256().strip().toLowerCase(Locale.ROOT);
            Optional<FileInfo> info = files.info(sha);
            boolean mayUse = info.isPresent() && LESSON_FILE_TYPES.contains(info.get().type())
                    && (shownByLesson(sha) || files.uploadedBy(sha, caller.username()));
            if (!mayUse) {
                throw new InvalidInputException("fileSha256", LearningError.FILE_NOT_STORED);
            }
        }
    }

    /** Whether a lesson of any programme shows the file. */
    boolean shownByLesson(String sha256) {
        return !em.createQuery("select l.id from Lesson l where l.fileSha256 = :s", Long.class)
                .setParameter("s", sha256).setMaxResults(1).getResultList().isEmpty();
    }

    // ---- views ----

    /**
     * A programme's page for the caller: names from the standard, the organisation and assessment; the caller's
     * current levels and position group where they have a person card (their own data, read through the competency
     * and identity boundaries).
     */
    ProgrammeDetail detail(Programme p) {
        Caller caller = currentUser.require();
        Framework framework = standards.publishedFramework(p.getStandardCode()).orElse(null);
        Optional<PersonCard> card = persons.myCard();
        Map<String, CurrentLevel> levels = card.isPresent() && framework != null
                ? evidence.currentLevels(card.get().id()) : Map.of();
        List<CompetencyLine> competencies = new ArrayList<>();
        for (CompetencyTarget t : p.getCompetencies()) {
            Framework.Competency c = framework == null ? null : framework.competency(t.competencyCode());
            CurrentLevel current = levels.get(t.competencyCode());
            competencies.add(new CompetencyLine(t.competencyCode(), c == null ? t.competencyCode() : c.name(),
                    t.targetLevel(), current == null ? null : current.level()));
        }
        List<PrerequisiteLine> prerequisites = prerequisiteLines(p.getPrerequisites(), framework, card, levels);
        Map<String, TestRef> checks = tests.byCodes(p.lessons().stream().map(Lesson::getTestCode)
                .filter(c -> c != null).toList());
        List<ModuleOutline> modules = new ArrayList<>();
        for (CourseModule m : p.getModules()) {
            List<LessonOutline> lessons = new ArrayList<>();
            for (Lesson l : m.getLessons()) {
                TestRef test = l.getTestCode() == null ? null : checks.get(l.getTestCode());
                lessons.add(new LessonOutline(l.getId(), l.getSortOrder(), l.getTitle(), l.getKind(), l.isMandatory(),
                        l.getTestCode(), test == null ? null : test.title(), l.getKind().hasPage(), l.isComplete()));
            }
            modules.add(new ModuleOutline(m.getId(), m.getSortOrder(), m.getTitle(), lessons));
        }
        return new ProgrammeDetail(p.getId(), p.getCode(), p.getTitle(), p.getKind(), p.document(), p.getFormat(),
                p.isDistanceLearning(), p.getHours(), providers.row(p.getProvider()), p.getStandardCode(),
                p.getStatus(), p.getVersion(), p.getDescription(), Markdown.toSafeHtml(p.getDescription()),
                competencies, prerequisites, modules,
                editor(caller) && p.getStatus() != ProgrammeStatus.ARCHIVED);
    }

    private List<PrerequisiteLine> prerequisiteLines(List<Prerequisite> prerequisites, Framework framework,
            Optional<PersonCard> card, Map<String, CurrentLevel> levels) {
        if (prerequisites.isEmpty()) {
            return List.of();
        }
        Map<String, String> groupNames = new HashMap<>();
        if (prerequisites.stream().anyMatch(r -> r.kind() == PrerequisiteKind.POSITION_GROUP)) {
            organisation.positionGroups().forEach(g -> groupNames.put(g.code(), g.nameRu()));
        }
        Map<String, String> programmeTitles = titles(prerequisites.stream()
                .filter(r -> r.kind() == PrerequisiteKind.PROGRAMME).map(Prerequisite::code).toList());
        List<PrerequisiteLine> lines = new ArrayList<>();
        for (Prerequisite r : prerequisites) {
            switch (r.kind()) {
                case POSITION_GROUP -> lines.add(new PrerequisiteLine(r.kind(), r.code(),
                        groupNames.getOrDefault(r.code(), r.code()), null,
                        card.map(c -> r.code().equals(c.positionGroupCode())).orElse(null)));
                case COMPETENCY_LEVEL -> {
                    Framework.Competency c = framework == null ? null : framework.competency(r.code());
                    CurrentLevel current = levels.get(r.code());
                    Boolean met = card.isEmpty() ? null
                            : current != null && current.level() != null && current.level() >= r.minLevel();
                    lines.add(new PrerequisiteLine(r.kind(), r.code(), c == null ? r.code() : c.name(), r.minLevel(),
                            met));
                }
                case PROGRAMME -> lines.add(new PrerequisiteLine(r.kind(), r.code(),
                        programmeTitles.getOrDefault(r.code(), r.code()), null, null));
                default -> throw new IllegalStateException(r.kind().name());
            }
        }
        return lines;
    }

    /** The titles of the programmes with these codes, in one query. */
    Map<String, String> titles(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new HashMap<>();
        for (Object[] r : em.createQuery("select p.code, p.title from Programme p where p.code in :c", Object[].class)
                .setParameter("c", List.copyOf(codes)).getResultList()) {
            out.put((String) r[0], (String) r[1]);
        }
        return out;
    }

    /** A lesson's view: its content (Markdown as sanitised HTML, the stored file, the link's host, the test). */
    LessonView lesson(Programme p, Lesson l) {
        List<Lesson> withPages = p.lessons().stream().filter(x -> x.getKind().hasPage()).toList();
        int at = withPages.indexOf(l);
        Long previous = at > 0 ? withPages.get(at - 1).getId() : null;
        Long next = at >= 0 && at + 1 < withPages.size() ? withPages.get(at + 1).getId() : null;
        FileInfo file = l.getFileSha256() == null ? null : files.info(l.getFileSha256()).orElse(null);
        TestRef test = l.getTestCode() == null ? null : tests.byCodes(List.of(l.getTestCode())).get(l.getTestCode());
        CourseModule m = l.getModule();
        return new LessonView(p.getCode(), p.getTitle(), p.getStatus(), p.getVersion(), m.getId(), m.getSortOrder(),
                m.getTitle(), l.getId(), l.getSortOrder(), l.getTitle(), l.getKind(), l.isMandatory(), l.getBody(),
                Markdown.toSafeHtml(l.getBody()), file, l.getVideoUrl(),
                l.getVideoUrl() == null ? null : VideoLink.host(l.getVideoUrl()), l.getScormPackageId(),
                l.getTestCode(), test == null ? null : test.title(), previous, next);
    }
}
