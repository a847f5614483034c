package org.munacademy.assessment.ui;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.munacademy.assessment.boundary.AssessmentOverview;
import org.munacademy.assessment.boundary.QuestionBankFacade;
import org.munacademy.assessment.boundary.TakingFacade;
import org.munacademy.assessment.boundary.TestFacade;
import org.munacademy.assessment.entity.FlaggedItem;
import org.munacademy.assessment.entity.MyResult;
import org.munacademy.assessment.entity.MyTest;
import org.munacademy.assessment.entity.QuestionFilter;
import org.munacademy.assessment.entity.QuestionStatus;
import org.munacademy.assessment.entity.TestProgress;
import org.munacademy.assessment.entity.TestRow;
import org.munacademy.assessment.entity.TestStatus;
import org.munacademy.home.boundary.HomeContribution;
import org.munacademy.home.entity.HomeLine;
import org.munacademy.home.entity.HomeLink;
import org.munacademy.home.entity.HomeText;
import org.munacademy.home.entity.HomeTile;
import org.munacademy.home.entity.HomeTone;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Role;

/**
 * Assessment on the home page: an employee's assigned tests with their deadlines and latest results; testing in an
 * HR officer's scope (in progress, overdue); a methodologist's drafts and the items whose statistics are flagged.
 */
public class AssessmentHome implements HomeContribution {

    /** How many lines a tile lists. */
    static final int LINES = 5;
    /** A deadline this many days away or closer is a warning. */
    static final int SOON_DAYS = 3;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final CurrentUser currentUser;
    private final TakingFacade taking;
    private final AssessmentOverview overview;
    private final TestFacade tests;
    private final QuestionBankFacade bank;
    private final Clock clock;

