package org.munacademy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.munacademy.competency.boundary.EvidenceFacade;
import org.munacademy.competency.boundary.ScopeGapsFacade;
import org.munacademy.competency.entity.Gap;
import org.munacademy.competency.entity.GapReport;
import org.munacademy.competency.entity.ScopeGaps;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.DataScope;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent;
import org.munacademy.identity.entity.PersonCard;
import org.munacademy.identity.entity.Role;
import org.munacademy.learning.control.Recommender;
import org.munacademy.learning.control.Recommender.Need;
import org.munacademy.learning.control.Recommender.Offer;
import org.munacademy.learning.entity.BulkEnrolment;
import org.munacademy.learning.entity.ClosedGap;
import org.munacademy.learning.entity.Cohort;
import org.munacademy.learning.entity.CohortRow;
import org.munacademy.learning.entity.CohortStatus;
import org.munacademy.learning.entity.CompetencyTarget;
import org.munacademy.learning.entity.Enrolment;
import org.munacademy.learning.entity.EnrolmentStatus;
import org.munacademy.learning.entity.LearningError;
import org.munacademy.learning.entity.PersonNeed;
import org.munacademy.learning.entity.Programme;
import org.munacademy.learning.entity.ProgrammeNeed;
import org.munacademy.learning.entity.ProgrammeStatus;
import org.munacademy.learning.entity.Recommendation;
import org.munacademy.learning.entity.RecommendationError;
import org.munacademy.shared.control.BundleTexts;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.NotFoundException;

