package org.munacademy.competency.entity;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gaps of everybody in an HR officer's scope in a few figures, for the home page: how many people, how many of
 * them have a required profile, their mean fit, how many fall below a minimum somewhere, and the competencies most
 * often below target.
 *
 * @param people      people in the scope that were counted (at most the heat-map's limit)
 * @param truncated   whether the scope holds more people than were counted
 * @param profiled    people whose position requires at least one competency
 * @param averageFit  the mean fit of the profiled people (0..1), or null when nobody is profiled
 * @param belowMin    people below the minimum level in at least one competency
 * @param weakest     the competencies with most people below target (or without usable evidence), most first
 */
public record GapSummary(String standardCode, int people, boolean truncated, int profiled, Double averageFit,
        int belowMin, List<CompetencyCount> weakest) {

    public GapSummary {
        weakest = List.copyOf(weakest);
    }

    /**
     * The summary of a heat-map by person: a person whose profile requires nothing is not "profiled" and counts in
     * no figure but {@code people}; a competency without usable evidence counts as below target, not below minimum.
     */
    public static GapSummary of(HeatMap map, int weakestLimit) {
        if (map.mode() != HeatMap.Mode.PEOPLE) {
            throw new IllegalArgumentException("A gap summary counts people: a heat-map by person is needed");
        }
        int profiled = 0;
        int belowMin = 0;
        double fits = 0;
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (HeatMap.Row row : map.rows()) {
            if (row.cells().isEmpty()) {
                continue;
            }
            profiled++;
            fits += row.fit() == null ? 0 : row.fit();
            boolean anyBelowMin = false;
            for (Map.Entry<String, HeatMap.Cell> cell : row.cells().entrySet()) {
                Gap.Status status = cell.getValue().status();
                int[] c = counts.computeIfAbsent(cell.getKey(), k -> new int[2]);
                if (status != Gap.Status.MEETS) {
                    c[0]++;
                }
                if (status == Gap.Status.BELOW_MIN) {
                    c[1]++;
                    anyBelowMin = true;
                }
            }
            belowMin += anyBelowMin ? 1 : 0;
        }
        Map<String, String> names = new HashMap<>();
        map.columns().forEach(c -> names.put(c.code(), c.name()));
        List<CompetencyCount> weakest = counts.entrySet().stream()
                .filter(e -> e.getValue()[0] > 0)
                .map(e -> new CompetencyCount(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt(CompetencyCount::belowTarget).reversed()
                        .thenComparing(CompetencyCount::code))
                .limit(weakestLimit).toList();
        return new GapSummary(map.standardCode(), map.rows().size(), map.truncated(), profiled,
                profiled == 0 ? null : fits / profiled, belowMin, weakest);
    }

    /** A competency with the number of people below its target and, of them, below its minimum. */
    public record CompetencyCount(String code, String name, int belowTarget, int belowMin) {
    }
}
