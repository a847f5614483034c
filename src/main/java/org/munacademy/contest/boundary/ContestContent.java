package org.munacademy.contest.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.munacademy.contest.control.AttachmentRules;
import org.munacademy.contest.entity.AggregationMethod;
import org.munacademy.contest.entity.Application;
import org.munacademy.contest.entity.ApplicationStatus;
import org.munacademy.contest.entity.Assignment;
import org.munacademy.contest.entity.Attachment;
import org.munacademy.contest.entity.ConflictKind;
import org.munacademy.contest.entity.ConflictStatus;
import org.munacademy.contest.entity.Criterion;
import org.munacademy.contest.entity.FieldType;
import org.munacademy.contest.entity.Juror;
import org.munacademy.contest.entity.JurorConflict;
import org.munacademy.contest.entity.Member;
import org.munacademy.contest.entity.Nomination;
import org.munacademy.contest.entity.NominationKind;
import org.munacademy.contest.entity.PassRuleKind;
import org.munacademy.contest.entity.QuestionField;
import org.munacademy.contest.entity.ResultStatus;
import org.munacademy.contest.entity.Score;
import org.munacademy.contest.entity.Season;
import org.munacademy.contest.entity.SeasonDefinition;
import org.munacademy.contest.entity.SeasonStatus;
import org.munacademy.contest.entity.Stage;
import org.munacademy.contest.entity.StageKind;
import org.munacademy.contest.entity.StageLevel;
import org.munacademy.contest.entity.StageResult;
import org.munacademy.contest.entity.StageStatus;
import org.munacademy.identity.entity.Account;
import org.munacademy.identity.entity.Person;
import org.munacademy.shared.boundary.DatabaseReady;
import org.munacademy.shared.boundary.FileStore;
import org.munacademy.shared.control.ContentCalendar;
import org.munacademy.shared.control.ContentFiles;
import org.munacademy.shared.control.ContentFiles.ContentException;
import org.munacademy.shared.control.Table;
import org.munacademy.shared.entity.FileInfo;

/**
 * Loads {@code content/contest/} at start-up ({@link DatabaseReady#LOAD_CONTEST}): each season whose code is not
 * stored yet, defined through {@link SeasonFacade}'s checks (nominations, questionnaires, stages, rubrics), then its
 * stages' statuses, applications with team members and results per stage, jurors whose accounts exist (the demo
 * accounts exist only in the demo run), declared conflicts, score sheets, and the rankings of closed stages computed
 * as closing them would. Stage and season dates move with the content calendar. What is stored is left as it is.
 */
@ApplicationScoped
@Transactional
public class ContestContent {

    private static final Logger LOG = Logger.getLogger(ContestContent.class.getName());
    private static final String DIR = "contest/";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SeasonFacade seasons;

    @Inject
    RankingFacade rankings;

    @Inject
    ContestPeople people;

    @Inject
    FileStore fileStore;

