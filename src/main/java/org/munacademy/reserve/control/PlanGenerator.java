package org.munacademy.reserve.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.munacademy.competency.entity.CurrentLevel;
import org.munacademy.competency.entity.Gap;
import org.munacademy.competency.entity.GapReport;
import org.munacademy.learning.entity.ClosedGap;
import org.munacademy.learning.entity.CohortRow;
import org.munacademy.learning.entity.Recommendation;
import org.munacademy.reserve.entity.PlanItemKind;
import org.munacademy.shared.entity.FieldLimits;

/**
 * Draws up an individual development plan from a person's gaps against the entry's target profile. Pure and
 * deterministic: the same gaps, recommendations, tests, mentor and day give the same items in the same order.
 * <p>
 * The rules:
 * <ol>
 * <li><b>Open gaps.</b> A competency of the target profile whose status is not MEETS and whose gap is above 0 (no
 * usable evidence counts as the whole target). Its <i>weighted gap</i> is weight × gap. Competencies already met get
 * no programme.</li>
 * <li><b>Programmes</b> (at most {@link #MAX_PROGRAMMES}), chosen greedily: each round takes the recommended programme
 * that closes the largest weighted gap still open — Σ weight × levels it closes over the open competencies no chosen
 * programme covers yet — ties broken by an open cohort first, then the programme code; a programme closing nothing
 * still open is never taken. The item names the competencies it develops and is due at its slot (rule 5), but never
 * before the end of its first open cohort while that lies within the term.</li>
 * <li><b>Assessments</b> (at most {@link #MAX_ASSESSMENTS}) confirm levels whose evidence is missing, stale or expired
 * (the current level's state NONE, STALE or EXPIRED), whether met or not: greedily the test (of the target's position
 * group) covering most such competencies not yet covered, ties by test code. Assessments come first in the plan: they
 * set the baseline.</li>
 * <li><b>Mentoring</b>: one item when a mentor is named, running the whole term.</li>
 * <li><b>Due dates.</b> The term runs from today to the entry's valid-until date, or {@link #DEFAULT_TERM_MONTHS}
 * months when there is none or it is less than {@link #MIN_TERM_DAYS} days away. The assessments and programmes, in
 * plan order, are spread evenly: item i of n (from 1) is due today + term × i / n days (so the last falls on the term's
 * end); mentoring is due at the term's end, which is the plan's own due date.</li>
 * </ol>
 */
public final class PlanGenerator {

    /** The most programmes a generated plan holds. */
    public static final int MAX_PROGRAMMES = 3;

    /** The most assessments a generated plan holds. */
    public static final int MAX_ASSESSMENTS = 2;

    /** The term when the entry has no valid-until date (or one too close). */
    public static final int DEFAULT_TERM_MONTHS = 12;

    /** The shortest term a plan is spread over. */
    public static final int MIN_TERM_DAYS = 30;

    /** The separator of competency codes in an item. */
    public static final String SEPARATOR = ";";

    private static final int CODES_LENGTH = 300;

    /** An assessment test of the target's position group and the competencies its blueprint draws items for. */
    public record TestOption(String code, String title, List<String> competencyCodes) {

        public TestOption {
            competencyCodes = List.copyOf(competencyCodes);
        }
    }

    /** What the plan is generated from. {@code validUntil} and {@code mentorTitle} may be null. */
    public record Input(LocalDate today, LocalDate validUntil, GapReport gaps, List<Recommendation> recommendations,
            List<TestOption> tests, String mentorTitle) {

        public Input {
            recommendations = List.copyOf(recommendations);
            tests = List.copyOf(tests);
        }
    }

    /** One generated item. */
    public record Item(PlanItemKind kind, String title, String refCode, String competencyCodes, LocalDate dueOn) {
    }

    /** The generated plan: its due date and items in order. */
    public record Plan(LocalDate dueOn, List<Item> items) {

        public Plan {
            items = List.copyOf(items);
        }
    }

    private PlanGenerator() {
    }

    /** The term's end for an entry valid until the given day (null: none) seen on {@code today}. */
    public static LocalDate termEnd(LocalDate today, LocalDate validUntil) {
        if (validUntil == null || ChronoUnit.DAYS.between(today, validUntil) < MIN_TERM_DAYS) {
            return today.plusMonths(DEFAULT_TERM_MONTHS);
        }
        return validUntil;
    }

