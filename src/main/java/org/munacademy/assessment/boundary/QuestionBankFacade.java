package org.munacademy.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.munacademy.assessment.control.Gift;
import org.munacademy.assessment.control.ImportDiff;
import org.munacademy.assessment.control.ImportReport;
import org.munacademy.assessment.control.ItemJson;
import org.munacademy.assessment.control.ItemMedia;
import org.munacademy.assessment.control.MoodleXml;
import org.munacademy.assessment.control.QtiPackage;
import org.munacademy.assessment.control.RichHtml;
import org.munacademy.assessment.control.Scoring;
import org.munacademy.assessment.control.Slugs;
import org.munacademy.assessment.entity.AssessmentError;
import org.munacademy.assessment.entity.AssessmentImportError;
import org.munacademy.assessment.entity.AssessmentTest;
import org.munacademy.assessment.entity.BankItem;
import org.munacademy.assessment.entity.BlueprintRule;
import org.munacademy.assessment.entity.ImportChange;
import org.munacademy.assessment.entity.ImportMode;
import org.munacademy.assessment.entity.ImportOptions;
import org.munacademy.assessment.entity.ImportSummary;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.Question;
import org.munacademy.assessment.entity.QuestionData;
import org.munacademy.assessment.entity.QuestionDetail;
import org.munacademy.assessment.entity.QuestionFilter;
import org.munacademy.assessment.entity.QuestionRevision;
import org.munacademy.assessment.entity.QuestionRow;
import org.munacademy.assessment.entity.QuestionStatus;
import org.munacademy.assessment.entity.RichText;
import org.munacademy.assessment.entity.SourcedItem;
import org.munacademy.assessment.entity.TestStatus;
import org.munacademy.competency.boundary.CompetencySettings;
import org.munacademy.competency.boundary.StandardFacade;
import org.munacademy.competency.entity.Framework;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Role;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.boundary.Upload;
import org.munacademy.shared.entity.ConcurrentModificationException;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.entity.ImportRejectedException;
import org.munacademy.shared.entity.InvalidInputException.Violation;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.Location;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.entity.SharedError;
import org.munacademy.shared.entity.Texts;

/**
 * The item bank, for methodologists (and administrators): questions tagged with a competency of the national
 * standard, a level and a difficulty; versioned so that an edit of a question some attempt has drawn adds a
 * revision; GIFT, Moodle XML and QTI import (all or nothing, every error with its line or item, or on request partial
 * with the refused items listed; categories mapped to competencies) and GIFT and QTI export.
 */
@ApplicationScoped
@Transactional
public class QuestionBankFacade {

    /** The largest file an import accepts. */
    public static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;

    /** The longest question code. */
    static final int MAX_CODE = 60;

    private static final String CODE_PATTERN = "[A-Za-z0-9._-]{1," + MAX_CODE + "}";

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    StandardFacade standards;

    @Inject
    CompetencySettings competencySettings;

    @Inject
    InputValidator validator;

