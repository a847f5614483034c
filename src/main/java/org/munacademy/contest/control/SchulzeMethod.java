package org.munacademy.contest.control;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.munacademy.contest.entity.AggregationMethod;
import org.munacademy.contest.entity.Ranking;
import org.munacademy.contest.entity.ScoreTable;

/**
 * The Schulze (beatpath) method over jurors' ballots. A juror's ballot ranks the applications they scored completely
 * by their totals (equal totals: no preference). d[a][b] is the number of jurors who scored both a and b and placed a
 * above b. A link a→b exists when d[a][b] &gt; d[b][a] and has the strength d[a][b] (winning votes); p[a][b] is the
 * strength of the strongest path, the largest over paths of their weakest link (0 without a path). a beats b when
 * p[a][b] &gt; p[b][a]; this relation is transitive (Schulze 2011, §4.1), so ordering by the number of applications
 * each one beats — its value — puts every winner above everyone it beats. Equal numbers go to the {@link TieBreak};
 * applications no juror scored completely come last with a NaN value.
 * <p>
 * <b>Computation.</b> Not Floyd–Warshall (O(n³): 1.25·10¹¹ steps for 5,000 applications). Let G_s be the links of
 * strength ≥ s; p[a][b] ≥ s iff b is reachable from a in G_s. Let t be the highest level at which a and b are in one
 * strongly connected component (SCC) of G_t (t = 0 when never); then p[a][b] = p[b][a] = t unless one reaches the
 * other in G_{t+1} — both cannot, or they would share an SCC there — and then that one beats the other. Every path
 * between two vertices of an SCC of G_t stays inside it, so the question is decided inside that SCC. Hence: split
 * the applications into the SCCs of G_1; count for each SCC how many applications of other SCCs it reaches
 * (bitsets over the condensation, in reverse topological order, skipping successors already reached); recurse into
 * each SCC with the next strength that occurs inside it. Each level costs O(k²) over a component of k applications
 * and there are at most as many levels as jurors: about 5·n² byte reads for 5 jurors instead of n³. The pairwise
 * counts are bytes, so a table may have at most 255 jurors. Tests compare it with a plain Floyd–Warshall on many
 * random tables.
 */
public final class SchulzeMethod implements RankingMethod {

    /** The most jurors the byte-sized pairwise counts hold. */
    public static final int MAX_JURORS = 255;

    @Override
    public Ranking rank(ScoreTable t) {
        return TieBreak.rank(AggregationMethod.SCHULZE, t, values(t));
    }

    /**
     * The pairwise counts d[a][b] (jurors who scored both and placed a above b), indexed like the table's
     * applications; for display and checks on small tables (n² ints).
     */
    public static int[][] pairwise(ScoreTable t) {
        int n = t.applicationCount();
        int[][] d = new int[n][n];
        for (int j = 0; j < t.jurorCount(); j++) {
            int[] apps = Ballots.applications(t, j);
            int[] levels = Ballots.levels(t, j, apps);
            for (int x = 0; x < apps.length; x++) {
                for (int y = 0; y < apps.length; y++) {
                    if (levels[x] > levels[y]) {
                        d[apps[x]][apps[y]]++;
                    }
                }
            }
        }
        return d;
    }

    /** The number of applications each one beats (NaN for those without a complete sheet). */
    static double[] values(ScoreTable t) {
        if (t.jurorCount() > MAX_JURORS) {
            throw new IllegalArgumentException("Schulze ranking takes at most " + MAX_JURORS + " jurors, not "
                    + t.jurorCount());
        }
        int n = t.applicationCount();
        byte[] links = links(t, n);
        boolean[] scored = new boolean[n];
        for (int s = 0; s < t.sheetCount(); s++) {
            scored[t.sheetApplication(s)] |= !Double.isNaN(t.sheetTotal(s));
        }
        int[] all = new int[n];
        int count = 0;
        for (int a = 0; a < n; a++) {
            if (scored[a]) {
                all[count++] = a;
            }
        }
        int[] wins = new int[n];
        Deque<int[]> components = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        components.push(Arrays.copyOf(all, count));
        levels.push(1);
        Scc scc = new Scc(n);
        while (!components.isEmpty()) {
            int[] component = components.pop();
            int level = levels.pop();
            if (component.length < 2) {
                continue;
            }
            int[][] parts = scc.split(links, n, component, level, wins);
            for (int c = 0; c < parts.length; c++) {
                if (parts[c].length > 1 && scc.nextLevel[c] != Integer.MAX_VALUE) {
                    components.push(parts[c]);
                    levels.push(scc.nextLevel[c]);
                }
            }
        }
        double[] values = new double[n];
        for (int a = 0; a < n; a++) {
            values[a] = scored[a] ? wins[a] : Double.NaN;
        }
        return values;
    }

