package org.munacademy.contest.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.munacademy.contest.entity.ApplicantFacts;
import org.munacademy.contest.entity.AssignmentPlan;
import org.munacademy.contest.entity.AssignmentPlan.Pair;
import org.munacademy.contest.entity.ConflictFinding;
import org.munacademy.contest.entity.JurorFacts;
import org.munacademy.contest.entity.MemberFacts;
import org.munacademy.contest.entity.Shortfall;
import org.munacademy.contest.entity.ShortfallReason;

class JuryAssignerTest {

    private static List<Long> ids(long from, int count) {
        return LongStream.range(from, from + count).boxed().toList();
    }

    /** Every pair allowed, every application with min(k, its jurors without a conflict), loads matching the pairs. */
    private static void assertValid(AssignmentPlan plan, List<Long> apps, List<Long> jurors, Set<Pair> forbidden,
            int k) {
        assertThat(plan.pairs()).noneMatch(forbidden::contains).doesNotHaveDuplicates();
        for (long app : apps) {
            long eligible = jurors.stream().filter(j -> !forbidden.contains(new Pair(j, app))).count();
            assertThat(plan.jurorsOf(app)).hasSize((int) Math.min(k, eligible));
        }
        for (long juror : jurors) {
            assertThat(plan.loads().get(juror)).isEqualTo(plan.applicationsOf(juror).size());
        }
    }

    @Test
    void a_juror_from_the_candidates_municipality_is_never_assigned() {
        List<JurorFacts> jury = List.of(
                new JurorFacts(1, 101, 10L, 1L, null, null),
                new JurorFacts(2, 102, 20L, 1L, null, null),
                new JurorFacts(3, 103, 30L, 1L, null, null),
                new JurorFacts(4, 104, 40L, 1L, null, null));
        List<ApplicantFacts> applications = new ArrayList<>();
        for (long app = 1; app <= 20; app++) {
            long municipality = app % 2 == 0 ? 10L : 50L;
            applications.add(new ApplicantFacts(app, 1L, List.of(new MemberFacts(1000 + app, municipality, null,
                    null))));
        }
        Set<Pair> forbidden = ConflictRules.find(jury, applications).stream().map(ConflictFinding::pair)
                .collect(Collectors.toSet());
        List<Long> apps = ids(1, 20);
        List<Long> jurors = List.of(1L, 2L, 3L, 4L);

        AssignmentPlan plan = JuryAssigner.assign(apps, jurors, forbidden, 2, null);

        assertThat(forbidden).hasSize(10);
        assertValid(plan, apps, jurors, forbidden, 2);
        for (long app = 2; app <= 20; app += 2) {
            assertThat(plan.jurorsOf(app)).doesNotContain(1L).hasSize(2);
        }
        assertThat(plan.complete()).isTrue();
        assertThat(plan.loads().values()).containsOnly(10);
    }

    @Test
    void a_declared_conflict_removes_exactly_that_pair_and_moves_one_more_to_rebalance() {
        List<Long> apps = ids(1, 12);
        List<Long> jurors = List.of(1L, 2L, 3L, 4L);
        AssignmentPlan before = JuryAssigner.assign(apps, jurors, Set.of(), 2, null);
        assertThat(before.loads().values()).containsOnly(6);
        Pair declared = before.pairs().get(0);

        AssignmentPlan after = JuryAssigner.assign(apps, jurors, Set.of(declared), 2, before);

        assertValid(after, apps, jurors, Set.of(declared), 2);
        assertThat(after.loads().values()).containsOnly(6);
        Set<Pair> removed = new HashSet<>(before.pairs());
        removed.removeAll(after.pairs());
        Set<Pair> added = new HashSet<>(after.pairs());
        added.removeAll(before.pairs());
        // the declared pair goes; its application takes a juror who then hands one application to the freed juror
        assertThat(removed).hasSize(2).contains(declared);
        assertThat(added).hasSize(2);
        assertThat(added).anySatisfy(p -> assertThat(p.applicationId()).isEqualTo(declared.applicationId()));
        assertThat(added).anySatisfy(p -> assertThat(p.jurorId()).isEqualTo(declared.jurorId()));
        assertThat(after.keptFromPrevious()).isEqualTo(22);
    }

