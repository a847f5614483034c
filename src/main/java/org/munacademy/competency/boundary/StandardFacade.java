package org.munacademy.competency.boundary;

import org.munacademy.competency.entity.CompetencyError;
import org.munacademy.competency.entity.CompetencyImportError;
import org.munacademy.competency.entity.CompetencyPlace;
import org.munacademy.competency.entity.FrameworkChange;
import org.munacademy.competency.entity.FrameworkField;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.munacademy.competency.control.CaseJson;
import org.munacademy.competency.control.FrameworkCsv;
import org.munacademy.competency.control.FrameworkDiff;
import org.munacademy.competency.entity.CompetencyStandard;
import org.munacademy.competency.entity.Framework;
import org.munacademy.competency.entity.ProfileRequirement;
import org.munacademy.competency.entity.StandardImportPreview;
import org.munacademy.competency.entity.StandardVersion;
import org.munacademy.competency.entity.VersionRow;
import org.munacademy.competency.entity.VersionStatus;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Role;
import org.munacademy.shared.boundary.Upload;
import org.munacademy.shared.control.Table;
import org.munacademy.shared.entity.AccessDeniedException;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.ConcurrentModificationException;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.entity.ImportRejectedException;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.Location;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.SharedError;

/**
 * Competency standards and their versions. Everybody signed in reads published and retired versions;
 * methodologists also see drafts, create a draft from the published version (content and required profiles are
 * copied, each competency remembering the one it replaces), edit it, publish it (the previously published
 * version is retired in the same transaction), compare versions, and import or export CSV and CASE.
 */
@ApplicationScoped
@Transactional
public class StandardFacade {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** The published version of every standard. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VersionRow> catalogue() {
        currentUser.require();
        return em.createQuery("select v from StandardVersion v join fetch v.standard where v.status = :s "
                        + "order by v.standard.code", StandardVersion.class)
                .setParameter("s", VersionStatus.PUBLISHED).getResultStream().map(StandardFacade::row).toList();
    }

    /** The drafts of every standard, by standard (methodologists, who edit them, and administrators). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VersionRow> drafts() {
        currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        return em.createQuery("select v from StandardVersion v join fetch v.standard s left join fetch v.basedOn "
                        + "where v.status = :s order by s.code, v.number", StandardVersion.class)
                .setParameter("s", VersionStatus.DRAFT).getResultStream().map(StandardFacade::row).toList();
    }

    /** All versions of a standard, newest first; drafts only for methodologists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VersionRow> versions(String standardCode) {
        boolean drafts = currentUser.require().hasRole(Role.METHODOLOGIST);
        return em.createQuery("select v from StandardVersion v join fetch v.standard s left join fetch v.basedOn "
                        + "where s.code = :c order by v.number desc", StandardVersion.class)
                .setParameter("c", standardCode).getResultStream()
                .filter(v -> drafts || v.getStatus() != VersionStatus.DRAFT)
                .map(StandardFacade::row).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<VersionRow> published(String standardCode) {
        currentUser.require();
        return publishedVersion(standardCode).map(StandardFacade::row);
    }

    /**
     * The content of a standard's published version, for other contexts' boundaries (published content is readable
     * by everyone, so no caller is needed: background jobs use it too).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Framework> publishedFramework(String standardCode) {
        return publishedVersion(standardCode).map(StandardVersion::toFramework);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionRow version(long versionId) {
        return row(readable(versionId));
    }

    /** The content of a version (drafts for methodologists only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Framework framework(long versionId) {
        return readable(versionId).toFramework();
    }

    /** Starts a new draft from the published version: same content, new CASE ids, profiles copied. */
    public VersionRow createDraft(long publishedVersionId) {
        Caller caller = currentUser.require(Role.METHODOLOGIST);
        StandardVersion published = find(publishedVersionId);
        if (published.getStatus() != VersionStatus.PUBLISHED) {
            throw new BusinessException(CompetencyError.VERSION_NOT_PUBLISHED);
        }
        CompetencyStandard standard = published.getStandard();
        if (draftOf(standard).isPresent()) {
            throw new BusinessException(CompetencyError.DRAFT_EXISTS, standard.getCode());
        }
        StandardVersion draft = new StandardVersion(standard, nextNumber(standard), published, caller.username(),
                clock.instant());
        draft.fill(StandardVersion.successorOf(published.toFramework()));
        em.persist(draft);
        em.createQuery("select r from ProfileRequirement r where r.standardVersion = :v", ProfileRequirement.class)
                .setParameter("v", published).getResultStream()
                .forEach(r -> em.persist(new ProfileRequirement(draft, r.getPositionGroup(), r.getPosition(),
                        r.toRequirement())));
        em.flush();
        return row(draft);
    }

