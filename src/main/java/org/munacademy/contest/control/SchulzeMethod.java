package org.munacademy.contest.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * the applications into the SCCs of G_1; count for each SCC how many applications of other SCCs it reaches (sinks
 * first, each SCC's closure the union of its successors', skipping successors already covered); go on with each SCC
 * at the next level, up to the largest number of jurors of one application.
 * <p>
 * Everything is on bitsets, 64 applications to a word: the link strengths are kept as bit planes (and their
 * transposes), built 64 pairs at a time from per-juror "placed below level L" bitsets with bit-sliced counters; a
 * level's graph is a bit-sliced comparison of the planes; the SCCs are Kosaraju's two searches, where a vertex's next
 * unvisited successor is the first bit of (its row ∧ unvisited) — O(k·n/64) per level instead of O(k²). For 5,000
 * applications and five jurors that is about 16 MB and a few million word operations per level. At most 255 jurors.
 * Tests compare it with a plain Floyd–Warshall on many random tables.
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
        Links links = Links.of(t, n);
        int[] all = new int[n];
        int count = 0;
        for (int a = 0; a < n; a++) {
            if (links.scored[a]) {
                all[count++] = a;
            }
        }
        int[] wins = new int[n];
        Scc scc = new Scc(links);
        List<int[]> components = List.of(Arrays.copyOf(all, count));
        for (int level = 1; level <= links.maxStrength && !components.isEmpty(); level++) {
            List<int[]> inner = new ArrayList<>();
            for (int[] component : components) {
                if (component.length > 1) {
                    scc.split(component, level, wins, inner);
                }
            }
            components = inner;
        }
        double[] values = new double[n];
        for (int a = 0; a < n; a++) {
            values[a] = links.scored[a] ? wins[a] : Double.NaN;
        }
        return values;
    }

    /**
     * The links as bit planes: bit b of word w of row a in plane p is bit p of the strength of the link a→(64w+b)
     * (0: no link); {@code in} holds the same for the reversed links (the transpose). "Strength ≥ s" for 64 pairs at
     * once is a bit-sliced comparison over the planes.
     */
    static final class Links {

        final int n;
        final int words;
        final int bits;
        final int maxStrength;
        final boolean[] scored;
        final long[][] out;
        final long[][] in;

        private Links(int n, int bits, int maxStrength, boolean[] scored) {
            this.n = n;
            this.words = (n + 63) >>> 6;
            this.bits = bits;
            this.maxStrength = maxStrength;
            this.scored = scored;
            this.out = new long[bits][n * words];
            this.in = new long[bits][words * 64 * words];
        }

        /**
         * The links, 64 pairs at a time. For each juror, {@code below[L]} is the bitset of the applications the
         * juror placed below level L; for a row a and a word of 64 applications b, each juror of a adds one bit
         * "b below a" to a bit-sliced counter of the jurors placing a above b and one bit "b above a" to another;
         * a bit-sliced comparison of the two counters keeps the links a→b (strength: the first counter). About
         * 90 word operations per 64 pairs for five jurors; memory (sheets + jurors) · n / 8 bytes for the juror
         * bitsets, plus the planes and their transposes.
         */
        static Links of(ScoreTable t, int n) {
            int jurors = t.jurorCount();
            int words = (n + 63) >>> 6;
            long[][] below = new long[jurors][];
            int[][] levelOf = new int[jurors][];
            int[] top = new int[jurors];
            int[] jurorsOf = new int[n];
            for (int j = 0; j < jurors; j++) {
                int[] apps = Ballots.applications(t, j);
                int[] levels = Ballots.levels(t, j, apps);
                int distinct = Arrays.stream(levels).max().orElse(-1) + 1;
                levelOf[j] = new int[n];
                Arrays.fill(levelOf[j], -1);
                long[] at = new long[(distinct + 1) * words];
                for (int i = 0; i < apps.length; i++) {
                    levelOf[j][apps[i]] = levels[i];
                    at[(levels[i] + 1) * words + (apps[i] >>> 6)] |= 1L << apps[i];
                    jurorsOf[apps[i]]++;
                }
                // prefix unions: below[L] holds the applications of levels 0 … L−1
                for (int level = 1; level <= distinct; level++) {
                    for (int w = 0; w < words; w++) {
                        at[level * words + w] |= at[(level - 1) * words + w];
                    }
                }
                below[j] = at;
                top[j] = distinct;
            }
            int most = Arrays.stream(jurorsOf).max().orElse(0);
            boolean[] scored = new boolean[n];
            for (int a = 0; a < n; a++) {
                scored[a] = jurorsOf[a] > 0;
            }
            Links links = new Links(n, Math.max(1, 32 - Integer.numberOfLeadingZeros(most)), most, scored);
            int bits = links.bits;
            long[] above = new long[bits];
            long[] under = new long[bits];
            int[] mine = new int[jurors];
            for (int a = 0; a < n; a++) {
                if (!scored[a]) {
                    continue;
                }
                int count = 0;
                for (int j = 0; j < jurors; j++) {
                    if (levelOf[j][a] >= 0) {
                        mine[count++] = j;
                    }
                }
                int row = a * words;
                for (int w = 0; w < words; w++) {
                    Arrays.fill(above, 0L);
                    Arrays.fill(under, 0L);
                    for (int i = 0; i < count; i++) {
                        int j = mine[i];
                        long[] at = below[j];
                        int la = levelOf[j][a];
                        add(above, at[la * words + w]);
                        add(under, at[top[j] * words + w] & ~at[(la + 1) * words + w]);
                    }
                    long greater = 0;
                    long equal = -1L;
                    for (int p = bits - 1; p >= 0; p--) {
                        greater |= equal & above[p] & ~under[p];
                        equal &= ~(above[p] ^ under[p]);
                    }
                    for (int p = 0; p < bits; p++) {
                        links.out[p][row + w] = above[p] & greater;
                    }
                }
            }
            links.transpose();
            return links;
        }

        /** Adds a bit per lane to a bit-sliced counter. */
        private static void add(long[] counter, long ones) {
            long carry = ones;
            for (int p = 0; carry != 0 && p < counter.length; p++) {
                long next = counter[p] & carry;
                counter[p] ^= carry;
                carry = next;
            }
        }

        private void transpose() {
            long[] block = new long[64];
            for (int p = 0; p < bits; p++) {
                for (int rowBlock = 0; rowBlock < words; rowBlock++) {
                    for (int w = 0; w < words; w++) {
                        long any = 0;
                        for (int i = 0; i < 64; i++) {
                            int a = (rowBlock << 6) + i;
                            block[i] = a < n ? out[p][a * words + w] : 0L;
                            any |= block[i];
                        }
                        if (any == 0) {
                            continue;
                        }
                        transpose64(block);
                        for (int i = 0; i < 64; i++) {
                            in[p][((w << 6) + i) * words + rowBlock] = block[i];
                        }
                    }
                }
            }
        }

        /** Transposes a 64×64 bit matrix in place (bit c of a[r] is entry (r, c)). */
        static void transpose64(long[] a) {
            long m = 0x00000000FFFFFFFFL;
            for (int j = 32; j != 0; j >>= 1, m ^= m << j) {
                for (int k = 0; k < 64; k = ((k | j) + 1) & ~j) {
                    long x = ((a[k] >>> j) ^ a[k | j]) & m;
                    a[k | j] ^= x;
                    a[k] ^= x << j;
                }
            }
        }

        /** Word w of row a of the links of strength ≥ level ({@code planes}: {@link #out} or {@link #in}). */
        long atLeast(long[][] planes, int a, int w, int level) {
            int i = a * words + w;
            long greater = 0;
            long equal = -1L;
            for (int p = bits - 1; p >= 0; p--) {
                long x = planes[p][i];
                if (((level >>> p) & 1) != 0) {
                    equal &= x;
                } else {
                    greater |= equal & x;
                    equal &= ~x;
                }
            }
            return greater | equal;
        }
    }

    /**
     * Kosaraju's SCCs of a component over its links of at least a strength, on bitsets: a vertex's next unvisited
     * successor is the first bit of (its row ∧ unvisited), and a word without one stays without one, so each pass
     * costs O(k·n/64); then the applications each SCC reaches in the others, sinks first.
     */
    private static final class Scc {

        private final Links links;
        private final int words;
        private final int[] pointer;
        private final int[] stack;
        private final int[] order;
        private final int[] comp;
        private final long[] unvisited;
        private final long[] members;

        Scc(Links links) {
            this.links = links;
            this.words = links.words;
            int n = links.n;
            pointer = new int[n];
            stack = new int[n];
            order = new int[n];
            comp = new int[n];
            unvisited = new long[words];
            members = new long[words];
        }

        /**
         * Splits the component into the SCCs of its links of strength ≥ level, adds to each application's wins the
         * applications of the other SCCs it reaches, and adds the SCCs of two or more to {@code inner}.
         */
        void split(int[] g, int level, int[] wins, List<int[]> inner) {
            Arrays.fill(members, 0L);
            for (int v : g) {
                members[v >>> 6] |= 1L << v;
            }
            System.arraycopy(members, 0, unvisited, 0, words);
            int finished = 0;
            for (int r : g) {
                if ((unvisited[r >>> 6] & (1L << r)) != 0) {
                    finished = search(links.out, r, level, order, finished);
                }
            }
            System.arraycopy(members, 0, unvisited, 0, words);
            // the second pass in decreasing finishing order meets the SCCs in topological order (sources first)
            int[] found = new int[g.length];
            int[] starts = new int[g.length + 1];
            int components = 0;
            int collected = 0;
            for (int i = finished - 1; i >= 0; i--) {
                int r = order[i];
                if ((unvisited[r >>> 6] & (1L << r)) != 0) {
                    starts[components] = collected;
                    collected = search(links.in, r, level, found, collected);
                    for (int x = starts[components]; x < collected; x++) {
                        comp[found[x]] = components;
                    }
                    components++;
                }
            }
            starts[components] = collected;
            if (components > 1) {
                reach(found, starts, components, level, wins);
            }
            for (int c = 0; c < components; c++) {
                if (starts[c + 1] - starts[c] > 1) {
                    inner.add(Arrays.copyOfRange(found, starts[c], starts[c + 1]));
                }
            }
        }

        /** Depth-first search from r over unvisited members, appending vertices as they finish. */
        private int search(long[][] planes, int r, int level, int[] into, int count) {
            int depth = 0;
            unvisited[r >>> 6] &= ~(1L << r);
            pointer[r] = 0;
            stack[depth++] = r;
            while (depth > 0) {
                int v = stack[depth - 1];
                int w = pointer[v];
                long bits = 0;
                while (w < words && (bits = links.atLeast(planes, v, w, level) & unvisited[w]) == 0) {
                    w++;
                }
                pointer[v] = w;
                if (w < words) {
                    int x = (w << 6) + Long.numberOfTrailingZeros(bits);
                    unvisited[w] &= ~(1L << x);
                    pointer[x] = 0;
                    stack[depth++] = x;
                } else {
                    depth--;
                    into[count++] = v;
                }
            }
            return count;
        }

        /**
         * For each SCC, sinks first, the applications of other SCCs it reaches: the union of its direct successors'
         * closures, skipping successors already covered.
         */
        private void reach(int[] found, int[] starts, int components, int level, int[] wins) {
            long[] closures = new long[components * words];
            long[] direct = new long[words];
            long[] own = new long[words];
            for (int c = components - 1; c >= 0; c--) {
                Arrays.fill(direct, 0L);
                Arrays.fill(own, 0L);
                for (int x = starts[c]; x < starts[c + 1]; x++) {
                    int v = found[x];
                    own[v >>> 6] |= 1L << v;
                    for (int w = 0; w < words; w++) {
                        direct[w] |= links.atLeast(links.out, v, w, level);
                    }
                }
                int base = c * words;
                for (int w = 0; w < words; w++) {
                    long bits = direct[w] & members[w] & ~own[w] & ~closures[base + w];
                    while (bits != 0) {
                        int u = (w << 6) + Long.numberOfTrailingZeros(bits);
                        int other = comp[u] * words;
                        for (int x = 0; x < words; x++) {
                            closures[base + x] |= closures[other + x];
                        }
                        bits = direct[w] & members[w] & ~own[w] & ~closures[base + w];
                    }
                }
                int count = 0;
                for (int w = 0; w < words; w++) {
                    count += Long.bitCount(closures[base + w]);
                }
                for (int x = starts[c]; x < starts[c + 1]; x++) {
                    wins[found[x]] += count;
                }
                for (int w = 0; w < words; w++) {
                    closures[base + w] |= own[w];
                }
            }
        }
    }
}