    @Test
    void a_declared_conflict_moves_only_its_own_pair_when_that_keeps_the_loads_even() {
        List<Long> apps = ids(1, 9);
        List<Long> jurors = List.of(1L, 2L, 3L, 4L);
        AssignmentPlan before = JuryAssigner.assign(apps, jurors, Set.of(), 2, null);
        assertThat(before.loads().values()).containsExactlyInAnyOrder(5, 5, 4, 4);
        long busy = before.loads().entrySet().stream().filter(e -> e.getValue() == 5).findFirst().orElseThrow()
                .getKey();
        Pair declared = new Pair(busy, before.applicationsOf(busy).get(0));

        AssignmentPlan after = JuryAssigner.assign(apps, jurors, Set.of(declared), 2, before);

        assertValid(after, apps, jurors, Set.of(declared), 2);
        assertThat(after.maxLoad() - after.minLoad()).isEqualTo(1);
        assertThat(after.keptFromPrevious()).isEqualTo(17);
        assertThat(after.pairs()).doesNotContain(declared).containsAll(
                before.pairs().stream().filter(p -> !p.equals(declared)).toList());
    }

    @Test
    void an_application_with_too_few_jurors_without_a_conflict_is_explained() {
        List<Long> jurors = List.of(1L, 2L, 3L);
        Set<Pair> forbidden = Set.of(new Pair(1, 7), new Pair(2, 7));

        AssignmentPlan plan = JuryAssigner.assign(List.of(7L, 8L), jurors, forbidden, 3, null);

        assertThat(plan.shortfalls()).containsExactly(new Shortfall(7, 3, 1, ShortfallReason.CONFLICTS, 1));
        assertThat(plan.jurorsOf(7)).containsExactly(3L);
        assertThat(plan.jurorsOf(8)).containsExactly(1L, 2L, 3L);
        assertThat(plan.complete()).isFalse();
    }

    @Test
    void a_jury_smaller_than_k_and_an_empty_jury_are_explained() {
        AssignmentPlan small = JuryAssigner.assign(List.of(1L, 2L), List.of(5L, 6L), Set.of(new Pair(5, 2)), 3,
                null);
        assertThat(small.shortfalls()).containsExactly(
                new Shortfall(1, 3, 2, ShortfallReason.JURY_TOO_SMALL, 2),
                new Shortfall(2, 3, 1, ShortfallReason.JURY_TOO_SMALL, 1));

        AssignmentPlan empty = JuryAssigner.assign(List.of(1L), List.of(), Set.of(), 2, null);
        assertThat(empty.shortfalls()).containsExactly(new Shortfall(1, 2, 0, ShortfallReason.NO_JURORS, 0));
        assertThat(empty.pairs()).isEmpty();
        assertThat(empty.loads()).isEmpty();
    }