    void load(@Observes @Priority(DatabaseReady.LOAD_CONTEST) DatabaseReady event) {
        if (!event.loadContent()) {
            return; // loaded already, unchanged since (Bootstrap's content fingerprint)
        }
        Function<String, Optional<List<Table.Row>>> files = ContentCalendar.csv(LocalDate.now(clock));
        List<Table.Row> seasonRows = files.apply(DIR + "seasons.csv").orElse(List.of());
        if (seasonRows.isEmpty()) {
            return;
        }
        List<Table.Row> nominations = files.apply(DIR + "nominations.csv").orElse(List.of());
        List<Table.Row> questions = files.apply(DIR + "questionnaire.csv").orElse(List.of());
        List<Table.Row> stages = files.apply(DIR + "stages.csv").orElse(List.of());
        List<Table.Row> criteria = files.apply(DIR + "criteria.csv").orElse(List.of());
        List<String> loaded = new ArrayList<>();
        for (Table.Row row : seasonRows) {
            String code = row.get("code");
            if (!em.createQuery("select s.id from Season s where s.code = :c", Long.class).setParameter("c", code)
                    .getResultList().isEmpty()) {
                continue;
            }
            SeasonDefinition d = definition(row, nominations, questions, stages, criteria);
            Season season = seasons.create(d, enumOf(SeasonStatus.class, "seasons.csv", row, "status"));
            statuses(season, stages);
            int applications = applications(season, files.apply(DIR + "applications.csv").orElse(List.of()));
            attachments(season, files.apply(DIR + "attachments.csv").orElse(List.of()));
            jurors(season, files.apply(DIR + "jurors.csv").orElse(List.of()));
            conflicts(season, files.apply(DIR + "conflicts.csv").orElse(List.of()));
            scores(season, files.apply(DIR + "scores.csv").orElse(List.of()));
            for (Stage s : stagesOf(season)) {
                if (s.getStatus() == StageStatus.CLOSED) {
                    rankings.storeResults(s);
                }
            }
            em.flush();
            loaded.add(code);
            LOG.info(() -> "Contest season loaded: " + code + ", applications: " + applications);
            event.banner("Конкурс «Муниципальный лидер»: сезон " + code + ", заявок: " + applications);
        }
    }

    private SeasonDefinition definition(Table.Row season, List<Table.Row> nominations, List<Table.Row> questions,
            List<Table.Row> stages, List<Table.Row> criteria) {
        String code = season.get("code");
        List<SeasonDefinition.NominationDefinition> ns = new ArrayList<>();
        for (Table.Row n : nominations) {
            if (!code.equals(n.get("season_code"))) {
                continue;
            }
            String nc = n.get("code");
            List<QuestionField> fields = new ArrayList<>();
            for (Table.Row q : questions) {
                if (code.equals(q.get("season_code")) && nc.equals(q.get("nomination_code"))) {
                    fields.add(new QuestionField(q.get("code"), q.get("label"),
                            enumOf(FieldType.class, "questionnaire.csv", q, "type"),
                            "true".equalsIgnoreCase(q.get("required")), integer(q, "max_length"),
                            decimal(q, "min"), decimal(q, "max"), list(q.get("choices"))));
                }
            }
            List<SeasonDefinition.StageDefinition> ss = new ArrayList<>();
            for (Table.Row s : stages) {
                if (!code.equals(s.get("season_code")) || !nc.equals(s.get("nomination_code"))) {
                    continue;
                }
                List<SeasonDefinition.CriterionDefinition> cs = new ArrayList<>();
                for (Table.Row c : criteria) {
                    if (code.equals(c.get("season_code")) && nc.equals(c.get("nomination_code"))
                            && s.get("seq").equals(c.get("stage_seq"))) {
                        cs.add(new SeasonDefinition.CriterionDefinition(c.get("code"), c.get("title"),
                                decimal(c, "weight"), integer(c, "max_score"), c.get("anchor_low"),
                                c.get("anchor_mid"), c.get("anchor_high")));
                    }
                }
                ss.add(new SeasonDefinition.StageDefinition(enumOf(StageKind.class, "stages.csv", s, "kind"),
                        enumOf(StageLevel.class, "stages.csv", s, "level"), s.get("title"), date(s, "opens_on"),
                        date(s, "closes_on"), s.isBlank("pass_rule") ? PassRuleKind.THRESHOLD
                        : enumOf(PassRuleKind.class, "stages.csv", s, "pass_rule"),
                        s.isBlank("pass_value") ? BigDecimal.ZERO : decimal(s, "pass_value"),
                        s.isBlank("method") ? AggregationMethod.WEIGHTED_MEAN
                        : enumOf(AggregationMethod.class, "stages.csv", s, "method"),
                        orZero(integer(s, "jurors_per_application")), "true".equalsIgnoreCase(s.get("blind")),
                        s.get("test_code"), orZero(integer(s, "appeal_days")), cs));
            }
            ns.add(new SeasonDefinition.NominationDefinition(nc, n.get("title"),
                    enumOf(NominationKind.class, "nominations.csv", n, "kind"), integer(n, "team_min"),
                    integer(n, "team_max"), integer(n, "min_age"), integer(n, "max_age"),
                    integer(n, "min_experience"), list(n.get("position_groups")), list(n.get("region_codes")), fields,
                    ss));
        }
        return new SeasonDefinition(code, season.get("title"), integer(season, "year"),
                date(season, "applications_from"), date(season, "applications_until"), ns);
    }

