package org.munacademy.competency.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.munacademy.competency.entity.CurrentLevel;
import org.munacademy.competency.entity.CurrentLevel.State;
import org.munacademy.competency.entity.EvidenceItem;
import org.munacademy.competency.entity.EvidenceSource;
import org.munacademy.competency.entity.LevelRule;

/**
 * Derives a person's current level in a competency from the evidence about it, by the configured
 * {@link LevelRule}. Evidence is kept, never overwritten; this is where it turns into one number, so that an old
 * assessment, a course and a manager's view can each count for what they are worth today.
 * <p>
 * Expired evidence is never used, and neither is evidence dated after {@code today} (it describes a day that has
 * not come yet, which matters when a level is worked out for a past date). Whatever the rule, a level whose newest
 * evidence is older than {@code staleAfterMonths} is STALE: it is still shown, but it should be confirmed.
 * <p>
 * A self-assessment never counts towards the current level (see {@link EvidenceSource#countsAsLevel()}): a person
 * cannot meet a requirement by rating themselves. It is reported apart, by {@link #selfAssessments}.
 */
public final class LevelRules {

    /** The average length of a month in days (365.25 / 12), for half-lives given in months. */
    static final double DAYS_PER_MONTH = 30.4375;

    private static final Comparator<EvidenceItem> OLDEST_FIRST = Comparator.comparing(EvidenceItem::observedOn)
            .thenComparing(EvidenceItem::id, Comparator.nullsFirst(Comparator.naturalOrder()));

    private LevelRules() {
    }

    /**
     * The current level in one competency; evidence about other competencies is ignored, and so is
     * self-assessment.
     */
    public static CurrentLevel current(String competencyCode, List<EvidenceItem> evidence, LevelRule rule,
            LocalDate today) {
        List<EvidenceItem> mine = evidence.stream().filter(e -> competencyCode.equals(e.competencyCode()))
                .filter(e -> e.source() == null || e.source().countsAsLevel()).toList();
        List<EvidenceItem> usable = mine.stream()
                .filter(e -> !e.expiredOn(today) && !e.observedOn().isAfter(today))
                .sorted(OLDEST_FIRST)
                .toList();
        if (usable.isEmpty()) {
            boolean anyExpired = mine.stream().anyMatch(e -> e.expiredOn(today));
            return anyExpired ? new CurrentLevel(competencyCode, null, null, State.EXPIRED, null, 0)
                    : CurrentLevel.none(competencyCode);
        }
        return switch (rule.kind()) {
            case LATEST -> latest(competencyCode, usable, rule, today);
            case HIGHEST_IN_WINDOW -> highestInWindow(competencyCode, usable, rule, today);
            case DECAYING_AVERAGE -> decayingAverage(competencyCode, usable, rule, today);
        };
    }

    /** The current level in every competency the evidence is about, by competency code (in order of first mention). */
    public static Map<String, CurrentLevel> currentLevels(List<EvidenceItem> evidence, LevelRule rule,
            LocalDate today) {
        return evidence.stream().map(EvidenceItem::competencyCode).distinct()
                .collect(Collectors.toMap(code -> code, code -> current(code, evidence, rule, today),
                        (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * The person's own view per competency: the level of the newest usable self-assessment (not expired, not
     * dated after {@code today}), by competency code. Shown beside the current level, never counted as it.
     */
    public static Map<String, Integer> selfAssessments(List<EvidenceItem> evidence, LocalDate today) {
        Map<String, EvidenceItem> newest = new LinkedHashMap<>();
        evidence.stream()
                .filter(e -> e.source() == EvidenceSource.SELF_ASSESSMENT)
                .filter(e -> !e.expiredOn(today) && !e.observedOn().isAfter(today))
                .sorted(OLDEST_FIRST)
                .forEach(e -> newest.put(e.competencyCode(), e));
        Map<String, Integer> out = new LinkedHashMap<>();
        newest.forEach((code, e) -> out.put(code, e.level()));
        return out;
    }

    private static CurrentLevel latest(String code, List<EvidenceItem> usable, LevelRule rule, LocalDate today) {
        EvidenceItem newest = usable.get(usable.size() - 1);
        return level(code, newest.level(), newest.observedOn(), 1, rule, today);
    }

    /**
     * The highest level within the window. Without evidence in the window the latest older level stands in, but
     * only as STALE: it is what we know, not what the rule asks for.
     */
    private static CurrentLevel highestInWindow(String code, List<EvidenceItem> usable, LevelRule rule,
            LocalDate today) {
        LocalDate windowStart = today.minusMonths(rule.windowMonths());
        List<EvidenceItem> inWindow = usable.stream().filter(e -> !e.observedOn().isBefore(windowStart)).toList();
        if (inWindow.isEmpty()) {
            EvidenceItem newest = usable.get(usable.size() - 1);
            return new CurrentLevel(code, newest.level(), (double) newest.level(), State.STALE, newest.observedOn(), 1);
        }
        int highest = inWindow.stream().mapToInt(EvidenceItem::level).max().orElseThrow();
        LocalDate newest = inWindow.get(inWindow.size() - 1).observedOn();
        return level(code, highest, newest, inWindow.size(), rule, today);
    }

    /**
     * The weighted mean of all usable evidence, each piece weighing {@code 0.5^(age / half-life)}: a piece one
     * half-life old counts half as much as one from today.
     */
    private static CurrentLevel decayingAverage(String code, List<EvidenceItem> usable, LevelRule rule,
            LocalDate today) {
        double halfLifeDays = rule.halfLifeMonths() * DAYS_PER_MONTH;
        double weighted = 0;
        double weights = 0;
        for (EvidenceItem e : usable) {
            double weight = Math.pow(0.5, ChronoUnit.DAYS.between(e.observedOn(), today) / halfLifeDays);
            weighted += weight * e.level();
            weights += weight;
        }
        double score = weighted / weights;
        LocalDate newest = usable.get(usable.size() - 1).observedOn();
        return new CurrentLevel(code, (int) Math.round(score), score, state(newest, rule, today), newest,
                usable.size());
    }

    private static CurrentLevel level(String code, int level, LocalDate asOf, int pieces, LevelRule rule,
            LocalDate today) {
        return new CurrentLevel(code, level, (double) level, state(asOf, rule, today), asOf, pieces);
    }

    private static State state(LocalDate newestUsed, LevelRule rule, LocalDate today) {
        return newestUsed.isBefore(today.minusMonths(rule.staleAfterMonths())) ? State.STALE : State.CURRENT;
    }
}