    /**
     * Replaces the content of a draft with the edited framework. {@code expectedVersion} is the version the
     * editor read: a concurrent save is refused, never overwritten.
     */
    public VersionRow saveDraft(long versionId, long expectedVersion, Framework content, String changeNote) {
        currentUser.require(Role.METHODOLOGIST);
        StandardVersion draft = find(versionId);
        if (draft.getVersion() != expectedVersion) {
            throw new ConcurrentModificationException(SharedError.CONCURRENT_MODIFICATION);
        }
        if (changeNote != null && changeNote.length() > FieldLimits.CHANGE_NOTE) {
            throw new InvalidInputException("note", CompetencyError.CHANGE_NOTE_TOO_LONG, changeNote.length(),
                    FieldLimits.CHANGE_NOTE);
        }
        List<ImportError> errors = check(content);
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        draft.clearContent();
        em.flush();
        draft.fill(content);
        draft.note(changeNote);
        em.flush();
        return row(draft);
    }

    /** Publishes a draft; the version published so far is retired (and stays readable). */
    public VersionRow publish(long versionId, long expectedVersion) {
        currentUser.require(Role.METHODOLOGIST);
        StandardVersion draft = find(versionId);
        if (draft.getVersion() != expectedVersion) {
            throw new ConcurrentModificationException(SharedError.CONCURRENT_MODIFICATION);
        }
        List<ImportError> errors = check(draft.toFramework());
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        Instant now = clock.instant();
        publishedVersion(draft.getStandard().getCode()).ifPresent(old -> old.retire(now));
        em.flush();
        draft.publish(now);
        em.flush();
        return row(draft);
    }

    public VersionRow retire(long versionId) {
        currentUser.require(Role.METHODOLOGIST);
        StandardVersion v = find(versionId);
        v.retire(clock.instant());
        em.flush();
        return row(v);
    }

    /** What changed from one version to another (by codes; CASE ids and metadata are ignored). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FrameworkChange> compare(long fromVersionId, long toVersionId) {
        return FrameworkDiff.compare(framework(fromVersionId), framework(toVersionId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String exportCsv(long versionId) {
        return FrameworkCsv.write(framework(versionId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String exportCase(long versionId, String baseUri) {
        StandardVersion v = readable(versionId);
        return CaseJson.write(v.toFramework(), v.getNumber(), adoptionStatus(v.getStatus()), lastChange(v), baseUri);
    }

    /** When a version last changed, as its CASE objects say ({@code lastChangeDateTime}). */
    static Instant lastChange(StandardVersion v) {
        return v.getPublishedAt() != null ? v.getPublishedAt() : v.getCreatedAt();
    }

    /**
     * Imports an uploaded file as a new draft of its standard, the format judged by the content (never by the file
     * name): a CASE 1.1 package (JSON) carries its own metadata; a table — CSV in UTF-8 or Windows-1251 with
     * {@code ;}, {@code ,} or tab, or the first sheet of an XLSX workbook — needs the standard's code and title from
     * the caller. All or nothing: any error refuses the whole file, naming every faulty row or item.
     *
     * @param declaredCharset the charset the client declared for a text file, or null
     * @param expectedFormat  "csv" or "case" when the client said what it sends (then the content must agree), or null
     */
    public VersionRow importFile(Upload upload, String declaredCharset, String expectedFormat, String standardCode,
            String title, String sourceRef, LocalDate effectiveDate) {
        return importFile(upload, declaredCharset, expectedFormat, standardCode, title, sourceRef, effectiveDate,
                Map.of());
    }

    /**
     * {@link #importFile} with the caller's mapping of other CASE item types (see {@link CaseJson#itemTypeMap}):
     * an OpenSALT framework's "Domain" and "Standard" items become areas and competencies instead of refusing the
     * file.
     */
    public VersionRow importFile(Upload upload, String declaredCharset, String expectedFormat, String standardCode,
            String title, String sourceRef, LocalDate effectiveDate, Map<String, String> itemTypes) {
        Caller caller = currentUser.require(Role.METHODOLOGIST);
        return importFramework(read(upload, declaredCharset, expectedFormat, standardCode, title, sourceRef,
                effectiveDate, itemTypes), caller.username());
    }

