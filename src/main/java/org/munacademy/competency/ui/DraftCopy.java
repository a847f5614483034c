package org.munacademy.competency.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.munacademy.competency.entity.CompetencyKind;
import org.munacademy.competency.entity.Framework;

/**
 * The editor's working copy of a draft's content. {@link Framework} and its parts are immutable records, so every
 * change builds a new framework; elements are addressed by position (codes are editable). CASE identifiers and
 * predecessor links of the elements that stay are kept, so the stored draft keeps its history.
 */
final class DraftCopy {

    private Framework framework;

    DraftCopy(Framework framework) {
        this.framework = framework;
    }

    Framework framework() {
        return framework;
    }

    Framework.Level level(int index) {
        return framework.levels().get(index);
    }

    Framework.Area area(int index) {
        return framework.areas().get(index);
    }

    Framework.Competency competency(int area, int index) {
        return area(area).competencies().get(index);
    }

    void setDocument(String title, LocalDate effectiveDate, String sourceRef) {
        framework = new Framework(framework.standardCode(), title, sourceRef, effectiveDate, framework.caseId(),
                framework.levels(), framework.areas());
    }

    void setLevel(int index, String name, String descriptor) {
        Framework.Level old = level(index);
        List<Framework.Level> levels = new ArrayList<>(framework.levels());
        levels.set(index, new Framework.Level(old.number(), name, descriptor, old.caseId()));
        withLevels(levels);
    }

    /** Adds a level above the highest one; returns its index. */
    int addLevel() {
        List<Framework.Level> levels = new ArrayList<>(framework.levels());
        levels.add(new Framework.Level(levels.size() + 1, "", "", null));
        withLevels(levels);
        return levels.size() - 1;
    }

    /** Removes the highest level and the indicators written for it (they would lie outside the scale). */
    void removeLastLevel() {
        int top = framework.levels().size();
        List<Framework.Level> levels = new ArrayList<>(framework.levels().subList(0, top - 1));
        List<Framework.Area> areas = framework.areas().stream().map(a -> area(a, a.competencies().stream()
                .map(c -> indicators(c, c.indicators().stream().filter(i -> i.level() != top).toList()))
                .toList())).toList();
        framework = new Framework(framework.standardCode(), framework.title(), framework.sourceRef(),
                framework.effectiveDate(), framework.caseId(), levels, areas);
    }

    void setArea(int index, String code, String name, String description) {
        Framework.Area old = area(index);
        replaceArea(index, new Framework.Area(code, name, description, old.caseId(), old.competencies(),
                old.childOfCaseId()));
    }

    /** Adds an area at the end with a free code; returns its index. */
    int addArea(String name) {
        List<Framework.Area> areas = new ArrayList<>(framework.areas());
        areas.add(new Framework.Area(freeCode("AREA", ""), name, null, null, List.of()));
        withAreas(areas);
        return areas.size() - 1;
    }

    void removeArea(int index) {
        List<Framework.Area> areas = new ArrayList<>(framework.areas());
        areas.remove(index);
        withAreas(areas);
    }

    void setCompetency(int area, int index, String code, String name, String description, CompetencyKind kind) {
        Framework.Competency old = competency(area, index);
        replaceCompetency(area, index, new Framework.Competency(code, name, description, kind, old.caseId(),
                old.replacesCaseId(), old.indicators(), old.childOfCaseId(), old.replacedByCaseId()));
    }

    /** Replaces the indicators of one level (one text per non-blank line), keeping the other levels' ones. */
    void setIndicators(int area, int index, int level, List<String> texts) {
        Framework.Competency old = competency(area, index);
        List<Framework.Indicator> indicators = new ArrayList<>(old.indicators().stream()
                .filter(i -> i.level() != level).toList());
        texts.stream().map(String::strip).filter(t -> !t.isEmpty())
                .forEach(t -> indicators.add(new Framework.Indicator(level, t)));
        indicators.sort(Comparator.comparingInt(Framework.Indicator::level)); // stable: file order within a level
        replaceCompetency(area, index, indicators(old, indicators));
    }

    /** Adds a competency at the end of an area, with a code derived from the area's; returns its index. */
    int addCompetency(int area, String name) {
        Framework.Area a = area(area);
        List<Framework.Competency> competencies = new ArrayList<>(a.competencies());
        CompetencyKind kind = competencies.isEmpty() ? CompetencyKind.PROFESSIONAL
                : competencies.get(competencies.size() - 1).kind();
        competencies.add(new Framework.Competency(freeCode(a.code() + "-", "%02d"), name, null, kind, null, null,
                List.of()));
        replaceArea(area, area(a, competencies));
        return competencies.size() - 1;
    }

    void removeCompetency(int area, int index) {
        Framework.Area a = area(area);
        List<Framework.Competency> competencies = new ArrayList<>(a.competencies());
        competencies.remove(index);
        replaceArea(area, area(a, competencies));
    }

    private String freeCode(String prefix, String numberFormat) {
        Set<String> used = new HashSet<>();
        framework.areas().forEach(a -> {
            used.add(a.code());
            a.competencies().forEach(c -> used.add(c.code()));
        });
        for (int n = 1; ; n++) {
            String code = prefix + (numberFormat.isEmpty() ? String.valueOf(n) : String.format(numberFormat, n));
            if (!used.contains(code)) {
                return code;
            }
        }
    }

    private void replaceCompetency(int area, int index, Framework.Competency competency) {
        Framework.Area a = area(area);
        List<Framework.Competency> competencies = new ArrayList<>(a.competencies());
        competencies.set(index, competency);
        replaceArea(area, area(a, competencies));
    }

    private void replaceArea(int index, Framework.Area area) {
        List<Framework.Area> areas = new ArrayList<>(framework.areas());
        areas.set(index, area);
        withAreas(areas);
    }

    private void withLevels(List<Framework.Level> levels) {
        framework = new Framework(framework.standardCode(), framework.title(), framework.sourceRef(),
                framework.effectiveDate(), framework.caseId(), levels, framework.areas());
    }

    private void withAreas(List<Framework.Area> areas) {
        framework = new Framework(framework.standardCode(), framework.title(), framework.sourceRef(),
                framework.effectiveDate(), framework.caseId(), framework.levels(), areas);
    }

    private static Framework.Area area(Framework.Area a, List<Framework.Competency> competencies) {
        return new Framework.Area(a.code(), a.name(), a.description(), a.caseId(), competencies, a.childOfCaseId());
    }

    private static Framework.Competency indicators(Framework.Competency c, List<Framework.Indicator> indicators) {
        return new Framework.Competency(c.code(), c.name(), c.description(), c.kind(), c.caseId(),
                c.replacesCaseId(), indicators, c.childOfCaseId(), c.replacedByCaseId());
    }
}
