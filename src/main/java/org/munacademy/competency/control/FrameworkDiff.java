package org.munacademy.competency.control;

import org.munacademy.competency.entity.FrameworkChange;
import org.munacademy.competency.entity.FrameworkChange.Kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.munacademy.competency.entity.Framework;

/**
 * What changed between two versions of a standard, element by element, so that a methodologist reviews a new
 * version before publishing it and an HR officer sees why a profile moved. Elements are matched by their stable
 * keys — scale levels by number, areas and competencies by code — because CASE identifiers and metadata change
 * with every version while the content may not.
 */
public final class FrameworkDiff {

    private FrameworkDiff() {
    }

    /**
     * The differences from {@code before} to {@code after}: levels, then areas, then competencies each followed by
     * their indicator changes. Identical content gives an empty list.
     */
    public static List<FrameworkChange> compare(Framework before, Framework after) {
        List<FrameworkChange> changes = new ArrayList<>();
        levels(before, after, changes);
        areas(before, after, changes);
        competencies(before, after, changes);
        return changes;
    }

    private static void levels(Framework before, Framework after, List<FrameworkChange> changes) {
        Map<String, Framework.Level> old = index(before.levels(), l -> String.valueOf(l.number()));
        Map<String, Framework.Level> now = index(after.levels(), l -> String.valueOf(l.number()));
        for (String number : union(old.keySet(), now.keySet())) {
            Framework.Level a = old.get(number);
            Framework.Level b = now.get(number);
            if (bothPresent("level", number, a, b, Framework.Level::name, changes)) {
                field(changes, "level", number, "name", a.name(), b.name());
                field(changes, "level", number, "descriptor", a.descriptor(), b.descriptor());
            }
        }
    }

    private static void areas(Framework before, Framework after, List<FrameworkChange> changes) {
        Map<String, Framework.Area> old = index(before.areas(), Framework.Area::code);
        Map<String, Framework.Area> now = index(after.areas(), Framework.Area::code);
        for (String code : union(old.keySet(), now.keySet())) {
            Framework.Area a = old.get(code);
            Framework.Area b = now.get(code);
            if (bothPresent("area", code, a, b, Framework.Area::name, changes)) {
                field(changes, "area", code, "name", a.name(), b.name());
                field(changes, "area", code, "description", a.description(), b.description());
            }
        }
    }

    private static void competencies(Framework before, Framework after, List<FrameworkChange> changes) {
        Map<String, Framework.Competency> old = index(before.competencies(), Framework.Competency::code);
        Map<String, Framework.Competency> now = index(after.competencies(), Framework.Competency::code);
        Map<String, String> oldAreas = areaOf(before);
        Map<String, String> newAreas = areaOf(after);
        for (String code : union(old.keySet(), now.keySet())) {
            Framework.Competency a = old.get(code);
            Framework.Competency b = now.get(code);
            if (bothPresent("competency", code, a, b, Framework.Competency::name, changes)) {
                field(changes, "competency", code, "name", a.name(), b.name());
                field(changes, "competency", code, "description", a.description(), b.description());
                field(changes, "competency", code, "kind", name(a.kind()), name(b.kind()));
                field(changes, "competency", code, "area", oldAreas.get(code), newAreas.get(code));
                indicators(a, b, changes);
            }
        }
    }

    /** Indicators compared per level, as the list a person reads: one change per level whose list differs. */
    private static void indicators(Framework.Competency a, Framework.Competency b, List<FrameworkChange> changes) {
        Set<Integer> levels = new TreeSet<>();
        a.indicators().forEach(i -> levels.add(i.level()));
        b.indicators().forEach(i -> levels.add(i.level()));
        for (int level : levels) {
            String old = joined(a.indicatorsAt(level));
            String now = joined(b.indicatorsAt(level));
            if (!Objects.equals(old, now)) {
                Kind kind = old == null ? Kind.ADDED : now == null ? Kind.REMOVED : Kind.CHANGED;
                changes.add(new FrameworkChange(kind, "indicators", a.code(), "level " + level, old, now));
            }
        }
    }

    /**
     * Records an element that is only on one side (named by its name); true when it is on both sides and its
     * fields are to be compared.
     */
    private static <T> boolean bothPresent(String element, String code, T a, T b, Function<T, String> name,
            List<FrameworkChange> changes) {
        if (a == null) {
            changes.add(new FrameworkChange(Kind.ADDED, element, code, null, null, name.apply(b)));
            return false;
        }
        if (b == null) {
            changes.add(new FrameworkChange(Kind.REMOVED, element, code, null, name.apply(a), null));
            return false;
        }
        return true;
    }

    private static void field(List<FrameworkChange> changes, String element, String code, String field, String before,
            String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FrameworkChange(Kind.CHANGED, element, code, field, before, after));
        }
    }

    private static <T> Map<String, T> index(List<T> elements, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        elements.forEach(e -> map.put(key.apply(e), e));
        return map;
    }

    /** The keys of the old version in their order, then the new ones in theirs. */
    private static Set<String> union(Set<String> old, Set<String> now) {
        Set<String> keys = new LinkedHashSet<>(old);
        keys.addAll(now);
        return keys;
    }

    private static Map<String, String> areaOf(Framework f) {
        Map<String, String> areas = new LinkedHashMap<>();
        f.areas().forEach(a -> a.competencies().forEach(c -> areas.put(c.code(), a.code())));
        return areas;
    }

    private static String joined(List<String> texts) {
        return texts.isEmpty() ? null : String.join("\n", texts);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
