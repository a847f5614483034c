package org.munacademy.competency.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gaps of everybody in an HR officer's scope as a compact table, for computations over thousands of people at
 * once (who needs which programme): the competencies of the published standard by index, and per person their
 * required profile (target level and weight per competency, 0 where not required) and current level (−1 where there
 * is no usable evidence). Persons of the same position share one profile's arrays. Immutable once built; read it,
 * never change the arrays it hands out.
 */
public final class ScopeGaps {

    /** One person's row: who, where, which profile, and the current level per competency index (−1: none). */
    public record Person(long id, String name, long municipalityId, long parentMunicipalityId, String municipality,
            int profile, byte[] current) {
    }

    /** A required profile: target level and weight per competency index (0 where the competency is not required). */
    public record Profile(int[] target, int[] weight) {
    }

    private final String standardCode;
    private final List<String> competencies;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Profile> profiles;
    private final List<Person> persons;

    public ScopeGaps(String standardCode, List<String> competencies, List<Profile> profiles, List<Person> persons) {
        this.standardCode = standardCode;
        this.competencies = List.copyOf(competencies);
        for (int i = 0; i < this.competencies.size(); i++) {
            index.put(this.competencies.get(i), i);
        }
        this.profiles = List.copyOf(profiles);
        this.persons = List.copyOf(persons);
    }

    /** The same table with some persons' rows replaced (by id; e.g. after new evidence about them). */
    public ScopeGaps withPersons(Map<Long, Person> replaced) {
        return new ScopeGaps(standardCode, competencies, profiles, persons.stream()
                .map(p -> replaced.getOrDefault(p.id(), p)).toList());
    }

    public String standardCode() {
        return standardCode;
    }

    /** The competency codes of the standard, in the framework's order; a code's position is its index. */
    public List<String> competencies() {
        return competencies;
    }

    /** The index of a competency code, or −1 when the standard does not have it. */
    public int indexOf(String competencyCode) {
        Integer i = index.get(competencyCode);
        return i == null ? -1 : i;
    }

    public List<Person> persons() {
        return persons;
    }

    public Profile profile(Person p) {
        return profiles.get(p.profile());
    }

    /** Whether the person works in the municipality or in a settlement inside it (the people list's rule). */
    public static boolean worksIn(Person p, long municipalityId) {
        return p.municipalityId() == municipalityId || p.parentMunicipalityId() == municipalityId;
    }
}
