package org.munacademy.assessment.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.munacademy.assessment.control.Gift;
import org.munacademy.assessment.control.ItemDraw;
import org.munacademy.assessment.control.ItemMedia;
import org.munacademy.assessment.entity.Accommodation;
import org.munacademy.assessment.entity.AssessmentTest;
import org.munacademy.assessment.entity.AssignmentTarget;
import org.munacademy.assessment.entity.BlueprintRule;
import org.munacademy.assessment.entity.CutScore;
import org.munacademy.assessment.entity.ImportSummary;
import org.munacademy.assessment.entity.ReviewPolicy;
import org.munacademy.assessment.entity.Shortfall;
import org.munacademy.assessment.entity.SourcedItem;
import org.munacademy.assessment.entity.TestAssessor;
import org.munacademy.assessment.entity.TestSettings;
import org.munacademy.competency.boundary.CompetencySettings;
import org.munacademy.competency.boundary.StandardFacade;
import org.munacademy.competency.entity.Framework;
import org.munacademy.shared.boundary.DatabaseReady;
import org.munacademy.shared.control.ContentCalendar;
import org.munacademy.shared.control.ContentFiles;
import org.munacademy.shared.control.ContentFiles.ContentException;
import org.munacademy.shared.control.Table;
import org.munacademy.shared.entity.ImportRejectedException;
import org.munacademy.shared.entity.Location;
import org.munacademy.shared.entity.SharedPlace;

/**
 * Loads {@code content/assessment/}: the question banks ({@code banks/<area>.gift}, one per area of the national
 * standard) when the bank is empty, then every test of {@code tests.csv} that does not exist yet with its
 * blueprint, accommodations, assignments and assessors; a test is published when the bank can serve its blueprint.
 */
@ApplicationScoped
@Transactional
public class AssessmentContent {

    private static final Logger LOG = Logger.getLogger(AssessmentContent.class.getName());

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    QuestionBankFacade bank;

    @Inject
    TestFacade tests;

    @Inject
    StandardFacade standards;

    @Inject
    CompetencySettings competencySettings;

    void load(@Observes @Priority(DatabaseReady.LOAD_ASSESSMENT) DatabaseReady event) {
        if (!event.loadContent()) {
            return; // loaded already, unchanged since (Bootstrap's content fingerprint)
        }
        Framework framework = standards.publishedFramework(competencySettings.standardCode()).orElse(null);
        if (framework == null) {
            return;
        }
        long questions = em.createQuery("select count(q) from Question q", Long.class).getSingleResult();
        if (questions == 0) {
            List<SourcedItem> items = new ArrayList<>();
            ItemMedia images = new ItemMedia();
            for (Framework.Area area : framework.areas()) {
                String file = "assessment/banks/" + area.code().toLowerCase(Locale.ROOT) + ".gift";
                ContentFiles.text(file).ifPresent(text -> {
                    try {
                        Gift.read(text, images).forEach(s -> items.add(new SourcedItem(
                                Location.of(SharedPlace.IN_FILE, file, s.location()), s.item())));
                    } catch (ImportRejectedException e) {
                        throw new ContentException(file, 0, e.getMessage());
                    }
                });
            }
            if (!items.isEmpty()) {
                ImportSummary summary = bank.seed(items, images);
                LOG.info(() -> "Question bank: " + summary.created() + " questions loaded");
                event.banner("Банк вопросов: " + summary.created() + " вопросов");
            }
        }
        loadTests(framework);
    }

