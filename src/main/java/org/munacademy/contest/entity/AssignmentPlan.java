package org.munacademy.contest.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which jurors score which applications: the pairs (ordered by application id, then juror id), the load of every
 * juror of the jury (applications assigned, in juror id order, zeros included), the applications that got fewer
 * than {@code perApplication} jurors with the reason, and how many pairs of the previous plan were kept (0 without
 * one). Immutable.
 */
public record AssignmentPlan(int perApplication, List<Pair> pairs, Map<Long, Integer> loads,
        List<Shortfall> shortfalls, int keptFromPrevious) {

    /** One juror scoring one application. */
    public record Pair(long jurorId, long applicationId) {
    }

    public AssignmentPlan {
        pairs = List.copyOf(pairs);
        loads = Collections.unmodifiableMap(new LinkedHashMap<>(loads));
        shortfalls = List.copyOf(shortfalls);
    }

    /** The jurors assigned to an application, by juror id. */
    public List<Long> jurorsOf(long applicationId) {
        return pairs.stream().filter(p -> p.applicationId() == applicationId).map(Pair::jurorId).toList();
    }

    /** The applications assigned to a juror, by application id. */
    public List<Long> applicationsOf(long jurorId) {
        return pairs.stream().filter(p -> p.jurorId() == jurorId).map(Pair::applicationId).toList();
    }

    /** The largest load of a juror (0 for an empty jury). */
    public int maxLoad() {
        return loads.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** The smallest load of a juror (0 for an empty jury). */
    public int minLoad() {
        return loads.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    /** Every application got all the jurors it needs. */
    public boolean complete() {
        return shortfalls.isEmpty();
    }
}
