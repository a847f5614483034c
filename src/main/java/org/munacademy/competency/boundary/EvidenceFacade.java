package org.munacademy.competency.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.munacademy.competency.control.GapCalculator;
import org.munacademy.competency.control.LevelRules;
import org.munacademy.competency.entity.CompetencyError;
import org.munacademy.competency.entity.CurrentLevel;
import org.munacademy.competency.entity.Evidence;
import org.munacademy.competency.entity.EvidenceInput;
import org.munacademy.competency.entity.EvidenceItem;
import org.munacademy.competency.entity.EvidenceRecorded;
import org.munacademy.competency.entity.EvidenceSource;
import org.munacademy.competency.entity.Framework;
import org.munacademy.competency.entity.Gap;
import org.munacademy.competency.entity.GapReport;
import org.munacademy.competency.entity.GapSummary;
import org.munacademy.competency.entity.HeatMap;
import org.munacademy.competency.entity.ProfileRequirement;
import org.munacademy.competency.entity.Requirement;
import org.munacademy.competency.entity.StandardVersion;
import org.munacademy.competency.entity.OwnEvidenceException;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.PersonCard;
import org.munacademy.identity.entity.PersonFilter;
import org.munacademy.identity.entity.PersonRow;
import org.munacademy.identity.entity.Role;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.control.BundleTexts;
import org.munacademy.shared.control.XlsxWriter;
import org.munacademy.shared.entity.AccessDeniedException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.Page;

/**
 * The evidence store and what follows from it: a person's current level per competency (by the configured rule)
 * and their gaps against the required profile of their position, one at a time or as a heat-map of everybody in
 * an HR officer's scope. People record evidence through {@link #record}, other contexts' boundaries through
 * {@link SystemEvidence}; nobody touches the table.
 * Scope comes from identity: reading somebody's levels reads their card (audited, refused outside the scope).
 */
@ApplicationScoped
@Transactional
public class EvidenceFacade {

    /** The most people a heat-map shows at once. */
    public static final int HEATMAP_LIMIT = 500;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PersonFacade persons;

    @Inject
    StandardFacade standards;

    @Inject
    CompetencySettings settings;

    @Inject
    InputValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    ProfileGaps profileGaps;

    @Inject
    Event<EvidenceRecorded> recorded;

    @Inject
    RecordedPersons recordedPersons;

    /**
     * Records evidence a person vouches for: HR officers and administrators a manager's rating of somebody in
     * their scope, a person their own self-assessment. Nobody records anything else about themselves, and nobody
     * records the sources only the system writes (assessment, course, contest jury: see {@link SystemEvidence}).
     * Every write is audited with the person, source and competency.
     */
    public EvidenceItem record(long personId, EvidenceInput input) {
        Caller caller = currentUser.require();
        if (input == null) {
            throw new InvalidInputException("competencyCode", CompetencyError.EVIDENCE_MISSING);
        }
        EvidenceSource source = input.getSource();
        boolean self = caller.personId() != null && caller.personId() == personId;
        if (self) {
            if (source != null && source != EvidenceSource.SELF_ASSESSMENT) {
                audit.record(AuditAction.EVIDENCE_RECORDED, AuditEvent.Outcome.DENIED, "person",
                        String.valueOf(personId), describe(input) + "; own evidence");
                throw new OwnEvidenceException();
            }
            persons.myCard();
        } else {
            currentUser.require(Role.HR_OFFICER, Role.ADMIN);
            persons.card(personId); // refused and audited outside the scope
        }
        validator.validate(input);
        if (source.systemOnly()) {
            audit.record(AuditAction.EVIDENCE_RECORDED, AuditEvent.Outcome.DENIED, "person",
                    String.valueOf(personId), describe(input) + "; system source");
            throw new InvalidInputException("source", CompetencyError.SOURCE_SYSTEM_ONLY, source);
        }
        if (source == EvidenceSource.SELF_ASSESSMENT && !self) {
            throw new InvalidInputException("source", CompetencyError.SELF_ASSESSMENT_BY_SELF);
        }
        Framework framework = standardFramework();
        framework.requireOnScale(input.getCompetencyCode(), input.getLevel());
        if (input.getExpiresOn() != null && input.getExpiresOn().isBefore(input.getObservedOn())) {
            throw new InvalidInputException("expiresOn", CompetencyError.EXPIRES_BEFORE_OBSERVED);
        }
        Evidence e = new Evidence(personId, framework.standardCode(), input.getCompetencyCode(), input.getLevel(),
                source, input.getObservedOn(), input.getExpiresOn(), input.getReference(), caller.username(),
                clock.instant());
        em.persist(e);
        em.flush();
        audit.record(AuditAction.EVIDENCE_RECORDED, AuditEvent.Outcome.SUCCESS, "person", String.valueOf(personId),
                describe(input) + "; evidence " + e.getId());
        if (recordedPersons.firstTime(personId)) { // once per person and transaction
            recorded.fire(new EvidenceRecorded(personId));
        }
        return e.toItem();
    }