    /** links[a·n + b] = d[a][b] when d[a][b] &gt; d[b][a], else 0 (unsigned bytes). */
    private static byte[] links(ScoreTable t, int n) {
        byte[] m = new byte[n * n];
        int[] level = new int[n];
        for (int j = 0; j < t.jurorCount(); j++) {
            int[] apps = Ballots.applications(t, j);
            int[] levels = Ballots.levels(t, j, apps);
            Arrays.fill(level, Integer.MAX_VALUE);
            for (int i = 0; i < apps.length; i++) {
                level[apps[i]] = levels[i];
            }
            if (apps.length >= n / 4) {
                // sequential over whole rows; an application the juror did not score has MAX_VALUE, never below;
                // (level[y] − lx) >>> 31 is 1 exactly when lx > level[y] (levels are small and non-negative)
                for (int x : apps) {
                    int row = x * n;
                    int lx = level[x];
                    for (int y = 0; y < n; y++) {
                        m[row + y] += (level[y] - lx) >>> 31;
                    }
                }
            } else {
                for (int x : apps) {
                    int row = x * n;
                    int lx = level[x];
                    for (int y : apps) {
                        m[row + y] += (level[y] - lx) >>> 31;
                    }
                }
            }
        }
        int tile = 64;
        for (int a0 = 0; a0 < n; a0 += tile) {
            for (int b0 = a0; b0 < n; b0 += tile) {
                for (int a = a0; a < Math.min(n, a0 + tile); a++) {
                    for (int b = Math.max(b0, a + 1); b < Math.min(n, b0 + tile); b++) {
                        int ab = m[a * n + b] & 0xFF;
                        int ba = m[b * n + a] & 0xFF;
                        if (ab > ba) {
                            m[b * n + a] = 0;
                        } else if (ba > ab) {
                            m[a * n + b] = 0;
                        } else {
                            m[a * n + b] = 0;
                            m[b * n + a] = 0;
                        }
                    }
                }
            }
        }
        return m;
    }

    /** Tarjan's SCCs over a component's links of at least a strength, with the reach counts of the condensation. */
    private static final class Scc {

        private final int[] index;
        private final int[] low;
        private final int[] next;
        private final int[] comp;
        private final int[] stack;
        private final int[] calls;
        private final boolean[] onStack;
        /** After {@link #split}: per SCC, its weakest inner link stronger than the level (MAX_VALUE: none). */
        int[] nextLevel;

        Scc(int n) {
            index = new int[n];
            low = new int[n];
            next = new int[n];
            comp = new int[n];
            stack = new int[n];
            calls = new int[n];
            onStack = new boolean[n];
        }

