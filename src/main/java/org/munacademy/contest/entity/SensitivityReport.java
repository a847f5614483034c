package org.munacademy.contest.entity;

import java.util.List;
import java.util.Map;

/**
 * The sensitivity panel: whether the applications above the pass line change when another method ranks the same
 * scores.
 *
 * @param passCount    how many applications pass (the first {@code passCount} places of a ranking)
 * @param chosen       the method chosen for the stage before scoring opened
 * @param methods      one outcome per method, the chosen one first
 * @param applications every application's place under every method, in the chosen ranking's order
 */
public record SensitivityReport(int passCount, AggregationMethod chosen, List<MethodOutcome> methods,
        List<ApplicationPlaces> applications) {

    public SensitivityReport {
        methods = List.copyOf(methods);
        applications = List.copyOf(applications);
    }

    /** Whether every method passes the same set of applications as the chosen one. */
    public boolean stable() {
        return methods.stream().allMatch(MethodOutcome::sameSetAsChosen);
    }

    /**
     * One method's passing applications compared with the chosen method's.
     *
     * @param method           the method
     * @param passing          its passing application ids, in place order
     * @param sameSetAsChosen  whether the same applications pass as under the chosen method
     * @param sameOrderAsChosen whether, in addition, they pass in the same places
     * @param entering         applications that pass under this method but not under the chosen one (place order)
     * @param leaving          applications that pass under the chosen method but not under this one (chosen order)
     */
    public record MethodOutcome(AggregationMethod method, List<Long> passing, boolean sameSetAsChosen,
            boolean sameOrderAsChosen, List<Long> entering, List<Long> leaving) {

        public MethodOutcome {
            passing = List.copyOf(passing);
            entering = List.copyOf(entering);
            leaving = List.copyOf(leaving);
        }
    }

    /**
     * One application's places.
     *
     * @param applicationId the application
     * @param places        its place (1..n) under each method
     */
    public record ApplicationPlaces(long applicationId, Map<AggregationMethod, Integer> places) {

        public ApplicationPlaces {
            places = Map.copyOf(places);
        }

        /** The place under the method. */
        public int place(AggregationMethod method) {
            return places.get(method);
        }
    }
}