    /**
     * Whether the caller may record a manager's rating for the person: an HR officer or administrator, about
     * somebody other than themselves (the scope is checked when recording). For forms, to offer only what works.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayRecordManagerRating(long personId) {
        Caller caller = currentUser.require();
        return caller.hasAnyRole(Role.HR_OFFICER, Role.ADMIN)
                && (caller.personId() == null || caller.personId() != personId);
    }

    private static String describe(EvidenceInput input) {
        return "source=" + input.getSource() + ", competency=" + AuditEvent.fit(input.getCompetencyCode(), 40)
                + ", level=" + input.getLevel();
    }

    /** A person's evidence, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvidenceItem> evidence(long personId) {
        readCard(personId);
        return evidenceOf(List.of(personId)).getOrDefault(personId, List.of());
    }

    /** The caller's own evidence, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvidenceItem> myEvidence() {
        PersonCard card = persons.myCard()
                .orElseThrow(() -> new NotFoundException(CompetencyError.NO_PERSON_CARD));
        return evidenceOf(List.of(card.id())).getOrDefault(card.id(), List.of());
    }

    /** A person's current level per competency, by the configured rule. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, CurrentLevel> currentLevels(long personId) {
        readCard(personId);
        return LevelRules.currentLevels(evidenceOf(List.of(personId)).getOrDefault(personId, List.of()),
                settings.levelRule(), LocalDate.now(clock));
    }

    /** A person's gaps against the profile of their position (HR in scope, or the person themselves). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public GapReport gaps(long personId) {
        return report(readCard(personId));
    }

    /**
     * A person's gaps against a TARGET profile (a position group, optionally one position in it) rather than their
     * own position's: HR in scope (audited as a card read), or the person themselves.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public GapReport gapsAgainst(long personId, long groupId, Long positionId) {
        PersonCard card = readCard(personId);
        GapReport r = profileGaps.against(personId, groupId, positionId);
        return new GapReport(r.personId(), card.fullName(), r.positionGroupCode(), r.standardCode(),
                r.standardVersion(), r.gaps(), r.fit());
    }

    /** The caller's own gaps. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public GapReport myGaps() {
        PersonCard card = persons.myCard()
                .orElseThrow(() -> new NotFoundException(CompetencyError.NO_PERSON_CARD));
        return report(card);
    }

    /**
     * The heat-map of the people in the caller's scope (HR officers, administrators), optionally filtered. A bulk
     * read of personal data: audited with the filter and the row count.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public HeatMap heatMap(PersonFilter filter, HeatMap.Mode mode) {
        HeatMap map = buildHeatMap(filter, mode);
        audit.record(AuditAction.HEATMAP_READ, AuditEvent.Outcome.SUCCESS, "heatmap", map.standardCode(),
                describe(filter, mode, map));
        return map;
    }

    /** How many competencies the gap summary names. */
    public static final int SUMMARY_WEAKEST = 3;

