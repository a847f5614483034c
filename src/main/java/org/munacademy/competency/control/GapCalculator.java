package org.munacademy.competency.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.munacademy.competency.entity.CurrentLevel;
import org.munacademy.competency.entity.Framework;
import org.munacademy.competency.entity.Gap;
import org.munacademy.competency.entity.GapReport;
import org.munacademy.competency.entity.Requirement;

/**
 * Sets a person's current levels against the required profile of their position: one {@link Gap} per required
 * competency and one fit figure. This is what individual development plans, the talent pool and the training
 * needs analysis start from, so it is computed in one place.
 */
public final class GapCalculator {

    private GapCalculator() {
    }

    /**
     * The gap report of one person. Gaps follow the framework's competency order; a requirement for a competency
     * the framework does not have (any more) is skipped. The fit is the weighted share of the target levels
     * attained: a level above the target counts as the target, a competency without usable evidence as 0, and a
     * profile without requirements fits fully (1.0).
     *
     * @param current the person's current levels by competency code; a missing entry means no evidence
     */
    public static GapReport report(Long personId, String personName, String positionGroupCode, String standardCode,
            int standardVersion, List<Requirement> requirements, Framework framework,
            Map<String, CurrentLevel> current) {
        return report(personId, personName, positionGroupCode, standardCode, standardVersion, requirements, framework,
                current, Map.of());
    }

    /**
     * The gap report with the person's self-assessments shown beside each gap. They change nothing else: the
     * status, the gap and the fit follow the current levels only.
     *
     * @param selfAssessed the person's newest self-assessed level by competency code
     */
    public static GapReport report(Long personId, String personName, String positionGroupCode, String standardCode,
            int standardVersion, List<Requirement> requirements, Framework framework,
            Map<String, CurrentLevel> current, Map<String, Integer> selfAssessed) {
        Map<String, Requirement> byCode = requirements.stream()
                .collect(Collectors.toMap(Requirement::competencyCode, r -> r, (a, b) -> b));
        List<Gap> gaps = new ArrayList<>();
        for (Framework.Area area : framework.areas()) {
            for (Framework.Competency c : area.competencies()) {
                Requirement r = byCode.get(c.code());
                if (r != null) {
                    CurrentLevel level = current.getOrDefault(c.code(), CurrentLevel.none(c.code()));
                    gaps.add(gap(c, area.code(), r, level, selfAssessed.get(c.code())));
                }
            }
        }
        return new GapReport(personId, personName, positionGroupCode, standardCode, standardVersion, gaps, fit(gaps));
    }

    /**
     * The requirements that hold for one position: the position group's profile, where a row set for the position
     * itself replaces the group's row for the same competency (and adds competencies the group does not require).
     */
    public static List<Requirement> effectiveRequirements(List<Requirement> groupLevel,
            List<Requirement> positionLevel) {
        Map<String, Requirement> effective = new LinkedHashMap<>();
        groupLevel.forEach(r -> effective.put(r.competencyCode(), r));
        positionLevel.forEach(r -> effective.put(r.competencyCode(), r));
        return List.copyOf(effective.values());
    }

    private static Gap gap(Framework.Competency c, String areaCode, Requirement r, CurrentLevel current,
            Integer selfAssessed) {
        Integer level = current.level();
        int target = r.targetLevel();
        int gap = level == null ? target : Math.max(0, target - level);
        return new Gap(c.code(), c.name(), areaCode, r.minLevel(), target, r.weight(), current, gap,
                status(level, r), selfAssessed);
    }

    private static Gap.Status status(Integer level, Requirement r) {
        if (level == null) {
            return Gap.Status.UNKNOWN;
        }
        if (level < r.minLevel()) {
            return Gap.Status.BELOW_MIN;
        }
        return level < r.targetLevel() ? Gap.Status.BELOW_TARGET : Gap.Status.MEETS;
    }

    private static double fit(List<Gap> gaps) {
        if (gaps.isEmpty()) {
            return 1.0;
        }
        double attained = gaps.stream().mapToDouble(GapCalculator::attained).sum();
        double weights = gaps.stream().mapToInt(Gap::weight).sum();
        return Math.round(attained / weights * 1000) / 1000.0;
    }

    /** weight × the attained share of the target (capped at 1; no level attains nothing). */
    private static double attained(Gap g) {
        Integer level = g.current().level();
        return level == null ? 0.0 : g.weight() * (double) Math.min(level, g.targetLevel()) / g.targetLevel();
    }
}