    @Test
    void k_below_one_is_refused() {
        assertThatThrownBy(() -> JuryAssigner.assign(List.of(1L), List.of(1L), Set.of(), 0, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void conflicts_that_force_a_juror_busy_still_leave_the_others_even() {
        // applications 1..6 may only go to juror 1; the other 12 to anyone: juror 1 must take 6, the rest share 12
        List<Long> apps = ids(1, 18);
        List<Long> jurors = List.of(1L, 2L, 3L, 4L);
        Set<Pair> forbidden = new HashSet<>();
        for (long app = 1; app <= 6; app++) {
            for (long juror = 2; juror <= 4; juror++) {
                forbidden.add(new Pair(juror, app));
            }
        }

        AssignmentPlan plan = JuryAssigner.assign(apps, jurors, forbidden, 1, null);

        assertValid(plan, apps, jurors, forbidden, 1);
        assertThat(plan.loads()).containsEntry(1L, 6).containsEntry(2L, 4).containsEntry(3L, 4)
                .containsEntry(4L, 4);
    }

    @Test
    void the_same_input_in_another_order_gives_the_same_plan() {
        Random random = new Random(12);
        List<Long> apps = new ArrayList<>(ids(100, 40));
        List<Long> jurors = new ArrayList<>(ids(1, 7));
        Set<Pair> forbidden = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            forbidden.add(new Pair(1 + random.nextInt(7), 100 + random.nextInt(40)));
        }
        AssignmentPlan first = JuryAssigner.assign(apps, jurors, forbidden, 3, null);
        Collections.shuffle(apps, random);
        Collections.shuffle(jurors, random);

        AssignmentPlan second = JuryAssigner.assign(apps, jurors, forbidden, 3, null);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void loads_and_kept_pairs_match_brute_force_on_random_small_instances() {
        Random random = new Random(20261203);
        for (int round = 0; round < 400; round++) {
            int n = 1 + random.nextInt(4);
            int m = 1 + random.nextInt(4);
            int k = 1 + random.nextInt(3);
            List<Long> apps = ids(1, n);
            List<Long> jurors = ids(11, m);
            Set<Pair> forbidden = new HashSet<>();
            List<Pair> previousPairs = new ArrayList<>();
            for (long app : apps) {
                for (long juror : jurors) {
                    if (random.nextInt(4) == 0) {
                        forbidden.add(new Pair(juror, app));
                    } else if (random.nextInt(3) == 0) {
                        previousPairs.add(new Pair(juror, app));
                    }
                    if (random.nextInt(8) == 0) {
                        previousPairs.add(new Pair(juror, app));
                    }
                }
            }
            AssignmentPlan previous = random.nextBoolean() ? null
                    : new AssignmentPlan(k, previousPairs.stream().distinct().toList(), java.util.Map.of(), List.of(),
                            0);

            AssignmentPlan plan = JuryAssigner.assign(apps, jurors, forbidden, k, previous);

            assertValid(plan, apps, jurors, forbidden, k);
            BruteForce best = BruteForce.solve(apps, jurors, forbidden, k,
                    previous == null ? Set.of() : new HashSet<>(previous.pairs()));
            String instance = "round " + round + ": n=" + n + " m=" + m + " k=" + k + " forbidden=" + forbidden
                    + " previous=" + previousPairs;
            assertThat(plan.maxLoad()).as(instance).isEqualTo(best.smallestMax);
            assertThat(plan.minLoad()).as(instance).isEqualTo(best.largestMin);
            assertThat(plan.loads().values().stream().mapToInt(l -> l * l).sum()).as(instance)
                    .isEqualTo(best.smallestSquares);
            if (previous != null) {
                assertThat(plan.keptFromPrevious()).as(instance).isEqualTo(best.mostKept);
            }
        }
    }

    /** Every assignment of a tiny instance: the best loads and, among the most even ones, the most previous pairs. */
    private static final class BruteForce {
        int smallestMax = Integer.MAX_VALUE;
        int largestMin = Integer.MIN_VALUE;
        int smallestSquares = Integer.MAX_VALUE;
        int mostKept = -1;

        static BruteForce solve(List<Long> apps, List<Long> jurors, Set<Pair> forbidden, int k, Set<Pair> previous) {
            List<List<List<Long>>> options = new ArrayList<>();
            for (long app : apps) {
                List<Long> free = jurors.stream().filter(j -> !forbidden.contains(new Pair(j, app))).toList();
                List<List<Long>> subsets = new ArrayList<>();
                subsets(free, Math.min(k, free.size()), 0, new ArrayList<>(), subsets);
                options.add(subsets);
            }
            BruteForce best = new BruteForce();
            best.walk(apps, jurors, options, 0, new int[jurors.size()], 0, previous, new ArrayList<>());
            return best;
        }

        private static void subsets(List<Long> from, int size, int start, List<Long> chosen, List<List<Long>> out) {
            if (chosen.size() == size) {
                out.add(List.copyOf(chosen));
                return;
            }
            for (int i = start; i < from.size(); i++) {
                chosen.add(from.get(i));
                subsets(from, size, i + 1, chosen, out);
                chosen.remove(chosen.size() - 1);
            }
        }

        private void walk(List<Long> apps, List<Long> jurors, List<List<List<Long>>> options, int at, int[] loads,
                int kept, Set<Pair> previous, List<Long> unused) {
            if (at == apps.size()) {
                int max = 0;
                int min = Integer.MAX_VALUE;
                int squares = 0;
                for (int load : loads) {
                    max = Math.max(max, load);
                    min = Math.min(min, load);
                    squares += load * load;
                }
                smallestMax = Math.min(smallestMax, max);
                largestMin = Math.max(largestMin, loads.length == 0 ? 0 : min);
                if (squares < smallestSquares || squares == smallestSquares && kept > mostKept) {
                    smallestSquares = squares;
                    mostKept = kept;
                }
                return;
            }
            for (List<Long> subset : options.get(at)) {
                int gained = 0;
                for (long juror : subset) {
                    loads[jurors.indexOf(juror)]++;
                    if (previous.contains(new Pair(juror, apps.get(at)))) {
                        gained++;
                    }
                }
                walk(apps, jurors, options, at + 1, loads, kept + gained, previous, unused);
                for (long juror : subset) {
                    loads[jurors.indexOf(juror)]--;
                }
            }
        }
    }

    @Test
    void five_thousand_applications_sixty_jurors_five_each_are_assigned_evenly_and_quickly() {
        Random random = new Random(5);
        List<Long> apps = ids(1, 5000);
        List<Long> jurors = ids(10_001, 60);
        // jurors from 30 municipalities, applicants from 300: a same-municipality conflict for about 1 in 150
        List<JurorFacts> jury = jurors.stream()
                .map(j -> new JurorFacts(j, j, (long) random.nextInt(30), 1L, null, null)).toList();
        List<ApplicantFacts> applications = apps.stream().map(a -> new ApplicantFacts(a, 1L,
                List.of(new MemberFacts(100_000 + a, (long) random.nextInt(300), null, null)))).toList();
        long started = System.nanoTime();
        Set<Pair> forbidden = ConflictRules.find(jury, applications).stream().map(ConflictFinding::pair)
                .collect(Collectors.toSet());
        long found = System.nanoTime();
        AssignmentPlan plan = JuryAssigner.assign(apps, jurors, forbidden, 5, null);
        long assigned = System.nanoTime();
        Set<Pair> declared = new HashSet<>(forbidden);
        for (int i = 0; i < 20; i++) {
            declared.add(plan.pairs().get(random.nextInt(plan.pairs().size())));
        }
        AssignmentPlan again = JuryAssigner.assign(apps, jurors, declared, 5, plan);
        long recomputed = System.nanoTime();
        System.out.printf("JuryAssigner: %d conflicts found in %d ms; 5000 x 60 x 5 assigned in %d ms"
                + " (loads %d..%d); after 20 declared conflicts recomputed in %d ms keeping %d of %d pairs%n",
                forbidden.size(), (found - started) / 1_000_000, (assigned - found) / 1_000_000, plan.minLoad(),
                plan.maxLoad(), (recomputed - assigned) / 1_000_000, again.keptFromPrevious(), plan.pairs().size());

        assertThat(forbidden).isNotEmpty();
        assertThat(plan.complete()).isTrue();
        assertThat(plan.pairs()).hasSize(25_000).doesNotContainAnyElementsOf(forbidden);
        assertThat(plan.maxLoad() - plan.minLoad()).isLessThanOrEqualTo(1);
        assertThat(again.pairs()).hasSize(25_000).doesNotContainAnyElementsOf(declared);
        assertThat(again.maxLoad() - again.minLoad()).isLessThanOrEqualTo(1);
        assertThat(again.keptFromPrevious()).isGreaterThanOrEqualTo(25_000 - 2 * 20);
    }
}