    /**
     * The gaps of the caller's scope in a few figures (HR officers, administrators), for the home page: computed from
     * the same data as the heat-map (a fixed number of queries, whatever the number of people), so it is audited as
     * a heat-map read.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public GapSummary gapSummary() {
        HeatMap map = buildHeatMap(PersonFilter.all(), HeatMap.Mode.PEOPLE);
        audit.record(AuditAction.HEATMAP_READ, AuditEvent.Outcome.SUCCESS, "gap-summary", map.standardCode(),
                "summary, rows=" + map.rows().size() + (map.truncated() ? " (truncated)" : ""));
        return GapSummary.of(map, SUMMARY_WEAKEST);
    }

    private static String describe(PersonFilter filter, HeatMap.Mode mode, HeatMap map) {
        return "mode=" + mode + (filter == null || filter.text() == null || filter.text().isBlank() ? ""
                : ", q=" + AuditEvent.fit(filter.text().trim(), 100)) + ", rows=" + map.rows().size()
                + (map.truncated() ? " (truncated)" : "");
    }

    private HeatMap buildHeatMap(PersonFilter filter, HeatMap.Mode mode) {
        currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        List<PersonRow> people = persons.list(filter, new Page(0, HEATMAP_LIMIT));
        long total = persons.count(filter);
        StandardVersion version = standards.publishedVersion(settings.standardCode())
                .orElseThrow(() -> new NotFoundException(CompetencyError.NO_PUBLISHED_STANDARD,
                        settings.standardCode()));
        Framework framework = version.toFramework();
        Map<String, List<ProfileRequirement>> requirements = requirementsByGroup(version);
        Map<Long, List<EvidenceItem>> evidence = evidenceOf(people.stream().map(PersonRow::id).toList());
        LocalDate today = LocalDate.now(clock);
        List<GapReport> reports = new ArrayList<>();
        for (PersonRow p : people) {
            List<Requirement> effective = effective(requirements.getOrDefault(p.positionGroupCode(), List.of()),
                    p.positionId());
            List<EvidenceItem> own = evidence.getOrDefault(p.id(), List.of());
            reports.add(GapCalculator.report(p.id(), p.fullName(), p.positionGroupCode(), framework.standardCode(),
                    version.getNumber(), effective, framework,
                    LevelRules.currentLevels(own, settings.levelRule(), today),
                    LevelRules.selfAssessments(own, today)));
        }
        List<HeatMap.Column> columns = new ArrayList<>();
        for (Framework.Area a : framework.areas()) {
            a.competencies().forEach(c -> columns.add(new HeatMap.Column(c.code(), c.name(), a.code())));
        }
        List<HeatMap.Row> rows = mode == HeatMap.Mode.MUNICIPALITIES
                ? byMunicipality(people, reports)
                : byPerson(people, reports);
        return new HeatMap(mode, framework.standardCode(), columns, rows, total > people.size());
    }

    /**
     * The heat-map as an XLSX workbook (the same rows, columns and colours as on screen) with its headers in the
     * asker's language (Russian or English); audited as an export.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] heatMapXlsx(PersonFilter filter, HeatMap.Mode mode, Locale language) {
        BundleTexts texts = BundleTexts.of("competency", language);
        HeatMap map = buildHeatMap(filter, mode);
        audit.record(AuditAction.DATA_EXPORTED, AuditEvent.Outcome.SUCCESS, "heatmap", map.standardCode(),
                "xlsx, " + describe(filter, mode, map));
        List<String> header = new ArrayList<>();
        header.add(texts.text(mode == HeatMap.Mode.PEOPLE ? "competency.export.heatmap.person"
                : "competency.export.heatmap.municipality"));
        if (mode == HeatMap.Mode.PEOPLE) {
            header.add(texts.text("competency.export.heatmap.municipality"));
        }
        header.add(texts.text("competency.export.heatmap.fit"));
        map.columns().forEach(c -> header.add(c.code() + " " + c.name()));
        List<List<XlsxWriter.Cell>> rows = new ArrayList<>();
        for (HeatMap.Row row : map.rows()) {
            List<XlsxWriter.Cell> cells = new ArrayList<>();
            cells.add(new XlsxWriter.Cell(row.label(), null));
            if (mode == HeatMap.Mode.PEOPLE) {
                cells.add(new XlsxWriter.Cell(row.municipality(), null));
            }
            cells.add(new XlsxWriter.Cell(row.fit() == null ? null : Math.round(row.fit() * 1000) / 10.0, null));
            for (HeatMap.Column column : map.columns()) {
                HeatMap.Cell cell = row.cells().get(column.code());
                cells.add(cell == null ? new XlsxWriter.Cell(null, null)
                        : new XlsxWriter.Cell(cellText(cell, mode, texts), fill(cell.status())));
            }
            rows.add(cells);
        }
        return XlsxWriter.write(texts.text("competency.export.heatmap.sheet"), header, rows);
    }

    private static String cellText(HeatMap.Cell cell, HeatMap.Mode mode, BundleTexts texts) {
        if (mode == HeatMap.Mode.MUNICIPALITIES) {
            return texts.text("competency.export.heatmap.share", Math.round(cell.share() * 100), cell.people());
        }
        return (cell.current() == null ? "—" : String.valueOf(cell.current())) + "/" + cell.target();
    }

    /** The colours of the heat-map, shared by the screen and the workbook. */
    public static String fill(Gap.Status status) {
        return switch (status) {
            case BELOW_MIN -> "F4CCCC";
            case BELOW_TARGET -> "FFE599";
            case MEETS -> "D9EAD3";
            case UNKNOWN -> "EEEEEE";
        };
    }