/**
 * Gap-driven recommendations ({@link Recommender}): for a person, the published programmes ranked by the weighted gap
 * they close in the person's required profile, each with its reason; for HR, who in the scope needs which programme,
 * and the whole list enrolled into a cohort of the programme in one action (through {@link EnrolmentFacade#enrol},
 * which keeps the seats and the waiting list).
 * <p>
 * Cost: a fixed number of statements per call whatever the number of persons or programmes — the published
 * programmes, their competencies and today's open cohorts (three queries), the enrolments that leave programmes out
 * (one), the gaps (one person's report; for HR the scope's table from {@link ScopeGapsFacade}, one "data stamp"
 * statement while it is current) and the audit record.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RecommendationFacade {

    /** How many recommendations the home page and the panel show at most. */
    public static final int TOP = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    DataScope dataScope;

    @Inject
    PersonFacade persons;

    @Inject
    EvidenceFacade evidence;

    @Inject
    ScopeGapsFacade scopeGaps;

    @Inject
    EnrolmentFacade enrolment;

    @Inject
    Enrolments enrolments;

    @Inject
    AuditLog audit;

    /** The caller's recommendations (none for an account without a person card). */
    public List<Recommendation> mine(Locale language) {
        currentUser.require();
        PersonCard card = persons.myCard().orElse(null);
        if (card == null) {
            return List.of();
        }
        return recommend(evidence.myGaps(), excludedFor(card.id()), language);
    }

    /**
     * A person's recommendations, for HR officers of the person's scope and administrators; anybody else's id is
     * not found (the same answer whether it exists). Reading the gaps reads the person's card: audited.
     */
    public List<Recommendation> forPerson(long personId, Locale language) {
        currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        if (!dataScope.coversPerson(personId)) {
            audit.record(AuditAction.PERSON_READ, AuditEvent.Outcome.DENIED, "person", String.valueOf(personId),
                    "recommendations, outside scope");
            throw new NotFoundException(RecommendationError.PERSON_NOT_IN_SCOPE, personId);
        }
        return recommend(evidence.gaps(personId), excludedFor(personId), language);
    }

    /**
     * A person's recommendations against a given gap report — another profile than their own position's, such as a
     * reserve entry's target. For other contexts' boundaries: they have checked that their caller may see the person,
     * and audit the read themselves. Programmes the person is in, waits for or completed are left out as usual.
     */
    public List<Recommendation> forGaps(long personId, GapReport report, Locale language) {
        return recommend(report, excludedFor(personId), language);
    }

    private List<Recommendation> recommend(GapReport report, Set<String> excluded, Locale language) {
        List<Need> profile = new ArrayList<>();
        for (Gap g : report.gaps()) {
            profile.add(new Need(g.competencyCode(), g.targetLevel(), g.weight(), g.current().level()));
        }
        return Recommender.recommend(profile, offers(), excluded, closes(language));
    }

    /**
     * The published programmes with how many persons of the caller's scope (optionally of one municipality, with
     * the settlements inside it) each closes a gap for — not counting those already in or through it — most needed
     * first. Computed from the scope's gaps: audited as a heat-map read.
     */
    public List<ProgrammeNeed> programmes(Long municipalityId) {
        Scope s = scope(municipalityId);
        int[] counts = new int[s.offers.offers().size()];
        for (ScopeGaps.Person p : s.persons) {
            ScopeGaps.Profile profile = s.gaps.profile(p);
            Set<String> own = s.excluded.getOrDefault(p.id(), Set.of());
            for (int o = 0; o < counts.length; o++) {
                if (s.offers.score(o, profile.target(), profile.weight(), p.current()) > 0
                        && !own.contains(s.offers.offers().get(o).code())) {
                    counts[o]++;
                }
            }
        }
        List<ProgrammeNeed> out = new ArrayList<>();
        for (int o = 0; o < counts.length; o++) {
            Offer offer = s.offers.offers().get(o);
            out.add(new ProgrammeNeed(offer.code(), offer.title(), offer.hours(), counts[o], offer.openCohorts()));
        }
        out.sort(Comparator.comparingInt(ProgrammeNeed::persons).reversed()
                .thenComparing(ProgrammeNeed::programmeCode));
        audit.record(AuditAction.HEATMAP_READ, AuditEvent.Outcome.SUCCESS, "who-needs-what", null,
                describe(municipalityId, s.persons.size()));
        return out;
    }

    /**
     * The persons of the caller's scope (optionally of one municipality) whose gaps the programme closes, with the
     * reason each, highest weighted gap first; those already in or through the programme are left out. A bulk read
     * of personal data: audited with the programme and the row count.
     */
    public List<PersonNeed> persons(String programmeCode, Long municipalityId, Locale language) {
        Scope s = scope(municipalityId);
        List<PersonNeed> out = needing(s, programmeCode, closes(language));
        audit.record(AuditAction.PERSONS_LISTED, AuditEvent.Outcome.SUCCESS, "programme", programmeCode,
                "who needs it, " + describe(municipalityId, s.persons.size()) + ", rows=" + out.size());
        return out;
    }

    /**
     * Enrols everybody {@link #persons} lists into a cohort of the programme, in one action: seats while free, then
     * the waiting list (the enrolment facade's rules). The cohort must be the programme's.
     */
    @Transactional
    public BulkEnrolment enrol(String programmeCode, String cohortCode, Long municipalityId) {
        currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        if (cohortCode == null || cohortCode.isBlank()) {
            throw new InvalidInputException("cohort", RecommendationError.COHORT_REQUIRED);
        }
        String code = cohortCode.strip();
        Cohort cohort = em.createQuery("select c from Cohort c join fetch c.programme where c.code = :c",
                Cohort.class).setParameter("c", code).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("cohort", RecommendationError.COHORT_UNKNOWN, code));
        if (!cohort.getProgramme().getCode().equals(programmeCode)) {
            throw new InvalidInputException("cohort", RecommendationError.COHORT_OF_ANOTHER_PROGRAMME, code,
                    programmeCode);
        }
        Scope s = scope(municipalityId);
        List<Long> ids = needing(s, programmeCode, "").stream().map(PersonNeed::personId).toList();
        audit.record(AuditAction.PERSONS_LISTED, AuditEvent.Outcome.SUCCESS, "programme", programmeCode,
                "who needs it, enrolled into " + code + ", " + describe(municipalityId, s.persons.size())
                        + ", rows=" + ids.size());
        if (ids.isEmpty()) {
            return new BulkEnrolment(code, 0, 0, 0, List.of());
        }
        return enrolment.enrol(code, ids);
    }

    private List<PersonNeed> needing(Scope s, String programmeCode, String closes) {
        int o = s.offers.indexOf(programmeCode);
        if (o < 0) {
            throw new NotFoundException(LearningError.PROGRAMME_NOT_FOUND, programmeCode);
        }
        List<PersonNeed> out = new ArrayList<>();
        for (ScopeGaps.Person p : s.persons) {
            ScopeGaps.Profile profile = s.gaps.profile(p);
            int score = s.offers.score(o, profile.target(), profile.weight(), p.current());
            if (score > 0 && !s.excluded.getOrDefault(p.id(), Set.of()).contains(programmeCode)) {
                List<ClosedGap> gaps = s.offers.closes(o, profile.target(), p.current()).stream()
                        .sorted(Comparator.comparing(ClosedGap::competencyCode)).toList();
                out.add(new PersonNeed(p.id(), p.name(), p.municipality(), score, Recommender.reason(closes, gaps),
                        gaps));
            }
        }
        out.sort(Comparator.comparingInt(PersonNeed::score).reversed().thenComparing(PersonNeed::name)
                .thenComparingLong(PersonNeed::personId));
        return out;
    }

    private static String describe(Long municipalityId, int persons) {
        return (municipalityId == null ? "" : "municipalityId=" + municipalityId + ", ") + "persons=" + persons;
    }

    /** What an HR computation reads: the scope's gap table (filtered), the offers and the enrolments leaving out. */
    private record Scope(ScopeGaps gaps, List<ScopeGaps.Person> persons, Recommender.Compiled offers,
            Map<Long, Set<String>> excluded) {
    }

    private Scope scope(Long municipalityId) {
        currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        if (municipalityId != null && !dataScope.coversMunicipality(municipalityId)) {
            throw new InvalidInputException("municipality", RecommendationError.MUNICIPALITY_NOT_IN_SCOPE,
                    municipalityId);
        }
        ScopeGaps gaps = scopeGaps.ofMyScope();
        List<ScopeGaps.Person> people = municipalityId == null ? gaps.persons() : gaps.persons().stream()
                .filter(p -> ScopeGaps.worksIn(p, municipalityId)).toList();
        return new Scope(gaps, people, Recommender.compile(offers(), gaps::indexOf), excludedInScope());
    }

    /** Programme codes the person is in, waits for, asked for or completed. */
    private Set<String> excludedFor(long personId) {
        return new HashSet<>(em.createQuery("select distinct p.code from Enrolment e join e.cohort c "
                + "join c.programme p where e.personId = :p and e.status <> :w", String.class)
                .setParameter("p", personId).setParameter("w", EnrolmentStatus.WITHDRAWN).getResultList());
    }

    /** The same for every person of the caller's scope, in one query. */
    private Map<Long, Set<String>> excludedInScope() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<Enrolment> e = q.from(Enrolment.class);
        Join<Enrolment, Cohort> c = e.join("cohort");
        Join<Cohort, Programme> p = c.join("programme");
        q.multiselect(e.get("personId"), p.get("code")).distinct(true)
                .where(cb.notEqual(e.get("status"), EnrolmentStatus.WITHDRAWN),
                        dataScope.personIn(cb, q, e.get("personId")));
        Map<Long, Set<String>> out = new HashMap<>();
        for (Object[] r : em.createQuery(q).getResultList()) {
            out.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((String) r[1]);
        }
        return out;
    }

    /** The published programmes with their competencies and today's open cohorts, in three queries. */
    List<Offer> offers() {
        Map<Long, Object[]> programmes = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("select p.id, p.code, p.title, p.hours from Programme p "
                + "where p.status = :s order by p.code", Object[].class)
                .setParameter("s", ProgrammeStatus.PUBLISHED).getResultList()) {
            programmes.put((Long) r[0], r);
        }
        Map<Long, List<CompetencyTarget>> develops = new HashMap<>();
        for (Object[] r : em.createQuery("select p.id, c.competencyCode, c.targetLevel from Programme p "
                + "join p.competencies c where p.status = :s", Object[].class)
                .setParameter("s", ProgrammeStatus.PUBLISHED).getResultList()) {
            develops.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new CompetencyTarget((String) r[1], (Integer) r[2]));
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<CohortRow>> open = new HashMap<>();
        for (Cohort c : em.createQuery("select c from Cohort c join fetch c.programme p where p.status = :s "
                + "and c.status = :o and c.enrolFrom <= :d and c.enrolTo >= :d order by c.startsOn, c.code",
                Cohort.class).setParameter("s", ProgrammeStatus.PUBLISHED).setParameter("o", CohortStatus.OPEN)
                .setParameter("d", today).getResultList()) {
            open.computeIfAbsent(c.getProgramme().getId(), k -> new ArrayList<>()).add(c.row());
        }
        List<Offer> out = new ArrayList<>();
        programmes.forEach((id, r) -> out.add(new Offer((String) r[1], (String) r[2], (Integer) r[3],
                develops.getOrDefault(id, List.of()), open.getOrDefault(id, List.of()))));
        return out;
    }

    private static String closes(Locale language) {
        return BundleTexts.of("learning", language == null ? Locale.forLanguageTag("ru") : language)
                .text("learning.reco.closes");
    }
}