    /** Generates the plan (see the class comment for the rules). */
    public static Plan generate(Input in) {
        LocalDate end = termEnd(in.today(), in.validUntil());
        Map<String, Gap> open = new LinkedHashMap<>();
        Set<String> unconfirmed = new LinkedHashSet<>();
        for (Gap g : in.gaps().gaps()) {
            if (g.status() != Gap.Status.MEETS && g.gap() > 0) {
                open.put(g.competencyCode(), g);
            }
            CurrentLevel.State s = g.current() == null ? CurrentLevel.State.NONE : g.current().state();
            if (s != CurrentLevel.State.CURRENT) {
                unconfirmed.add(g.competencyCode());
            }
        }
        List<TestOption> tests = assessments(in.tests(), unconfirmed);
        List<Recommendation> programmes = programmes(in.recommendations(), open);
        int n = tests.size() + programmes.size();
        long term = ChronoUnit.DAYS.between(in.today(), end);
        List<Item> items = new ArrayList<>();
        int slot = 0;
        for (TestOption t : tests) {
            slot++;
            List<String> codes = t.competencyCodes().stream().filter(unconfirmed::contains).toList();
            items.add(new Item(PlanItemKind.ASSESSMENT, cut(t.title()), t.code(), codes(codes),
                    due(in.today(), term, slot, n)));
        }
        for (Recommendation r : programmes) {
            slot++;
            LocalDate due = due(in.today(), term, slot, n);
            LocalDate cohortEnd = r.openCohorts().stream().map(CohortRow::endsOn)
                    .filter(d -> d != null && !d.isAfter(end)).min(Comparator.naturalOrder()).orElse(null);
            if (cohortEnd != null && cohortEnd.isAfter(due)) {
                due = cohortEnd;
            }
            List<String> codes = r.closes().stream().map(ClosedGap::competencyCode).filter(open::containsKey)
                    .toList();
            items.add(new Item(PlanItemKind.PROGRAMME, cut(r.programmeTitle()), r.programmeCode(), codes(codes),
                    due));
        }
        if (in.mentorTitle() != null && !in.mentorTitle().isBlank()) {
            items.add(new Item(PlanItemKind.MENTORING, cut(in.mentorTitle().strip()), null, null, end));
        }
        return new Plan(end, items);
    }

    /** Item {@code slot} of {@code n}: today + term × slot / n. */
    static LocalDate due(LocalDate today, long term, int slot, int n) {
        return today.plusDays(term * slot / n);
    }

    private static List<Recommendation> programmes(List<Recommendation> recommendations, Map<String, Gap> open) {
        List<Recommendation> left = new ArrayList<>(recommendations);
        left.sort(Comparator.comparing((Recommendation r) -> !r.open()).thenComparing(Recommendation::programmeCode));
        Set<String> covered = new HashSet<>();
        Set<String> taken = new HashSet<>();
        List<Recommendation> chosen = new ArrayList<>();
        while (chosen.size() < MAX_PROGRAMMES) {
            Recommendation best = null;
            int bestScore = 0;
            for (Recommendation r : left) {
                if (taken.contains(r.programmeCode())) {
                    continue;
                }
                int score = closes(r, open, covered);
                if (score > bestScore) {
                    best = r;
                    bestScore = score;
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best);
            taken.add(best.programmeCode());
            best.closes().forEach(c -> covered.add(c.competencyCode()));
        }
        return chosen;
    }

    /** Σ weight × levels closed over the open competencies not yet covered. */
    static int closes(Recommendation r, Map<String, Gap> open, Set<String> covered) {
        int score = 0;
        for (ClosedGap c : r.closes()) {
            Gap g = open.get(c.competencyCode());
            if (g != null && !covered.contains(c.competencyCode()) && c.levels() > 0) {
                score += g.weight() * Math.min(c.levels(), g.gap());
            }
        }
        return score;
    }

    private static List<TestOption> assessments(List<TestOption> tests, Set<String> unconfirmed) {
        List<TestOption> left = tests.stream().sorted(Comparator.comparing(TestOption::code)).toList();
        Set<String> covered = new HashSet<>();
        List<TestOption> chosen = new ArrayList<>();
        while (chosen.size() < MAX_ASSESSMENTS) {
            TestOption best = null;
            long bestCount = 0;
            for (TestOption t : left) {
                if (chosen.contains(t)) {
                    continue;
                }
                long count = t.competencyCodes().stream().distinct()
                        .filter(c -> unconfirmed.contains(c) && !covered.contains(c)).count();
                if (count > bestCount) {
                    best = t;
                    bestCount = count;
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best);
            covered.addAll(best.competencyCodes());
        }
        return chosen;
    }

    private static String codes(List<String> codes) {
        String s = String.join(SEPARATOR, new LinkedHashSet<>(codes));
        if (s.isEmpty()) {
            return null;
        }
        return s.length() <= CODES_LENGTH ? s : s.substring(0, s.lastIndexOf(SEPARATOR, CODES_LENGTH));
    }

    private static String cut(String title) {
        return title.length() <= FieldLimits.RESERVE_NAME ? title : title.substring(0, FieldLimits.RESERVE_NAME - 1)
                + "…";
    }
}