    private static List<HeatMap.Row> byPerson(List<PersonRow> people, List<GapReport> reports) {
        List<HeatMap.Row> rows = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Map<String, HeatMap.Cell> cells = new LinkedHashMap<>();
            for (Gap g : reports.get(i).gaps()) {
                cells.put(g.competencyCode(), new HeatMap.Cell(g.status(), g.current().level(), g.targetLevel(),
                        null, 1, g.selfAssessed()));
            }
            PersonRow p = people.get(i);
            rows.add(new HeatMap.Row(p.id(), p.fullName(), p.municipalityName(), reports.get(i).fit(), cells));
        }
        return rows;
    }

    private static List<HeatMap.Row> byMunicipality(List<PersonRow> people, List<GapReport> reports) {
        Map<Long, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < people.size(); i++) {
            members.computeIfAbsent(people.get(i).municipalityId(), k -> new ArrayList<>()).add(i);
        }
        List<HeatMap.Row> rows = new ArrayList<>();
        for (var entry : members.entrySet()) {
            Map<String, List<Gap>> byCompetency = new LinkedHashMap<>();
            double fit = 0;
            for (int i : entry.getValue()) {
                fit += reports.get(i).fit();
                reports.get(i).gaps().forEach(g ->
                        byCompetency.computeIfAbsent(g.competencyCode(), k -> new ArrayList<>()).add(g));
            }
            Map<String, HeatMap.Cell> cells = new LinkedHashMap<>();
            byCompetency.forEach((code, gaps) -> {
                long meeting = gaps.stream().filter(g -> g.status() == Gap.Status.MEETS).count();
                Gap.Status worst = gaps.stream().map(Gap::status).min(EvidenceFacade::severity).orElseThrow();
                cells.put(code, new HeatMap.Cell(worst, null, null,
                        Math.round(1000.0 * meeting / gaps.size()) / 1000.0, gaps.size(), null));
            });
            PersonRow first = people.get(entry.getValue().get(0));
            rows.add(new HeatMap.Row(entry.getKey(), first.municipalityName(), first.municipalityName(),
                    Math.round(1000.0 * fit / entry.getValue().size()) / 1000.0, cells));
        }
        return rows;
    }

    private static int severity(Gap.Status a, Gap.Status b) {
        return Integer.compare(rank(a), rank(b));
    }

    private static int rank(Gap.Status s) {
        return switch (s) {
            case BELOW_MIN -> 0;
            case UNKNOWN -> 1;
            case BELOW_TARGET -> 2;
            case MEETS -> 3;
        };
    }

    private PersonCard readCard(long personId) {
        Caller caller = currentUser.require();
        if (caller.personId() != null && caller.personId() == personId) {
            return persons.myCard().orElseThrow();
        }
        if (!caller.hasAnyRole(Role.HR_OFFICER, Role.ADMIN)) {
            throw new AccessDeniedException(CompetencyError.HR_ONLY);
        }
        return persons.card(personId);
    }

    private GapReport report(PersonCard card) {
        StandardVersion version = standards.publishedVersion(settings.standardCode())
                .orElseThrow(() -> new NotFoundException(CompetencyError.NO_PUBLISHED_STANDARD,
                        settings.standardCode()));
        Framework framework = version.toFramework();
        List<Requirement> effective = card.positionGroupCode() == null ? List.of()
                : effective(requirementsByGroup(version).getOrDefault(card.positionGroupCode(), List.of()),
                        card.positionId());
        List<EvidenceItem> own = evidenceOf(List.of(card.id())).getOrDefault(card.id(), List.of());
        LocalDate today = LocalDate.now(clock);
        return GapCalculator.report(card.id(), card.fullName(), card.positionGroupCode(), framework.standardCode(),
                version.getNumber(), effective, framework, LevelRules.currentLevels(own, settings.levelRule(), today),
                LevelRules.selfAssessments(own, today));
    }

    private static List<Requirement> effective(List<ProfileRequirement> groupRows, Long positionId) {
        List<Requirement> group = groupRows.stream().filter(r -> r.getPosition() == null)
                .map(ProfileRequirement::toRequirement).toList();
        List<Requirement> position = positionId == null ? List.of() : groupRows.stream()
                .filter(r -> r.getPosition() != null && positionId.equals(r.getPosition().getId()))
                .map(ProfileRequirement::toRequirement).toList();
        return GapCalculator.effectiveRequirements(group, position);
    }

    /** The requirements of a version by position group code, in one query. */
    Map<String, List<ProfileRequirement>> requirementsByGroup(StandardVersion version) {
        return em.createQuery("select r from ProfileRequirement r join fetch r.positionGroup "
                        + "left join fetch r.position where r.standardVersion = :v", ProfileRequirement.class)
                .setParameter("v", version).getResultStream()
                .collect(Collectors.groupingBy(r -> r.getPositionGroup().getCode(), HashMap::new, Collectors.toList()));
    }

    /** Evidence of many people in one query, newest first. */
    private Map<Long, List<EvidenceItem>> evidenceOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select e from Evidence e where e.personId in :ids and e.standardCode = :s "
                        + "order by e.observedOn desc, e.id desc", Evidence.class)
                .setParameter("ids", List.copyOf(personIds)).setParameter("s", settings.standardCode())
                .getResultStream()
                .collect(Collectors.groupingBy(Evidence::getPersonId, HashMap::new,
                        Collectors.mapping(Evidence::toItem, Collectors.toList())));
    }

    private Framework standardFramework() {
        return standards.publishedVersion(settings.standardCode())
                .orElseThrow(() -> new NotFoundException(CompetencyError.NO_PUBLISHED_STANDARD,
                        settings.standardCode()))
                .toFramework();
    }
}
