package org.munacademy.assessment.entity;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Item statistics of a test: one {@link ItemStat} per item (by item id), Cronbach's α of the whole test and of
 * each competency subscale (competency code → α, in code order; a null α means it cannot be computed),
 * whether every attempt had the same items ({@code fixedForm}) and how many attempts were analysed.
 */
public record StatisticsReport(List<ItemStat> items, Double alpha, Map<String, Double> alphaByCompetency,
        boolean fixedForm, int attempts) {

    public StatisticsReport {
        items = items == null ? List.of() : List.copyOf(items);
        alphaByCompetency = alphaByCompetency == null ? Map.of()
                : Collections.unmodifiableMap(new TreeMap<>(alphaByCompetency));
    }
}