    /**
     * The dry run of {@link #importFile}: reads and checks the file the same way and refuses it for the same reasons
     * (every error, or a draft that exists already), but stores nothing and says what the new draft would change
     * against the standard's published version.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StandardImportPreview previewImport(Upload upload, String declaredCharset, String expectedFormat,
            String standardCode, String title, String sourceRef, LocalDate effectiveDate) {
        return previewImport(upload, declaredCharset, expectedFormat, standardCode, title, sourceRef, effectiveDate,
                Map.of());
    }

    /**
     * The CFItemTypes of a CASE package that are neither of ours ("Competency Area", "Competency") and so need the
     * caller's mapping (see {@link CaseJson#itemTypeMap}), in order of first appearance; empty for a table or a
     * package without other types. Found by reading the package as the import does, without a mapping.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> unmappedItemTypes(Upload upload, String declaredCharset) {
        currentUser.require(Role.METHODOLOGIST);
        if (upload.format() != Upload.Format.JSON) {
            return List.of();
        }
        try {
            CaseJson.read(upload.text(declaredCharset).text(), Map.of());
            return List.of();
        } catch (ImportRejectedException e) {
            return e.errors().stream().filter(err -> err.code() == CompetencyImportError.CASE_ITEM_TYPE_UNKNOWN)
                    .map(err -> String.valueOf(err.args().get(0))).distinct().toList();
        }
    }

    /** {@link #previewImport} with the caller's mapping of other CASE item types, as {@link #importFile} takes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StandardImportPreview previewImport(Upload upload, String declaredCharset, String expectedFormat,
            String standardCode, String title, String sourceRef, LocalDate effectiveDate,
            Map<String, String> itemTypes) {
        currentUser.require(Role.METHODOLOGIST);
        Framework framework = read(upload, declaredCharset, expectedFormat, standardCode, title, sourceRef,
                effectiveDate, itemTypes);
        List<ImportError> errors = check(framework);
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        Optional<CompetencyStandard> standard = standard(framework.standardCode());
        if (standard.flatMap(this::draftOf).isPresent()) {
            throw new BusinessException(CompetencyError.DRAFT_EXISTS, framework.standardCode());
        }
        Optional<StandardVersion> base = standard.flatMap(s -> publishedVersion(s.getCode()));
        Framework before = base.map(StandardVersion::toFramework).orElseGet(() -> new Framework(
                framework.standardCode(), framework.title(), null, null, null, List.of(), List.of()));
        return new StandardImportPreview(framework.standardCode(), standard.isEmpty(),
                base.map(StandardVersion::getNumber).orElse(null), framework,
                FrameworkDiff.compare(before, framework));
    }

    /** The framework an uploaded file holds (see {@link #importFile}); nothing checked against storage yet. */
    private static Framework read(Upload upload, String declaredCharset, String expectedFormat, String standardCode,
            String title, String sourceRef, LocalDate effectiveDate, Map<String, String> itemTypes) {
        boolean caseJson = upload.format() == Upload.Format.JSON;
        if (expectedFormat != null && !expectedFormat.isBlank()) {
            String expected = expectedFormat.strip().toLowerCase(java.util.Locale.ROOT);
            if (!expected.equals("csv") && !expected.equals("case")) {
                throw new InvalidInputException("format", CompetencyError.FORMAT_UNKNOWN);
            }
            if (expected.equals("case") != caseJson) {
                throw new InvalidInputException("format", CompetencyError.FORMAT_MISMATCH, expected,
                        upload.format().name());
            }
        }
        if (caseJson) {
            return CaseJson.read(upload.text(declaredCharset).text(), itemTypes);
        }
        List<InvalidInputException.Violation> missing = new ArrayList<>();
        if (standardCode == null || standardCode.isBlank()) {
            missing.add(new InvalidInputException.Violation("standard", CompetencyError.CSV_NEEDS_STANDARD));
        }
        if (title == null || title.isBlank()) {
            missing.add(new InvalidInputException.Violation("title", CompetencyError.CSV_NEEDS_STANDARD));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        Table table = upload.table(declaredCharset);
        return FrameworkCsv.read(table, standardCode.strip(), title.strip(),
                sourceRef == null || sourceRef.isBlank() ? null : sourceRef.strip(), effectiveDate);
    }

    /** Used by the seed loader and the imports: a new draft with the given content. */
    VersionRow importFramework(Framework framework, String createdBy) {
        List<ImportError> errors = check(framework);
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        CompetencyStandard standard = standard(framework.standardCode()).orElseGet(() -> {
            CompetencyStandard s = new CompetencyStandard(framework.standardCode(), framework.title(),
                    framework.sourceRef(), clock.instant());
            em.persist(s);
            return s;
        });
        if (draftOf(standard).isPresent()) {
            throw new BusinessException(CompetencyError.DRAFT_EXISTS, standard.getCode());
        }
        StandardVersion draft = new StandardVersion(standard, nextNumber(standard),
                publishedVersion(standard.getCode()).orElse(null), createdBy, clock.instant());
        draft.fill(framework);
        em.persist(draft);
        em.flush();
        return row(draft);
    }

    /** Rules every stored framework keeps (the CSV and CASE readers check the same and more). */
    static List<ImportError> check(Framework f) {
        List<ImportError> errors = new ArrayList<>();
        Location standard = Location.of(CompetencyPlace.STANDARD);
        if (f.standardCode() == null || !f.standardCode().matches("[A-Z0-9][A-Z0-9._-]{0,39}")) {
            errors.add(ImportError.of(standard, CompetencyImportError.DRAFT_CODE_INVALID));
        }
        Limits document = new Limits(errors, standard);
        document.check(FrameworkField.TITLE, f.title(), FieldLimits.TITLE);
        document.check(FrameworkField.SOURCE, f.sourceRef(), FieldLimits.SOURCE_REF);
        document.check(FrameworkField.CASE_ID, f.caseId(), FieldLimits.CASE_ID);
        // the CASE associations' identifiers (kept from an imported file) fit the same columns
        f.areas().forEach(a -> document.check(FrameworkField.CASE_ID, a.childOfCaseId(), FieldLimits.CASE_ID));
        f.competencies().forEach(c -> {
            document.check(FrameworkField.CASE_ID, c.childOfCaseId(), FieldLimits.CASE_ID);
            document.check(FrameworkField.CASE_ID, c.replacedByCaseId(), FieldLimits.CASE_ID);
        });
        if (f.levels().isEmpty()) {
            errors.add(ImportError.of(Location.of(CompetencyPlace.SCALE), CompetencyImportError.DRAFT_NO_LEVELS));
        }
        for (int i = 0; i < f.levels().size(); i++) {
            Framework.Level l = f.levels().get(i);
            Location where = Location.of(CompetencyPlace.LEVEL, l.number());
            if (l.number() != i + 1) {
                errors.add(ImportError.of(where, CompetencyImportError.DRAFT_LEVEL_NUMBERS, f.levels().size()));
            }
            if (blank(l.name()) || blank(l.descriptor())) {
                errors.add(ImportError.of(where, CompetencyImportError.DRAFT_LEVEL_INCOMPLETE));
            }
            Limits level = new Limits(errors, where);
            level.check(FrameworkField.NAME, l.name(), FieldLimits.LEVEL_NAME);
            level.check(FrameworkField.DESCRIPTOR, l.descriptor(), FieldLimits.DESCRIPTION);
            level.check(FrameworkField.CASE_ID, l.caseId(), FieldLimits.CASE_ID);
        }
        Set<String> codes = new HashSet<>();
        for (Framework.Area a : f.areas()) {
            Location where = Location.of(CompetencyPlace.AREA, Limits.shown(a.code()));
            if (blank(a.code()) || blank(a.name()) || !codes.add(a.code())) {
                errors.add(ImportError.of(where, CompetencyImportError.DRAFT_AREA_INCOMPLETE));
            }
            Limits area = new Limits(errors, where);
            area.check(FrameworkField.CODE, a.code(), FieldLimits.CODE);
            area.check(FrameworkField.NAME, a.name(), FieldLimits.TITLE);
            area.check(FrameworkField.DESCRIPTION, a.description(), FieldLimits.DESCRIPTION);
            area.check(FrameworkField.CASE_ID, a.caseId(), FieldLimits.CASE_ID);
            for (Framework.Competency c : a.competencies()) {
                Location at = Location.of(CompetencyPlace.COMPETENCY, Limits.shown(c.code()));
                if (blank(c.code()) || blank(c.name()) || c.kind() == null || !codes.add(c.code())) {
                    errors.add(ImportError.of(at, CompetencyImportError.DRAFT_COMPETENCY_INCOMPLETE));
                }
                Limits competency = new Limits(errors, at);
                competency.check(FrameworkField.CODE, c.code(), FieldLimits.CODE);
                competency.check(FrameworkField.NAME, c.name(), FieldLimits.TITLE);
                competency.check(FrameworkField.DESCRIPTION, c.description(), FieldLimits.DESCRIPTION);
                competency.check(FrameworkField.CASE_ID, c.caseId(), FieldLimits.CASE_ID);
                competency.check(FrameworkField.REPLACES_CASE_ID, c.replacesCaseId(), FieldLimits.CASE_ID);
                c.indicators().stream().filter(i -> i.level() < 1 || i.level() > f.levels().size() || blank(i.text()))
                        .findFirst().ifPresent(i -> errors.add(ImportError.of(at,
                                CompetencyImportError.DRAFT_INDICATOR_INVALID, i.level())));
                c.indicators().stream().filter(i -> i.text() != null && i.text().length() > FieldLimits.INDICATOR)
                        .forEach(i -> errors.add(ImportError.of(at, CompetencyImportError.DRAFT_INDICATOR_TOO_LONG,
                                i.level(), i.text().length(), FieldLimits.INDICATOR)));
            }
        }
        return errors;
    }

    /** Texts longer than their columns, reported with the element and the field (never a database error). */
    private record Limits(List<ImportError> errors, Location where) {

        void check(FrameworkField field, String value, int max) {
            if (value != null && value.length() > max) {
                errors.add(ImportError.of(where, CompetencyImportError.DRAFT_TOO_LONG, field, value.length(), max));
            }
        }

        static String shown(String code) {
            return code != null && code.length() > FieldLimits.CODE ? code.substring(0, FieldLimits.CODE) + "…"
                    : code;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private StandardVersion readable(long versionId) {
        Caller caller = currentUser.require();
        StandardVersion v = find(versionId);
        if (v.getStatus() == VersionStatus.DRAFT && !caller.hasRole(Role.METHODOLOGIST)) {
            throw new AccessDeniedException(CompetencyError.DRAFTS_FOR_METHODOLOGISTS);
        }
        return v;
    }

    private StandardVersion find(long versionId) {
        StandardVersion v = em.find(StandardVersion.class, versionId);
        if (v == null) {
            throw new NotFoundException(CompetencyError.VERSION_NOT_FOUND, versionId);
        }
        return v;
    }

    private Optional<CompetencyStandard> standard(String code) {
        return em.createQuery("select s from CompetencyStandard s where s.code = :c", CompetencyStandard.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    Optional<StandardVersion> publishedVersion(String standardCode) {
        return em.createQuery("select v from StandardVersion v where v.standard.code = :c and v.status = :s",
                        StandardVersion.class)
                .setParameter("c", standardCode).setParameter("s", VersionStatus.PUBLISHED)
                .getResultStream().findFirst();
    }

    private Optional<StandardVersion> draftOf(CompetencyStandard standard) {
        return em.createQuery("select v from StandardVersion v where v.standard = :s and v.status = :d",
                        StandardVersion.class)
                .setParameter("s", standard).setParameter("d", VersionStatus.DRAFT).getResultStream().findFirst();
    }

    private int nextNumber(CompetencyStandard standard) {
        Integer max = em.createQuery("select max(v.number) from StandardVersion v where v.standard = :s",
                Integer.class).setParameter("s", standard).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    static String adoptionStatus(VersionStatus s) {
        return switch (s) {
            case DRAFT -> "Draft";
            case PUBLISHED -> "Adopted";
            case RETIRED -> "Deprecated";
        };
    }

    static VersionRow row(StandardVersion v) {
        return new VersionRow(v.getId(), v.getStandard().getCode(), v.getTitle(), v.getNumber(), v.getStatus(),
                v.getEffectiveDate(), v.getCreatedAt(), v.getPublishedAt(), v.getRetiredAt(),
                v.getBasedOn() == null ? null : v.getBasedOn().getNumber(), v.getChangeNote(), v.getVersion());
    }

    /** For the seed loader: publishes without a caller (content is trusted). */
    void publishSeed(long versionId) {
        StandardVersion v = find(versionId);
        v.publish(clock.instant());
    }
}