    /** The stages' statuses as the content tells (the method counts as fixed once scoring opened). */
    private void statuses(Season season, List<Table.Row> rows) {
        for (Stage s : stagesOf(season)) {
            for (Table.Row r : rows) {
                if (season.getCode().equals(r.get("season_code"))
                        && s.getNomination().getCode().equals(r.get("nomination_code"))
                        && String.valueOf(s.getSeq()).equals(r.get("seq"))) {
                    StageStatus status = enumOf(StageStatus.class, "stages.csv", r, "status");
                    s.setStatus(status);
                    if (status.ordinal() >= StageStatus.SCORING.ordinal()) {
                        s.setMethodFixedAt(clock.instant());
                    }
                    if (status.ordinal() >= StageStatus.CLOSED.ordinal()) {
                        s.setClosedBy("contest");
                        s.setAppealUntil(s.getClosesOn().plusDays(s.getAppealDays()));
                    }
                    if (status == StageStatus.PUBLISHED) {
                        s.setPublishedOn(s.getClosesOn());
                    }
                }
            }
        }
        em.flush();
    }

    private int applications(Season season, List<Table.Row> rows) {
        Map<String, Nomination> nominations = new HashMap<>();
        em.createQuery("select n from Nomination n where n.season = :s", Nomination.class).setParameter("s", season)
                .getResultList().forEach(n -> nominations.put(n.getCode(), n));
        Map<String, Stage> stages = new HashMap<>();
        stagesOf(season).forEach(s -> stages.put(s.getNomination().getCode() + "/" + s.getSeq(), s));
        int count = 0;
        for (Table.Row r : rows) {
            if (!season.getCode().equals(r.get("season_code"))) {
                continue;
            }
            Nomination n = Optional.ofNullable(nominations.get(r.get("nomination_code"))).orElseThrow(
                    () -> new ContentException(DIR + "applications.csv", r.line(), "nomination"));
            Person p = person(r.get("person_code"), r);
            ApplicationStatus status = enumOf(ApplicationStatus.class, "applications.csv", r, "status");
            Application a = new Application(n, r.get("number"), p.getId(), p.getMunicipality().getRegion().getId(),
                    p.getMunicipality().getId(), SeasonFacade.blankToNull(r.get("team_name")), status,
                    r.get("answers"), season.getCreatedAt(), season.getCreatedAt());
            int reached = orZero(integer(r, "stage_seq"));
            a.setStageSeq(Math.max(1, reached));
            if (status == ApplicationStatus.INELIGIBLE) {
                a.setEligibility(eligibility(n, p, r.get("answers")));
            }
            em.persist(a);
            em.flush(); // ids in the file's order: the earlier application wins a tie
            List<String> members = n.getKind() == NominationKind.TEAM ? list(r.get("member_codes"))
                    : List.of(r.get("person_code"));
            int seq = 0;
            for (String code : members) {
                em.persist(new Member(a, person(code, r).getId(), ++seq, season.getCreatedAt()));
            }
            if (status != ApplicationStatus.INELIGIBLE) {
                for (int i = 1; i <= reached; i++) {
                    Stage s = stages.get(n.getCode() + "/" + i);
                    if (s == null) {
                        throw new ContentException(DIR + "applications.csv", r.line(), "stage_seq");
                    }
                    ResultStatus rs = i < reached ? ResultStatus.PASSED
                            : status == ApplicationStatus.ELIMINATED ? ResultStatus.FAILED : ResultStatus.PENDING;
                    em.persist(new StageResult(a, s, rs));
                }
            }
            count++;
        }
        em.flush();
        return count;
    }

