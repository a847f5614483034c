package org.munacademy.contest.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.munacademy.contest.entity.AssignmentPlan;
import org.munacademy.contest.entity.AssignmentPlan.Pair;
import org.munacademy.contest.entity.Shortfall;
import org.munacademy.contest.entity.ShortfallReason;

/**
 * Assigns {@code k} jurors to each application: never a forbidden pair (a conflict, automatic or declared), loads
 * as even as the conflicts allow, and as many pairs of a previous plan kept as that allows.
 * <p>
 * <b>Formulation.</b> A min-cost flow: source → application (capacity k) → juror (capacity 1, allowed pairs only;
 * cost 0 for a pair of the previous plan, 1 for a new one) → sink, where the t-th application of a juror costs
 * {@code W·(2t − 1)}, so that a juror's load ℓ costs {@code W·ℓ²}. {@code W} is larger than any saving in new pairs
 * a cycle of the residual graph can make, so the order of the aims is strict:
 * <ol>
 * <li>every application gets {@code min(k, jurors without a conflict with it)} jurors (jurors have no capacity, so
 * the flow is maximal exactly then; the rest are {@link Shortfall shortfalls} with the reason);</li>
 * <li>the sum of squared loads is minimal. Over the loads a flow can reach (a polymatroid base), the minimum of a
 * separable convex sum is the lexicographically optimal base (Fujishige): it has the <b>smallest maximum load and
 * the largest minimum load at once</b>, so max − min ≤ 1 whenever the conflicts allow it at all;</li>
 * <li>among those, the fewest new pairs: after a declared conflict only the pairs that must move do.</li>
 * </ol>
 * <b>Algorithm.</b> A greedy start (the previous pairs still allowed; then the most constrained applications first,
 * each to its least loaded allowed jurors) and cycle cancelling until no negative cycle is left, which is the
 * optimality condition of a min-cost flow. Cycles are looked for in a graph of jurors only (plus the sink): the edge
 * b → a stands for "move some application from b to a" with the cheapest such move, its weight −1, 0 or 1; counts of
 * the moves per juror pair and weight are kept up to date as applications move. Bellman–Ford on (jurors + 1) nodes
 * finds a negative cycle; each cancelled cycle lowers the cost, so the loop ends. The greedy start is nearly
 * balanced, so few cycles are needed: 5,000 applications × 60 jurors × k = 5 take a fraction of a second.
 * <p>
 * <b>Determinism.</b> Ids are taken in ascending order whatever the order of the lists (duplicates ignored), and
 * every tie is broken by the smaller id, so the same input gives the same plan. Forbidden or previous pairs naming
 * ids not in the lists are ignored.
 */
public final class JuryAssigner {

    private final int n;
    private final int m;
    private final boolean[] allowed;
    private final boolean[] previous;
    private final boolean[] assigned;
    private final int[] load;
    private final int[] count;
    /** Moves per juror pair (from b to a) and cost change d ∈ {−1, 0, 1}: index (b·m + a)·3 + d + 1. */
    private final int[] moves;
    private final long weight;

    private JuryAssigner(int n, int m) {
        this.n = n;
        this.m = m;
        this.allowed = new boolean[n * m];
        this.previous = new boolean[n * m];
        this.assigned = new boolean[n * m];
        this.load = new int[m];
        this.count = new int[n];
        this.moves = new int[m * m * 3];
        this.weight = m + 2L;
    }