    private void loadTests(Framework framework) {
        Map<String, List<BlueprintRule>> rules = new HashMap<>();
        for (Table.Row r : ContentFiles.csv("assessment/blueprints.csv").orElse(List.of())) {
            rules.computeIfAbsent(r.get("test_code"), k -> new ArrayList<>()).add(new BlueprintRule(
                    r.get("competency"), r.isBlank("level") ? null : Integer.valueOf(r.get("level")),
                    Integer.parseInt(r.get("count"))));
        }
        Map<String, List<Accommodation>> accommodations = new HashMap<>();
        for (Table.Row r : ContentFiles.csv("assessment/accommodations.csv").orElse(List.of())) {
            Long person = personId(r.get("person_code"));
            if (person == null) {
                throw new ContentException("assessment/accommodations.csv", r.line(), "unknown person");
            }
            accommodations.computeIfAbsent(r.get("test_code"), k -> new ArrayList<>())
                    .add(new Accommodation(person, Integer.parseInt(r.get("extra_minutes"))));
        }
        Map<String, Long> created = new HashMap<>();
        for (Table.Row r : ContentFiles.csv("assessment/tests.csv").orElse(List.of())) {
            String code = r.get("code");
            if (!em.createQuery("select t.id from AssessmentTest t where t.code = :c", Long.class)
                    .setParameter("c", code).getResultList().isEmpty()) {
                continue;
            }
            TestSettings s = new TestSettings();
            s.setTitle(r.get("title"));
            s.setDescription(r.get("description"));
            s.setPositionGroupCode(r.isBlank("position_group") ? null : r.get("position_group"));
            s.setTimeLimitSeconds(60 * Integer.parseInt(r.get("time_limit_minutes")));
            s.setAttemptsAllowed(Integer.parseInt(r.get("attempts_allowed")));
            s.setShuffleQuestions(Boolean.parseBoolean(r.get("shuffle_questions")));
            s.setShuffleOptions(Boolean.parseBoolean(r.get("shuffle_options")));
            s.setReview(ReviewPolicy.valueOf(r.get("review")));
            s.setOpenForSelf(Boolean.parseBoolean(r.get("open_for_self")));
            s.setRules(rules.getOrDefault(code, List.of()));
            s.setCuts(cuts(r.get("cut_scores")));
            s.setAccommodations(accommodations.getOrDefault(code, List.of()));
            AssessmentTest t = new AssessmentTest(code, competencySettings.standardCode(), "content",
                    clock.instant());
            t.apply(s);
            List<Shortfall> shortfalls = ItemDraw.shortfalls(s.getRules(), tests.pool(s.getRules()));
            if (shortfalls.isEmpty() && !s.getRules().isEmpty()) {
                t.publish(shortfalls);
            } else {
                LOG.warning("Test " + code + " left as a draft: " + shortfalls);
            }
            em.persist(t);
            em.flush();
            created.put(code, t.getId());
        }
        for (Table.Row r : ContentCalendar.csv(LocalDate.now(clock))
                .apply("assessment/assignments.csv").orElse(List.of())) {
            Long testId = created.get(r.get("test_code"));
            if (testId == null) {
                continue;
            }
            String[] target = r.get("target").split(":", 2);
            AssignmentTarget kind = AssignmentTarget.valueOf(target[0].trim().toUpperCase(Locale.ROOT));
            Long id = switch (kind) {
                case PERSON -> personId(target[1].trim());
                case MUNICIPALITY -> single("select m.id from Municipality m where m.oktmo = :c", target[1].trim());
                case REGION -> single("select r.id from Region r where r.code = :c", target[1].trim());
            };
            if (id == null) {
                throw new ContentException("assessment/assignments.csv", r.line(), "unknown target " + r.get("target"));
            }
            tests.seedAssignment(testId, kind, id, r.isBlank("due_date") ? null : LocalDate.parse(r.get("due_date")));
        }
        loadAssessors(created);
        if (!created.isEmpty()) {
            LOG.info(() -> "Assessment tests loaded: " + created.keySet());
        }
    }

    /**
     * The assessors of the tests just created ({@code assessors.csv}: test_code, username). An account that does not
     * exist is skipped: the demo accounts are created only in the embedded demo run.
     */
    private void loadAssessors(Map<String, Long> created) {
        for (Table.Row r : ContentFiles.csv("assessment/assessors.csv").orElse(List.of())) {
            Long testId = created.get(r.get("test_code"));
            Long account = testId == null ? null
                    : single("select a.id from Account a where a.username = :c", r.get("username"));
            if (account != null) {
                em.persist(new TestAssessor(testId, account, "content", clock.instant()));
            } else if (testId != null) {
                LOG.fine(() -> "assessors.csv: no account " + r.get("username") + ", skipped");
            }
        }
    }

    private static List<CutScore> cuts(String text) {
        List<CutScore> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(";")) {
            String[] lp = part.split(":");
            out.add(new CutScore(null, Integer.parseInt(lp[0].trim()), Double.parseDouble(lp[1].trim())));
        }
        return out;
    }

    private Long personId(String code) {
        return single("select p.id from Person p where p.code = :c", code);
    }

    private Long single(String jpql, String code) {
        return em.createQuery(jpql, Long.class).setParameter("c", code).getResultStream().findFirst().orElse(null);
    }
}