    /** attach: files of seeded applications ({@code season_code, number, slot, file}), typed by content on upload. */
    private void attachments(Season season, List<Table.Row> rows) {
        for (Table.Row r : rows) {
            if (!season.getCode().equals(r.get("season_code"))) {
                continue;
            }
            Application a = application(r.get("number"), r);
            QuestionField slot = AttachmentRules.slot(ContestJson.fields(a.getNomination().getQuestionnaire()),
                    r.get("slot")).orElseThrow(() -> new ContentException(DIR + "attachments.csv", r.line(), "slot"));
            byte[] bytes = ContentFiles.bytes(DIR + r.get("file"))
                    .orElseThrow(() -> new ContentException(DIR + "attachments.csv", r.line(), "file"));
            String name = r.get("file").substring(r.get("file").lastIndexOf('/') + 1);
            FileInfo info = fileStore.put(bytes, name, AttachmentRules.accepted(slot), "content");
            Attachment x = new Attachment(a, slot.code());
            x.replace(info.sha256(), name, info.type().mediaType(), info.size(), season.getCreatedAt(), "content");
            em.persist(x);
        }
    }

    private String eligibility(Nomination n, Person p, String answers) {
        var reasons = org.munacademy.contest.control.Eligibility.check(ApplicationFacade.rules(n, people),
                new org.munacademy.contest.entity.CandidateFacts(p.getBirthDate(),
                        experience(ContestJson.answers(answers)), p.getPosition() == null
                        || p.getPosition().getGroup() == null ? null : p.getPosition().getGroup().getCode(),
                        p.getMunicipality().getRegion().getId()), LocalDate.now(clock));
        StringBuilder out = new StringBuilder();
        reasons.forEach(r -> {
            out.append(out.length() == 0 ? "" : "\n").append(r.reason().name());
            r.args().forEach(x -> out.append('|').append(x));
        });
        return out.length() == 0 ? null : out.toString();
    }

    private static Integer experience(Map<String, String> answers) {
        String e = answers.get("experience_years");
        return e != null && e.strip().matches("\\d{1,2}") ? Integer.valueOf(e.strip()) : null;
    }

    private void jurors(Season season, List<Table.Row> rows) {
        for (Table.Row r : rows) {
            if (!season.getCode().equals(r.get("season_code"))) {
                continue;
            }
            Optional<Account> account = account(r.get("username"));
            if (account.isEmpty()) {
                continue; // the demo accounts exist only in the demo run
            }
            Stage s = stage(season, r);
            Long region = null;
            String code = SeasonFacade.blankToNull(r.get("region_code"));
            if (code != null) {
                region = Optional.ofNullable(people.regionIds(List.of(code)).get(code)).orElseThrow(
                        () -> new ContentException(DIR + "jurors.csv", r.line(), "region_code"));
            }
            Account a = account.get();
            em.persist(new Juror(s, region, a.getId(), a.getPerson() == null ? null : a.getPerson().getId(),
                    "true".equalsIgnoreCase(r.get("chair"))));
        }
        em.flush();
    }

    private void conflicts(Season season, List<Table.Row> rows) {
        for (Table.Row r : rows) {
            if (!season.getCode().equals(r.get("season_code"))) {
                continue;
            }
            Optional<Juror> juror = juror(season, r);
            if (juror.isEmpty()) {
                continue;
            }
            JurorConflict c = new JurorConflict(juror.get(), application(r.get("application_number"), r),
                    enumOf(ConflictKind.class, "conflicts.csv", r, "kind"),
                    enumOf(ConflictStatus.class, "conflicts.csv", r, "status"), r.get("statement"),
                    season.getCreatedAt());
            if (c.getStatus() != ConflictStatus.DECLARED) {
                c.setDecidedBy("contest");
            }
            em.persist(c);
        }
        em.flush();
    }