    @Inject
    QuestionMedia media;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuestionRow> list(QuestionFilter filter, Page page) {
        requireEditor();
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Question> q = em.createQuery("select q from Question q" + where(filter, params)
                + " order by q.competencyCode, q.level, q.code", Question.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                .map(QuestionBankFacade::row).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(QuestionFilter filter) {
        requireEditor();
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(q) from Question q" + where(filter, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QuestionDetail detail(long id) {
        requireEditor();
        return detailOf(find(id));
    }

    /** Creates a draft question. */
    public QuestionDetail create(QuestionData data) {
        Caller caller = requireEditor();
        validator.validate(data);
        sanitise(data);
        check(data, framework());
        if (byCode(data.getCode()) != null) {
            throw new InvalidInputException("code", AssessmentError.QUESTION_CODE_TAKEN, data.getCode());
        }
        Question q = insert(data, caller.username());
        return detailOf(q);
    }

    /**
     * Saves a question: an unused draft revision is rewritten, otherwise (active, retired, or drawn by an attempt)
     * a new revision is added. Fails if somebody saved it since {@code expectedVersion} was read.
     */
    public QuestionDetail update(long id, long expectedVersion, QuestionData data) {
        Caller caller = requireEditor();
        Question q = find(id);
        if (q.getVersion() != expectedVersion) {
            throw new ConcurrentModificationException(SharedError.CONCURRENT_MODIFICATION);
        }
        validator.validate(data);
        sanitise(data);
        check(data, framework());
        if (!q.getCode().equals(data.getCode())) {
            throw new InvalidInputException("code", AssessmentError.QUESTION_CODE_IMMUTABLE);
        }
        revise(q, data, caller.username());
        em.flush();
        return detailOf(q);
    }

    /**
     * A rich stem typed in the editor or posted is kept only as the sanitiser lets it through (imports sanitise
     * while reading; the views sanitise again when showing).
     */
    private static void sanitise(QuestionData data) {
        ItemContent c = data.getContent();
        if (c != null && RichText.isRich(c.stem())) {
            data.setContent(new ItemContent(c.type(), RichText.of(RichHtml.clean(RichText.html(c.stem()))),
                    c.options(), c.pairs(), c.sequence(), c.generalFeedback(), c.essay()));
        }
    }

    /** Moves a question to another status (draft → active → retired, or back to active). */
    public QuestionDetail setStatus(long id, long expectedVersion, QuestionStatus status) {
        requireEditor();
        Question q = find(id);
        if (q.getVersion() != expectedVersion) {
            throw new ConcurrentModificationException(SharedError.CONCURRENT_MODIFICATION);
        }
        if (status == QuestionStatus.DRAFT && q.getStatus() != QuestionStatus.DRAFT) {
            throw new InvalidInputException("status", AssessmentError.QUESTION_STATUS_BACKWARDS);
        }
        if (status == QuestionStatus.ACTIVE) {
            List<Violation> problems = Scoring.check(current(q));
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
        q.setStatus(status, clock.instant());
        em.flush();
        return detailOf(q);
    }

    /**
     * Imports a GIFT file: all or nothing unless {@link ImportOptions#partial}. Items whose category does not name
     * a competency get the competency {@link ImportOptions#categoryMap} gives their category, else the defaults. In
     * {@link ImportMode#CREATE} every item becomes a new question (a code already in the bank is replaced by a fresh
     * one, reported per item); in {@link ImportMode#UPDATE} known codes are revised when different, under the rules
     * of {@link #update} and never changing the type or competency of a question in use. {@code activate} makes new
     * (and, in an update, draft) questions active at once. {@code dryRun} stores nothing and returns what the import
     * would do, with every change per question.
     */
    public ImportSummary importGift(String text, ImportOptions options) {
        Caller caller = requireEditor();
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("file", AssessmentError.FILE_EMPTY);
        }
        if (text.length() > MAX_IMPORT_BYTES) {
            throw new InvalidInputException("file", AssessmentError.FILE_TOO_LARGE, MAX_IMPORT_BYTES / (1024 * 1024));
        }
        ItemMedia images = new ItemMedia();
        Gift.Parsed parsed = Gift.parse(text, images);
        return storeWithImages(parsed.items(), parsed.errors(), images, options, caller.username());
    }

    /** {@link #importGift(String, ImportOptions)}, all or nothing and no category mapped. */
    public ImportSummary importGift(String text, String defaultCompetency, Integer defaultLevel, boolean activate,
            ImportMode mode, boolean dryRun) {
        return importGift(text, new ImportOptions(defaultCompetency, defaultLevel, activate, mode, dryRun));
    }

    /**
     * Imports a QTI 2.1/2.2 content package (zip), like {@link #importGift}; a partial import leaves out the items
     * that do not read (an item file that does not parse, media that cannot be taken) or that the bank refuses
     * (competency, level, code, content), listed in {@code refused}; a package whose zip or manifest does not read
     * is refused whole.
     */
    public ImportSummary importQti(byte[] zip, ImportOptions options) {
        Caller caller = requireEditor();
        if (zip == null || zip.length == 0) {
            throw new InvalidInputException("file", AssessmentError.FILE_EMPTY);
        }
        if (zip.length > 10 * MAX_IMPORT_BYTES) {
            throw new InvalidInputException("file", AssessmentError.FILE_TOO_LARGE,
                    10 * MAX_IMPORT_BYTES / (1024 * 1024));
        }
        ItemMedia images = new ItemMedia();
        Gift.Parsed parsed = QtiPackage.parse(zip, images);
        return storeWithImages(parsed.items(), parsed.errors(), images, options, caller.username());
    }

    /** {@link #importQti(byte[], ImportOptions)}, all or nothing and no category mapped. */
    public ImportSummary importQti(byte[] zip, String defaultCompetency, Integer defaultLevel, boolean activate,
            ImportMode mode, boolean dryRun) {
        return importQti(zip, new ImportOptions(defaultCompetency, defaultLevel, activate, mode, dryRun));
    }

    /**
     * Imports a Moodle XML file ({@link MoodleXml}), like {@link #importGift}; its embedded images are stored with
     * the questions. The file may be as large as a QTI package, since it carries its pictures.
     */
    public ImportSummary importMoodleXml(byte[] xml, ImportOptions options) {
        Caller caller = requireEditor();
        if (xml == null || xml.length == 0) {
            throw new InvalidInputException("file", AssessmentError.FILE_EMPTY);
        }
        if (xml.length > MAX_PACKAGE_BYTES) {
            throw new InvalidInputException("file", AssessmentError.FILE_TOO_LARGE, MAX_PACKAGE_BYTES / (1024 * 1024));
        }
        ItemMedia images = new ItemMedia();
        Gift.Parsed parsed = MoodleXml.parse(xml, images);
        return storeWithImages(parsed.items(), parsed.errors(), images, options, caller.username());
    }

    /** The largest question file: a QTI package may hold pictures. */
    public static final long MAX_PACKAGE_BYTES = 10L * MAX_IMPORT_BYTES;

    /**
     * Imports an uploaded file, its format judged by the content (never by the file name): a zip is a QTI 2.1/2.2
     * package, text whose first content is {@code <?xml} or {@code <quiz} is Moodle XML, other text is GIFT (UTF-8
     * with or without a byte order mark, or Windows-1251, see {@link Upload#text}). Otherwise like
     * {@link #importGift}, {@link #importQti} and {@link #importMoodleXml}.
     *
     * @param declaredCharset the charset the client declared for a text file, or null
     * @param expectedFormat  "gift", "qti" or "moodlexml" when the client said what it sends (then the content
     *                        must agree), or null
     */
    public ImportSummary importFile(Upload upload, String declaredCharset, String expectedFormat,
            ImportOptions options) {
        requireEditor();
        boolean zip = upload.format() == Upload.Format.ZIP;
        boolean xml = upload.format() == Upload.Format.TEXT && MoodleXml.looksLike(upload.bytes());
        if (expectedFormat != null && !expectedFormat.isBlank()) {
            String expected = expectedFormat.strip().toLowerCase(Locale.ROOT);
            if (!expected.equals("gift") && !expected.equals("qti") && !expected.equals("moodlexml")) {
                throw new InvalidInputException("format", AssessmentError.IMPORT_FORMAT_UNKNOWN);
            }
            if ((expected.equals("qti") != zip || expected.equals("moodlexml") != xml) && upload.bytes().length > 0) {
                throw new InvalidInputException("format", AssessmentError.FORMAT_MISMATCH, expected,
                        xml ? "MOODLEXML" : upload.format().name());
            }
        }
        if (zip) {
            return importQti(upload.bytes(), options);
        }
        if (xml) {
            return importMoodleXml(upload.bytes(), options);
        }
        if (upload.format() != Upload.Format.TEXT) {
            throw new InvalidInputException("file", AssessmentError.QUESTION_FILE_EXPECTED, upload.format().name());
        }
        return importGift(upload.text(declaredCharset).text(), options);
    }

    /** {@link #importFile(Upload, String, String, ImportOptions)}, all or nothing and no category mapped. */
    public ImportSummary importFile(Upload upload, String declaredCharset, String expectedFormat,
            String defaultCompetency, Integer defaultLevel, boolean activate, ImportMode mode, boolean dryRun) {
        return importFile(upload, declaredCharset, expectedFormat,
                new ImportOptions(defaultCompetency, defaultLevel, activate, mode, dryRun));
    }

    /**
     * The refused items of a partial import as a CSV file for a spreadsheet (UTF-8 with a byte order mark, formulas
     * written as text): one row per problem with its place and text in the language {@code texts} speaks.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] refusedReport(ImportSummary summary, Texts texts) {
        requireEditor();
        return ImportReport.csv(summary.refused(), texts);
    }

    /** Stores the items of any format (see {@link #store}) and, unless a dry run, the images the stored ones show. */
    private ImportSummary storeWithImages(List<SourcedItem> items, List<ImportError> fileErrors, ItemMedia images,
            ImportOptions options, String username) {
        ImportSummary summary = store(items, fileErrors, options, username);
        if (!options.dryRun()) {
            media.keep(images, username);
        }
        return summary;
    }

    /** The questions the filter selects, as GIFT. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String exportGift(QuestionFilter filter) {
        return Gift.write(items(filter), media.source());
    }

    /** The questions the filter selects, as a QTI 2.1 package. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] exportQti(QuestionFilter filter) {
        return QtiPackage.write(items(filter), media.source());
    }

    /** Loads seed items and the images they show (no caller): used by the content loader. */
    ImportSummary seed(List<SourcedItem> items, ItemMedia images) {
        ImportSummary summary = store(items, List.of(), new ImportOptions(null, null, true, ImportMode.UPDATE, false),
                "content");
        media.keep(images, "content");
        return summary;
    }

    private List<BankItem> items(QuestionFilter filter) {
        requireEditor();
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Question> q = em.createQuery("select q from Question q" + where(filter, params)
                + " order by q.competencyCode, q.level, q.code", Question.class);
        params.forEach(q::setParameter);
        List<Question> questions = q.getResultList();
        Map<Long, QuestionRevision> revisions = currentRevisions(questions);
        List<BankItem> out = new ArrayList<>();
        for (Question question : questions) {
            out.add(new BankItem(question.getCode(), question.getCompetencyCode(), question.getLevel(),
                    question.getDifficulty(), ItemJson.readContent(revisions.get(question.getId()).getContent()),
                    question.getTitle(), question.getCategory()));
        }
        return out;
    }

    private Map<Long, QuestionRevision> currentRevisions(List<Question> questions) {
        Map<Long, QuestionRevision> out = new HashMap<>();
        if (questions.isEmpty()) {
            return out;
        }
        Map<Long, Integer> wanted = new HashMap<>();
        questions.forEach(q -> wanted.put(q.getId(), q.getCurrentRevisionNo()));
        for (int from = 0; from < questions.size(); from += 1000) {
            List<Long> ids = questions.subList(from, Math.min(questions.size(), from + 1000)).stream()
                    .map(Question::getId).toList();
            for (QuestionRevision r : em.createQuery("select r from QuestionRevision r where r.questionId in :ids",
                    QuestionRevision.class).setParameter("ids", ids).getResultList()) {
                if (wanted.get(r.getQuestionId()) == r.getRevisionNo()) {
                    out.put(r.getQuestionId(), r);
                }
            }
        }
        return out;
    }

    /**
     * Stores the items that read, whatever the format: {@code fileErrors} (the problems of the questions that did
     * not read) and the problems of these items (competency, level, code, content) refuse the import together, or
     * in a partial import leave out those items, listed in the summary's {@code refused}. The category map applies
     * here, to every format: an item without a competency of its own takes its category's.
     */
    private ImportSummary store(List<SourcedItem> items, List<ImportError> fileErrors, ImportOptions options,
            String username) {
        ImportMode importMode = options.mode();
        boolean dryRun = options.dryRun();
        boolean activate = options.activate();
        Integer defaultLevel = options.defaultLevel();
        Framework framework = framework();
        Map<String, String> categoryMap = categoryMap(options.categoryMap(), framework);
        List<String> categories = items.stream().filter(s -> s.item().competencyCode() == null)
                .map(s -> s.item().category()).filter(c -> c != null && !c.isBlank()).distinct().toList();
        List<ImportError> errors = new ArrayList<>(fileErrors);
        List<ImportError> refused = new ArrayList<>();
        List<SourcedItem> sources = new ArrayList<>();
        List<QuestionData> data = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (SourcedItem s : items) {
            BankItem item = s.item();
            String competency = item.competencyCode() != null ? item.competencyCode()
                    : item.category() != null && categoryMap.containsKey(item.category())
                    ? categoryMap.get(item.category()) : blankToNull(options.defaultCompetency());
            int level = item.level() > 0 ? item.level() : defaultLevel == null ? 0 : defaultLevel;
            if (competency == null) {
                errors.add(ImportError.of(s.location(), AssessmentImportError.BANK_COMPETENCY_MISSING));
                continue;
            }
            if (framework.competency(competency) == null) {
                errors.add(ImportError.of(s.location(), AssessmentImportError.BANK_COMPETENCY_UNKNOWN, competency));
                continue;
            }
            if (level < 1 || level > framework.levels().size()) {
                errors.add(ImportError.of(s.location(), AssessmentImportError.BANK_LEVEL_RANGE, level,
                        framework.levels().size()));
                continue;
            }
            String code = item.code() != null && !item.code().isBlank() ? item.code().trim()
                    : item.title() != null ? Slugs.questionCode(competency, item.title(), codes, MAX_CODE)
                    : competency + "-" + digest(item.content().stem()).substring(0, 8);
            if (!code.matches(CODE_PATTERN)) {
                errors.add(ImportError.of(s.location(), AssessmentImportError.BANK_CODE_INVALID, code, MAX_CODE));
                continue;
            }
            if (!codes.add(code.toLowerCase(Locale.ROOT))) {
                errors.add(ImportError.of(s.location(), AssessmentImportError.BANK_CODE_REPEATED, code));
                continue;
            }
            List<Violation> problems = Scoring.check(item.content());
            if (!problems.isEmpty()) {
                problems.forEach(p -> errors.add(ImportError.of(s.location(), p)));
                continue;
            }
            sources.add(s);
            QuestionData d = new QuestionData(code, competency, level, item.difficulty(), item.content());
            d.setTitle(item.title());
            d.setCategory(item.category());
            data.add(d);
        }
        refuse(errors, refused, options.partial());
        // plan every item first (nothing written), so that a refusal or a dry run leaves the bank as it was
        List<ImportChange> plan = new ArrayList<>();
        List<QuestionData> planned = new ArrayList<>();
        List<Question> targets = new ArrayList<>();
        ImportedQuestions bank = new ImportedQuestions(data.stream().map(QuestionData::getCode).toList());
        for (int i = 0; i < data.size(); i++) {
            QuestionData d = data.get(i);
            Location location = sources.get(i).location();
            String fileCode = sources.get(i).item().code() == null || sources.get(i).item().code().isBlank()
                    ? null : d.getCode();
            Question existing = bank.question(d.getCode());
            ItemContent before = existing == null ? null : bank.content(existing);
            if (existing != null && importMode == ImportMode.CREATE && !same(existing, before, d)) {
                // the code belongs to another question: a new question under a fresh code, the old one untouched
                QuestionData fresh = new QuestionData(freshCode(d.getCode(), codes), d.getCompetencyCode(),
                        d.getLevel(), d.getDifficulty(), d.getContent());
                fresh.setTitle(d.getTitle());
                fresh.setCategory(d.getCategory());
                d = fresh;
                existing = null;
            }
            if (existing == null) {
                plan.add(new ImportChange(location, d.getCode(), fileCode, ImportChange.Action.CREATE, false,
                        List.of()));
            } else if (same(existing, before, d)) {
                plan.add(new ImportChange(location, existing.getCode(), fileCode, ImportChange.Action.UNCHANGED,
                        false, List.of()));
            } else {
                boolean used = bank.inUse(existing);
                if (used && (before.type() != d.getContent().type()
                        || !existing.getCompetencyCode().equals(d.getCompetencyCode()))) {
                    errors.add(ImportError.of(location, AssessmentImportError.BANK_QUESTION_IN_USE,
                            existing.getCode()));
                    continue;
                }
                boolean newRevision = !before.equals(d.getContent())
                        && !(existing.getStatus() == QuestionStatus.DRAFT && !bank.currentRevisionDrawn(existing));
                plan.add(new ImportChange(location, existing.getCode(), fileCode, ImportChange.Action.UPDATE,
                        newRevision, ImportDiff.changes(new BankItem(existing.getCode(), existing.getCompetencyCode(),
                                existing.getLevel(), existing.getDifficulty(), before, existing.getTitle(),
                                existing.getCategory()),
                                new BankItem(d.getCode(), d.getCompetencyCode(), d.getLevel(), d.getDifficulty(),
                                        d.getContent(), d.getTitle(), d.getCategory()))));
            }
            planned.add(d);
            targets.add(existing);
        }
        refuse(errors, refused, options.partial());
        int created = 0;
        int revised = 0;
        int unchanged = 0;
        int renamed = 0;
        for (int i = 0; i < plan.size(); i++) {
            ImportChange change = plan.get(i);
            switch (change.action()) {
                case CREATE -> {
                    created++;
                    renamed += change.fileCode() != null && !change.fileCode().equals(change.code()) ? 1 : 0;
                    if (!dryRun) {
                        Question q = insert(planned.get(i), username);
                        if (activate) {
                            q.setStatus(QuestionStatus.ACTIVE, clock.instant());
                        }
                    }
                }
                case UNCHANGED -> unchanged++;
                case UPDATE -> {
                    revised++;
                    if (!dryRun) {
                        Question existing = targets.get(i);
                        revise(existing, planned.get(i), username, bank.revision(existing),
                                bank.currentRevisionDrawn(existing));
                        if (activate && existing.getStatus() == QuestionStatus.DRAFT) {
                            existing.setStatus(QuestionStatus.ACTIVE, clock.instant());
                        }
                    }
                }
            }
        }
        if (!dryRun) {
            em.flush();
        }
        return new ImportSummary(created, revised, unchanged, renamed, importMode, dryRun, plan, categories,
                refused);
    }

    /** All or nothing: the problems refuse the import; in a partial import they are kept for the summary. */
    private static void refuse(List<ImportError> errors, List<ImportError> refused, boolean partial) {
        if (errors.isEmpty()) {
            return;
        }
        if (!partial) {
            throw new ImportRejectedException(errors);
        }
        refused.addAll(errors);
        errors.clear();
    }

    /**
     * The user's mapping of the file's categories to competencies, each competency checked against the published
     * standard (an unknown one is a 400 naming it); categories and codes without surrounding blanks.
     */
    private static Map<String, String> categoryMap(Map<String, String> map, Framework framework) {
        Map<String, String> out = new HashMap<>();
        List<Violation> problems = new ArrayList<>();
        map.forEach((category, code) -> {
            String c = blankToNull(code);
            if (category == null || category.isBlank() || c == null) {
                problems.add(new Violation("categoryMap", AssessmentError.CATEGORY_MAP_INCOMPLETE,
                        category == null ? "" : category));
            } else if (framework.competency(c) == null) {
                problems.add(new Violation("categoryMap", AssessmentError.CATEGORY_MAP_UNKNOWN_COMPETENCY, c,
                        category.strip()));
            } else {
                out.put(category.strip(), c);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return out;
    }

    /**
     * A code not yet in the bank nor in the file, for an item whose code is taken: {@code BUD-01-001-2},
     * {@code -3}, … (the base shortened to fit). Added to {@code codes}.
     */
    private String freshCode(String code, Set<String> codes) {
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String candidate = (code.length() + suffix.length() > MAX_CODE
                    ? code.substring(0, MAX_CODE - suffix.length()) : code) + suffix;
            if (!codes.contains(candidate.toLowerCase(Locale.ROOT)) && byCode(candidate) == null) {
                codes.add(candidate.toLowerCase(Locale.ROOT));
                return candidate;
            }
        }
    }

    /**
     * The questions an import names, read once: by code, with their current revisions and which questions and
     * revisions attempts drew; and the published blueprint rules. So planning an import costs a fixed number of
     * statements however many items the file holds.
     */
    private final class ImportedQuestions {
        private static final int CHUNK = 500;
        private final Map<String, Question> byCode = new HashMap<>();
        private final Map<Long, QuestionRevision> current = new HashMap<>();
        private final Set<Long> drawnQuestions = new HashSet<>();
        private final Set<Long> drawnRevisions = new HashSet<>();
        private List<BlueprintRule> published;

        ImportedQuestions(List<String> codes) {
            List<String> lower = codes.stream().map(c -> c.toLowerCase(Locale.ROOT)).distinct().toList();
            for (int from = 0; from < lower.size(); from += CHUNK) {
                em.createQuery("select q from Question q where lower(q.code) in :c", Question.class)
                        .setParameter("c", lower.subList(from, Math.min(lower.size(), from + CHUNK)))
                        .getResultList().forEach(q -> byCode.put(q.getCode().toLowerCase(Locale.ROOT), q));
            }
            List<Long> ids = byCode.values().stream().map(Question::getId).toList();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                em.createQuery("select r from QuestionRevision r, Question q where q.id in :ids "
                                + "and r.questionId = q.id and r.revisionNo = q.currentRevisionNo",
                                QuestionRevision.class)
                        .setParameter("ids", chunk).getResultList().forEach(r -> current.put(r.getQuestionId(), r));
                for (Object[] drawn : em.createQuery("select distinct i.questionId, i.revisionId from AttemptItem i "
                        + "where i.questionId in :ids", Object[].class).setParameter("ids", chunk).getResultList()) {
                    drawnQuestions.add((Long) drawn[0]);
                    drawnRevisions.add((Long) drawn[1]);
                }
            }
        }

        Question question(String code) {
            return byCode.get(code.toLowerCase(Locale.ROOT));
        }

        QuestionRevision revision(Question q) {
            return current.get(q.getId());
        }

        ItemContent content(Question q) {
            return ItemJson.readContent(revision(q).getContent());
        }

        boolean currentRevisionDrawn(Question q) {
            return drawnRevisions.contains(revision(q).getId());
        }

        /**
         * Whether a question is in use: drawn by an attempt (any of its revisions), or active and eligible for the
         * blueprint of a published test (its competency, at the rule's level or any).
         */
        boolean inUse(Question q) {
            if (drawnQuestions.contains(q.getId())) {
                return true;
            }
            if (q.getStatus() != QuestionStatus.ACTIVE) {
                return false;
            }
            if (published == null) {
                published = new ArrayList<>();
                em.createQuery("select t from AssessmentTest t where t.status = :s", AssessmentTest.class)
                        .setParameter("s", TestStatus.PUBLISHED).getResultList()
                        .forEach(t -> published.addAll(TestFacade.rules(t)));
            }
            return published.stream().anyMatch(r -> r.competencyCode().equals(q.getCompetencyCode())
                    && (r.level() == null || r.level() == q.getLevel()));
        }
    }

    private static boolean same(Question q, ItemContent current, QuestionData d) {
        return q.getCompetencyCode().equals(d.getCompetencyCode()) && q.getLevel() == d.getLevel()
                && q.getDifficulty() == d.getDifficulty() && current.equals(d.getContent())
                && (d.getTitle() == null || d.getTitle().equals(q.getTitle()))
                && (d.getCategory() == null || d.getCategory().equals(q.getCategory()));
    }

    private Question insert(QuestionData data, String username) {
        Question q = new Question(data.getCode(), competencySettings.standardCode(), username, clock.instant());
        q.describe(data.getCompetencyCode(), data.getLevel(), data.getDifficulty(), data.getContent(),
                clock.instant());
        q.name(data.getTitle(), data.getCategory());
        int no = q.nextRevision();
        em.persist(q);
        em.flush();
        em.persist(new QuestionRevision(q.getId(), no, data.getContent().type(), ItemJson.write(data.getContent()),
                username, clock.instant()));
        return q;
    }

    private void revise(Question q, QuestionData data, String username) {
        QuestionRevision current = revision(q);
        revise(q, data, username, current, used(current.getId()));
    }

    /** Saves a question whose current revision (and whether an attempt drew it) the caller has read already. */
    private void revise(Question q, QuestionData data, String username, QuestionRevision current, boolean drawn) {
        q.describe(data.getCompetencyCode(), data.getLevel(), data.getDifficulty(), data.getContent(),
                clock.instant());
        q.name(data.getTitle() != null ? data.getTitle() : q.getTitle(),
                data.getCategory() != null ? data.getCategory() : q.getCategory());
        String json = ItemJson.write(data.getContent());
        if (q.getStatus() == QuestionStatus.DRAFT && !drawn) {
            current.rewrite(data.getContent().type(), json);
        } else if (!ItemJson.readContent(current.getContent()).equals(data.getContent())) {
            int no = q.nextRevision();
            em.persist(new QuestionRevision(q.getId(), no, data.getContent().type(), json, username,
                    clock.instant()));
        }
    }

    private boolean used(long revisionId) {
        return !em.createQuery("select i.id from AttemptItem i where i.revisionId = :r", Long.class)
                .setParameter("r", revisionId).setMaxResults(1).getResultList().isEmpty();
    }

    private void check(QuestionData data, Framework framework) {
        List<Violation> errors = new ArrayList<>();
        if (framework.competency(data.getCompetencyCode()) == null) {
            errors.add(new Violation("competencyCode", AssessmentError.UNKNOWN_COMPETENCY, data.getCompetencyCode()));
        }
        if (data.getLevel() > framework.levels().size()) {
            errors.add(new Violation("level", AssessmentError.LEVEL_OUTSIDE_SCALE, framework.levels().size()));
        }
        errors.addAll(Scoring.check(data.getContent()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private ItemContent current(Question q) {
        return ItemJson.readContent(revision(q).getContent());
    }

    private QuestionRevision revision(Question q) {
        return em.createQuery("select r from QuestionRevision r where r.questionId = :q and r.revisionNo = :n",
                QuestionRevision.class).setParameter("q", q.getId()).setParameter("n", q.getCurrentRevisionNo())
                .getSingleResult();
    }

    private QuestionDetail detailOf(Question q) {
        QuestionRevision r = revision(q);
        return new QuestionDetail(q.getId(), q.getCode(), q.getCompetencyCode(), q.getLevel(), q.getDifficulty(),
                q.getStatus(), q.getCurrentRevisionNo(), q.getVersion(), used(r.getId()),
                ItemJson.readContent(r.getContent()), q.getTitle(), q.getCategory());
    }

    private Question byCode(String code) {
        return em.createQuery("select q from Question q where lower(q.code) = :c", Question.class)
                .setParameter("c", code.toLowerCase(Locale.ROOT)).getResultStream().findFirst().orElse(null);
    }

    private Question find(long id) {
        Question q = em.find(Question.class, id);
        if (q == null) {
            throw new NotFoundException(AssessmentError.QUESTION_NOT_FOUND, id);
        }
        return q;
    }

    private Framework framework() {
        return standards.publishedFramework(competencySettings.standardCode())
                .orElseThrow(() -> new NotFoundException(AssessmentError.STANDARD_NOT_PUBLISHED,
                        competencySettings.standardCode()));
    }

    private Caller requireEditor() {
        return currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
    }

    private static String where(QuestionFilter f, Map<String, Object> params) {
        if (f == null) {
            return "";
        }
        List<String> c = new ArrayList<>();
        if (f.text() != null && !f.text().isBlank()) {
            params.put("text", "%" + f.text().trim().toLowerCase(Locale.ROOT) + "%");
            c.add("(lower(q.code) like :text or lower(q.stemPreview) like :text)");
        }
        if (f.competencyCode() != null && !f.competencyCode().isBlank()) {
            params.put("competency", f.competencyCode());
            c.add("q.competencyCode = :competency");
        }
        if (f.level() != null) {
            params.put("level", f.level());
            c.add("q.level = :level");
        }
        if (f.status() != null) {
            params.put("status", f.status());
            c.add("q.status = :status");
        }
        if (f.type() != null) {
            params.put("type", f.type());
            c.add("q.type = :type");
        }
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }

    static QuestionRow row(Question q) {
        return new QuestionRow(q.getId(), q.getCode(), q.getCompetencyCode(), q.getLevel(), q.getDifficulty(),
                q.getStatus(), q.getType(), q.getStemPreview(), q.getCurrentRevisionNo(), q.getUpdatedAt(),
                q.getVersion());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