    @Inject
    public AssessmentHome(CurrentUser currentUser, TakingFacade taking, AssessmentOverview overview, TestFacade tests,
            QuestionBankFacade bank, Clock clock) {
        this.clock = clock;
        this.currentUser = currentUser;
        this.taking = taking;
        this.overview = overview;
        this.tests = tests;
        this.bank = bank;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<HomeTile> tiles() {
        Caller caller = currentUser.require();
        List<HomeTile> tiles = new ArrayList<>();
        if (employee(caller)) {
            tiles.add(myTests(taking.myTests(), LocalDate.now(clock)));
            tiles.add(myResults(overview.myLatestResults(LINES)));
        }
        if (caller.hasAnyRole(Role.HR_OFFICER, Role.ADMIN)) {
            tiles.add(progress(overview.progress()));
        }
        if (caller.hasRole(Role.METHODOLOGIST)) {
            tiles.add(drafts(tests.list(), bank.count(new QuestionFilter(null, null, null, QuestionStatus.DRAFT,
                    null))));
            tiles.add(flagged(overview.flaggedItems()));
        }
        return tiles;
    }

    /** An employee with a person card: tests are assigned to persons. */
    private static boolean employee(Caller caller) {
        return caller.hasRole(Role.EMPLOYEE) && caller.personId() != null;
    }

    /** The assigned tests still to take (not started, or in progress), the nearest deadline first. */
    static HomeTile myTests(List<MyTest> mine, LocalDate today) {
        List<MyTest> open = mine.stream().filter(MyTest::assigned)
                .filter(t -> t.activeAttemptId() != null || t.canStart())
                .sorted(Comparator.comparing(MyTest::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(MyTest::title))
                .toList();
        List<HomeLine> lines = open.stream().limit(LINES).map(t -> new HomeLine(HomeText.plain(t.title()),
                due(t), "tests", tone(t, today))).toList();
        boolean anyOverdue = open.stream().anyMatch(t -> tone(t, today) == HomeTone.ALERT);
        return new HomeTile("home-my-tests", HomeText.of("home.myTests.title"), String.valueOf(open.size()),
                HomeText.of("home.myTests.caption"), anyOverdue ? HomeTone.ALERT : null, lines,
                HomeText.of("home.myTests.empty"), new HomeLink(HomeText.of("home.myTests.more"), "tests", null));
    }

    private static HomeText due(MyTest t) {
        if (t.activeAttemptId() != null) {
            return HomeText.of("home.myTests.inProgress");
        }
        return t.dueDate() == null ? HomeText.of("home.myTests.noDueDate")
                : HomeText.of("home.myTests.due", DATE.format(t.dueDate()));
    }

    private static HomeTone tone(MyTest t, LocalDate today) {
        if (t.dueDate() == null) {
            return HomeTone.NORMAL;
        }
        if (t.dueDate().isBefore(today)) {
            return HomeTone.ALERT;
        }
        return t.dueDate().isAfter(today.plusDays(SOON_DAYS)) ? HomeTone.NORMAL : HomeTone.WARNING;
    }

    static HomeTile myResults(List<MyResult> results) {
        List<HomeLine> lines = results.stream().map(r -> new HomeLine(HomeText.plain(r.testTitle()),
                r.percent() == null ? HomeText.plain("—") : HomeText.plain(Math.round(r.percent()) + " %"),
                "tests/result/" + r.attemptId(), HomeTone.NORMAL)).toList();
        return new HomeTile("home-my-results", HomeText.of("home.myResults.title"), null, null, null, lines,
                HomeText.of("home.myResults.empty"), null);
    }

    static HomeTile progress(TestProgress p) {
        List<HomeLine> lines = new ArrayList<>();
        lines.add(HomeLine.of(HomeText.of("home.progress.inProgress"), HomeText.plain(String.valueOf(p.inProgress()))));
        p.overdueByTest().stream().limit(LINES - 1).forEach(t -> lines.add(new HomeLine(HomeText.plain(t.title()),
                HomeText.of("home.progress.overdueCount", t.count()), null, HomeTone.ALERT)));
        return new HomeTile("home-tests-progress", HomeText.of("home.progress.title"),
                String.valueOf(p.overduePeople()), HomeText.of("home.progress.caption"),
                p.overduePeople() > 0 ? HomeTone.ALERT : HomeTone.GOOD, lines, null,
                new HomeLink(HomeText.of("home.progress.more"), "assessment/results", null));
    }

    static HomeTile drafts(List<TestRow> all, long draftQuestions) {
        List<TestRow> draftTests = all.stream().filter(t -> t.status() == TestStatus.DRAFT).toList();
        List<HomeLine> lines = new ArrayList<>();
        lines.add(new HomeLine(HomeText.of("home.assessmentDrafts.questions"),
                HomeText.plain(String.valueOf(draftQuestions)), "assessment/bank", HomeTone.NORMAL));
        draftTests.stream().limit(LINES - 1).forEach(t -> lines.add(new HomeLine(HomeText.plain(t.title()),
                HomeText.plain(t.code()), "assessment/tests", HomeTone.NORMAL)));
        return new HomeTile("home-assessment-drafts", HomeText.of("home.assessmentDrafts.title"),
                String.valueOf(draftTests.size()), HomeText.of("home.assessmentDrafts.caption"), null, lines, null,
                new HomeLink(HomeText.of("home.assessmentDrafts.more"), "assessment/tests", null));
    }

    static HomeTile flagged(List<FlaggedItem> items) {
        List<HomeLine> lines = items.stream().limit(LINES).map(i -> new HomeLine(
                HomeText.of("home.flagged.item", i.questionCode(), i.testTitle()),
                HomeText.of("home.flagged.flags", i.flags().size()), "assessment/tests", HomeTone.WARNING)).toList();
        return new HomeTile("home-flagged-items", HomeText.of("home.flagged.title"), String.valueOf(items.size()),
                HomeText.of("home.flagged.caption"), items.isEmpty() ? HomeTone.GOOD : HomeTone.WARNING, lines,
                HomeText.of("home.flagged.empty"), new HomeLink(HomeText.of("home.flagged.more"), "assessment/tests",
                        null));
    }

    @Override
    public List<HomeLink> shortcuts() {
        List<HomeLink> links = new ArrayList<>();
        if (employee(currentUser.require())) {
            links.add(new HomeLink(HomeText.of("home.shortcut.myTests"), "tests", "vaadin:clipboard-check"));
        }
        links.add(new HomeLink(HomeText.of("home.shortcut.results"), "assessment/results", "vaadin:table"));
        links.add(new HomeLink(HomeText.of("home.shortcut.bank"), "assessment/bank", "vaadin:archive"));
        return links;
    }
}