    /**
     * The plan for {@code k} jurors per application.
     *
     * @param applications the applications to assign
     * @param jurors the jury
     * @param forbidden the pairs that may never be assigned (conflicts of every kind)
     * @param k jurors each application needs, at least 1
     * @param previous the plan in force, whose pairs are kept where the aims allow (only its pairs are read, so a plan
     *         rebuilt from stored pairs with empty loads and shortfalls will do); {@code null} for a first plan
     * @throws IllegalArgumentException if {@code k < 1}
     */
    public static AssignmentPlan assign(List<Long> applications, List<Long> jurors, Set<Pair> forbidden, int k,
            AssignmentPlan previous) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        long[] apps = applications.stream().mapToLong(Long::longValue).distinct().sorted().toArray();
        long[] jury = jurors.stream().mapToLong(Long::longValue).distinct().sorted().toArray();
        JuryAssigner a = new JuryAssigner(apps.length, jury.length);
        Map<Long, Integer> appIndex = index(apps);
        Map<Long, Integer> jurorIndex = index(jury);
        Arrays.fill(a.allowed, true);
        for (Pair pair : forbidden == null ? Set.<Pair>of() : forbidden) {
            Integer x = appIndex.get(pair.applicationId());
            Integer j = jurorIndex.get(pair.jurorId());
            if (x != null && j != null) {
                a.allowed[x * a.m + j] = false;
            }
        }
        if (previous != null) {
            for (Pair pair : previous.pairs()) {
                Integer x = appIndex.get(pair.applicationId());
                Integer j = jurorIndex.get(pair.jurorId());
                if (x != null && j != null) {
                    a.previous[x * a.m + j] = true;
                }
            }
        }
        int[] eligible = a.start(k);
        a.optimise();
        return a.plan(apps, jury, k, eligible, previous != null);
    }

    private static Map<Long, Integer> index(long[] ids) {
        Map<Long, Integer> index = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        return index;
    }

    /** Keeps the allowed previous pairs, then fills the most constrained applications first; the eligible counts. */
    private int[] start(int k) {
        int[] eligible = new int[n];
        for (int x = 0; x < n; x++) {
            for (int j = 0; j < m; j++) {
                if (allowed[x * m + j]) {
                    eligible[x]++;
                    if (previous[x * m + j] && count[x] < k) {
                        put(x, j);
                    }
                }
            }
        }
        Integer[] order = new Integer[n];
        for (int x = 0; x < n; x++) {
            order[x] = x;
        }
        Arrays.sort(order, (p, q) -> eligible[p] != eligible[q] ? Integer.compare(eligible[p], eligible[q])
                : Integer.compare(p, q));
        for (int x : order) {
            int wanted = Math.min(k, eligible[x]);
            while (count[x] < wanted) {
                int best = -1;
                for (int j = 0; j < m; j++) {
                    if (allowed[x * m + j] && !assigned[x * m + j] && (best < 0 || load[j] < load[best])) {
                        best = j;
                    }
                }
                put(x, best);
            }
        }
        return eligible;
    }

    private void put(int x, int j) {
        assigned[x * m + j] = true;
        load[j]++;
        count[x]++;
    }

    private int cost(int x, int j) {
        return previous[x * m + j] ? 0 : 1;
    }

    /** Adds (sign 1) or removes (sign −1) the moves application x offers between its jurors and its free ones. */
    private void offer(int x, int sign) {
        int base = x * m;
        for (int b = 0; b < m; b++) {
            if (!assigned[base + b]) {
                continue;
            }
            int from = cost(x, b);
            for (int a = 0; a < m; a++) {
                if (allowed[base + a] && !assigned[base + a]) {
                    moves[(b * m + a) * 3 + cost(x, a) - from + 1] += sign;
                }
            }
        }
    }

    /** Cancels negative cycles of the juror graph until there are none. */
    private void optimise() {
        if (m < 2 || n == 0) {
            return;
        }
        for (int x = 0; x < n; x++) {
            offer(x, 1);
        }
        int[] cycle;
        while ((cycle = negativeCycle()) != null) {
            for (int i = 0; i < cycle.length; i++) {
                int from = cycle[i];
                int to = cycle[(i + 1) % cycle.length];
                if (from < m && to < m) {
                    move(from, to);
                }
            }
        }
    }

    /** Moves the cheapest application (the smallest index among equals) from juror b to juror a. */
    private void move(int b, int a) {
        int chosen = -1;
        int chosenCost = Integer.MAX_VALUE;
        for (int x = 0; x < n && chosenCost > -1; x++) {
            int base = x * m;
            if (assigned[base + b] && !assigned[base + a] && allowed[base + a]) {
                int d = cost(x, a) - cost(x, b);
                if (d < chosenCost) {
                    chosen = x;
                    chosenCost = d;
                }
            }
        }
        if (chosen < 0) {
            throw new IllegalStateException("no application to move from juror " + b + " to " + a);
        }
        offer(chosen, -1);
        assigned[chosen * m + b] = false;
        assigned[chosen * m + a] = true;
        load[b]--;
        load[a]++;
        offer(chosen, 1);
    }

    /**
     * A negative cycle over the jurors (0..m−1) and the sink (m) by Bellman–Ford from a virtual source, or
     * {@code null}. Juror b → juror a weighs the cheapest move's d; juror a → sink {@code W·(2ℓa + 1)} (one more
     * application); sink → juror b {@code −W·(2ℓb − 1)} (one fewer).
     */
    private int[] negativeCycle() {
        int nodes = m + 1;
        int edgeCount = 0;
        int[] from = new int[m * m + 2 * m];
        int[] to = new int[from.length];
        long[] w = new long[from.length];
        for (int b = 0; b < m; b++) {
            for (int a = 0; a < m; a++) {
                int at = (b * m + a) * 3;
                for (int d = 0; d < 3; d++) {
                    if (a != b && moves[at + d] > 0) {
                        from[edgeCount] = b;
                        to[edgeCount] = a;
                        w[edgeCount++] = d - 1;
                        break;
                    }
                }
            }
        }
        for (int j = 0; j < m; j++) {
            from[edgeCount] = j;
            to[edgeCount] = m;
            w[edgeCount++] = weight * (2L * load[j] + 1);
            if (load[j] > 0) {
                from[edgeCount] = m;
                to[edgeCount] = j;
                w[edgeCount++] = -weight * (2L * load[j] - 1);
            }
        }
        long[] dist = new long[nodes];
        int[] pred = new int[nodes];
        Arrays.fill(pred, -1);
        int relaxed = -1;
        for (int round = 0; round <= nodes; round++) {
            relaxed = -1;
            for (int e = 0; e < edgeCount; e++) {
                long candidate = dist[from[e]] + w[e];
                if (candidate < dist[to[e]]) {
                    dist[to[e]] = candidate;
                    pred[to[e]] = from[e];
                    relaxed = to[e];
                }
            }
            if (relaxed < 0) {
                return null;
            }
        }
        int on = relaxed;
        for (int i = 0; i < nodes; i++) {
            on = pred[on];
        }
        List<Integer> backwards = new ArrayList<>();
        int node = on;
        do {
            backwards.add(node);
            node = pred[node];
        } while (node != on);
        int[] cycle = new int[backwards.size()];
        for (int i = 0; i < cycle.length; i++) {
            cycle[i] = backwards.get(cycle.length - 1 - i);
        }
        return cycle;
    }

    private AssignmentPlan plan(long[] apps, long[] jury, int k, int[] eligible, boolean hadPrevious) {
        List<Pair> pairs = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        int kept = 0;
        for (int x = 0; x < n; x++) {
            for (int j = 0; j < m; j++) {
                if (assigned[x * m + j]) {
                    pairs.add(new Pair(jury[j], apps[x]));
                    if (previous[x * m + j]) {
                        kept++;
                    }
                }
            }
            if (count[x] < k) {
                ShortfallReason reason = m == 0 ? ShortfallReason.NO_JURORS
                        : m < k ? ShortfallReason.JURY_TOO_SMALL : ShortfallReason.CONFLICTS;
                shortfalls.add(new Shortfall(apps[x], k, count[x], reason, eligible[x]));
            }
        }
        Map<Long, Integer> loads = new LinkedHashMap<>();
        for (int j = 0; j < m; j++) {
            loads.put(jury[j], load[j]);
        }
        return new AssignmentPlan(k, pairs, loads, shortfalls, hadPrevious ? kept : 0);
    }
}