    private void scores(Season season, List<Table.Row> rows) {
        Map<String, Assignment> sheets = new LinkedHashMap<>();
        Map<String, Criterion> criteria = new HashMap<>();
        long seq = 0;
        for (Table.Row r : rows) {
            if (!season.getCode().equals(r.get("season_code"))) {
                continue;
            }
            Optional<Juror> juror = juror(season, r);
            if (juror.isEmpty()) {
                continue;
            }
            String key = juror.get().getId() + "/" + r.get("application_number");
            Assignment x = sheets.get(key);
            if (x == null) {
                x = new Assignment(juror.get().getStage(), application(r.get("application_number"), r), juror.get());
                em.persist(x);
                sheets.put(key, x);
            }
            if ("true".equalsIgnoreCase(r.get("submitted")) && !x.isSubmitted()) {
                x.setSubmitted(true);
                x.setSubmittedSeq(++seq);
            }
            Stage s = juror.get().getStage();
            String ck = s.getId() + "/" + r.get("criterion_code");
            Criterion c = criteria.computeIfAbsent(ck, k -> em.createQuery("select c from Criterion c "
                    + "where c.stage = :s and c.code = :c", Criterion.class).setParameter("s", s)
                    .setParameter("c", r.get("criterion_code")).getResultStream().findFirst()
                    .orElseThrow(() -> new ContentException(DIR + "scores.csv", r.line(), "criterion_code")));
            int score = orZero(integer(r, "score"));
            if (score < 1 || score > c.getMaxScore()) {
                throw new ContentException(DIR + "scores.csv", r.line(), "score " + score);
            }
            em.persist(new Score(x, c, score));
        }
        em.flush();
    }

    private List<Stage> stagesOf(Season season) {
        return em.createQuery("select s from Stage s where s.nomination.season = :s order by s.nomination.id, s.seq",
                Stage.class).setParameter("s", season).getResultList();
    }

    private Stage stage(Season season, Table.Row r) {
        return em.createQuery("select s from Stage s where s.nomination.season = :s and s.nomination.code = :n "
                + "and s.seq = :q", Stage.class).setParameter("s", season).setParameter("n", r.get("nomination_code"))
                .setParameter("q", orZero(integer(r, "stage_seq"))).getResultStream().findFirst()
                .orElseThrow(() -> new ContentException(DIR, r.line(), "no stage " + r.get("nomination_code") + "/"
                        + r.get("stage_seq")));
    }

    private Optional<Juror> juror(Season season, Table.Row r) {
        Optional<Account> account = account(r.get("username"));
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Stage s = stage(season, r);
        return em.createQuery("select j from Juror j where j.stage = :s and j.accountId = :a", Juror.class)
                .setParameter("s", s).setParameter("a", account.get().getId()).getResultStream().findFirst();
    }

    private Optional<Account> account(String username) {
        return em.createQuery("select a from Account a left join fetch a.person where a.username = :u", Account.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    private Application application(String number, Table.Row r) {
        return em.createQuery("select a from Application a where a.number = :n", Application.class)
                .setParameter("n", number).getResultStream().findFirst()
                .orElseThrow(() -> new ContentException(DIR, r.line(), "no application " + number));
    }

    private Person person(String code, Table.Row r) {
        return em.createQuery("select p from Person p where p.code = :c", Person.class).setParameter("c", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new ContentException(DIR, r.line(), "no person " + code));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String file, Table.Row r, String column) {
        try {
            return Enum.valueOf(type, r.get(column).strip());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ContentException(DIR + file, r.line(), column + " '" + r.get(column) + "'");
        }
    }

    private static Integer integer(Table.Row r, String column) {
        String v = r.get(column);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw new ContentException(DIR, r.line(), column + " '" + v + "'");
        }
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }

    private static BigDecimal decimal(Table.Row r, String column) {
        String v = r.get(column);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(v.strip());
        } catch (NumberFormatException e) {
            throw new ContentException(DIR, r.line(), column + " '" + v + "'");
        }
    }

    private static LocalDate date(Table.Row r, String column) {
        try {
            return LocalDate.parse(r.get(column).strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new ContentException(DIR, r.line(), column + " '" + r.get(column) + "'");
        }
    }

    private static List<String> list(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