        /**
         * Splits the component into the SCCs of its links of strength ≥ level, adds to each application's wins the
         * applications of the other SCCs it reaches, notes each SCC's {@link #nextLevel} and returns the SCCs (global
         * indices, numbered as {@code nextLevel}).
         */
        int[][] split(byte[] links, int n, int[] g, int level, int[] wins) {
            int k = g.length;
            Arrays.fill(index, 0, k, -1);
            Arrays.fill(onStack, 0, k, false);
            int counter = 0;
            int top = 0;
            int components = 0;
            for (int r = 0; r < k; r++) {
                if (index[r] != -1) {
                    continue;
                }
                int depth = 0;
                index[r] = counter;
                low[r] = counter++;
                next[r] = 0;
                stack[top++] = r;
                onStack[r] = true;
                calls[depth++] = r;
                while (depth > 0) {
                    int v = calls[depth - 1];
                    int row = g[v] * n;
                    int w = next[v];
                    while (w < k && (links[row + g[w]] & 0xFF) < level) {
                        w++;
                    }
                    if (w < k) {
                        next[v] = w + 1;
                        if (index[w] == -1) {
                            index[w] = counter;
                            low[w] = counter++;
                            next[w] = 0;
                            stack[top++] = w;
                            onStack[w] = true;
                            calls[depth++] = w;
                        } else if (onStack[w] && index[w] < low[v]) {
                            low[v] = index[w];
                        }
                        continue;
                    }
                    next[v] = k;
                    depth--;
                    if (depth > 0 && low[v] < low[calls[depth - 1]]) {
                        low[calls[depth - 1]] = low[v];
                    }
                    if (low[v] == index[v]) {
                        int x;
                        do {
                            x = stack[--top];
                            onStack[x] = false;
                            comp[x] = components;
                        } while (x != v);
                        components++;
                    }
                }
            }
            int[] sizes = new int[components];
            for (int v = 0; v < k; v++) {
                sizes[comp[v]]++;
            }
            int[][] parts = new int[components][];
            for (int c = 0; c < components; c++) {
                parts[c] = new int[sizes[c]];
            }
            int[] fill = new int[components];
            for (int v = 0; v < k; v++) {
                parts[comp[v]][fill[comp[v]]++] = g[v];
            }
            scan(links, n, g, level, components, sizes, wins);
            return parts;
        }

        /**
         * One pass over the component's links: each SCC's next level and, with several SCCs, the links between them.
         * Tarjan numbers SCCs in reverse topological order: every successor of SCC i has a lower number.
         */
        private void scan(byte[] links, int n, int[] g, int level, int components, int[] sizes, int[] wins) {
            int k = g.length;
            nextLevel = new int[components];
            Arrays.fill(nextLevel, Integer.MAX_VALUE);
            int words = (components + 63) >>> 6;
            long[] succ = components > 1 ? new long[components * words] : null;
            for (int v = 0; v < k; v++) {
                int row = g[v] * n;
                int cv = comp[v];
                int base = cv * words;
                int weakest = nextLevel[cv];
                for (int w = 0; w < k; w++) {
                    int strength = links[row + g[w]] & 0xFF;
                    if (strength < level) {
                        continue;
                    }
                    int cw = comp[w];
                    if (cw != cv) {
                        succ[base + (cw >>> 6)] |= 1L << cw;
                    } else if (strength > level && strength < weakest) {
                        weakest = strength;
                    }
                }
                nextLevel[cv] = weakest;
            }
            if (components == 1) {
                return;
            }
            long[] reach = new long[components * words];
            boolean unitSizes = Arrays.stream(sizes).allMatch(size -> size == 1);
            int[] reached = new int[components];
            for (int c = 0; c < components; c++) {
                int base = c * words;
                for (int word = words - 1; word >= 0; word--) {
                    long bits = succ[base + word];
                    while (bits != 0) {
                        int bit = 63 - Long.numberOfLeadingZeros(bits);
                        bits &= ~(1L << bit);
                        int d = (word << 6) + bit;
                        if ((reach[base + word] & (1L << bit)) == 0) {
                            reach[base + word] |= 1L << bit;
                            int other = d * words;
                            for (int x = 0; x < words; x++) {
                                reach[base + x] |= reach[other + x];
                            }
                        }
                    }
                }
                int count = 0;
                for (int word = 0; word < words; word++) {
                    long bits = reach[base + word];
                    if (unitSizes) {
                        count += Long.bitCount(bits);
                    } else {
                        while (bits != 0) {
                            int bit = Long.numberOfTrailingZeros(bits);
                            bits &= bits - 1;
                            count += sizes[(word << 6) + bit];
                        }
                    }
                }
                reached[c] = count;
            }
            for (int v = 0; v < k; v++) {
                wins[g[v]] += reached[comp[v]];
            }
        }
    }
}
