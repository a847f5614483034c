package org.munacademy.learning.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.munacademy.learning.entity.ClosedGap;
import org.munacademy.learning.entity.CohortRow;
import org.munacademy.learning.entity.CompetencyTarget;
import org.munacademy.learning.entity.Recommendation;

/**
 * Which programmes close a person's gaps, and how much. For each competency of the person's required profile a
 * programme develops, the gap it closes is {@code min(programme's target, required level) − current level} when
 * positive (no level counts as 0): a programme never gets credit for teaching beyond what the position needs, nor for
 * what the person already has. The programme's score is Σ weight × levels closed over those competencies.
 * <p>
 * A programme closing nothing (score 0) is left out, and so is one the person is already in, waits for or has
 * completed. The rest are ranked: those with an open cohort first (one can enrol today — a seat or the waiting
 * list), then by score, highest first, then by code, so that equal programmes come in a stable order.
 * <p>
 * The same rule is applied to one person ({@link #recommend}) and to thousands at once ({@link Compiled}, on a scope's
 * gap table indexed by competency): the unit test holds the two to the same answers.
 */
public final class Recommender {

    /** A competency of the person's required profile: the level it requires, its weight, the current level or null. */
    public record Need(String competencyCode, int required, int weight, Integer current) {
    }

    /** A published programme as recommendations read it: what it develops and its cohorts open today. */
    public record Offer(String code, String title, int hours, List<CompetencyTarget> develops,
            List<CohortRow> openCohorts) {

        public Offer {
            develops = List.copyOf(develops);
            openCohorts = List.copyOf(openCohorts);
        }
    }

    /** Open cohorts first, then the higher score, then the programme code. */
    public static final Comparator<Recommendation> RANKING = Comparator
            .comparing((Recommendation r) -> !r.open())
            .thenComparing(Comparator.comparingInt(Recommendation::score).reversed())
            .thenComparing(Recommendation::programmeCode);

    private Recommender() {
    }

    /**
     * The programmes for one person, ranked, each with its reason.
     *
     * @param profile  the person's required profile with current levels
     * @param excluded codes of programmes the person is in, waits for or completed
     * @param closes   the reason's first word in the reader's language ("закрывает:" / "closes:")
     */
    public static List<Recommendation> recommend(List<Need> profile, List<Offer> offers, Set<String> excluded,
            String closes) {
        Map<String, Need> byCode = new HashMap<>();
        profile.forEach(n -> byCode.put(n.competencyCode(), n));
        List<Recommendation> out = new ArrayList<>();
        for (Offer o : offers) {
            if (excluded.contains(o.code())) {
                continue;
            }
            List<ClosedGap> gaps = new ArrayList<>();
            int score = 0;
            for (CompetencyTarget t : o.develops()) {
                Need n = byCode.get(t.competencyCode());
                if (n == null || n.required() <= 0 || t.targetLevel() == null) {
                    continue;
                }
                ClosedGap g = closed(t.competencyCode(), t.targetLevel(), n.required(), n.current());
                if (g != null) {
                    gaps.add(g);
                    score += n.weight() * g.levels();
                }
            }
            if (score > 0) {
                out.add(recommendation(o, score, gaps, closes));
            }
        }
        out.sort(RANKING);
        return out;
    }

    /** The gap a programme target closes against a requirement, or null when it closes none. */
    static ClosedGap closed(String code, int target, int required, Integer current) {
        int to = Math.min(target, required);
        int from = current == null ? 0 : current;
        return to > from ? new ClosedGap(code, current, to) : null;
    }

    /** The recommendation of an offer with its score and gaps (the reason lists them by competency code). */
    public static Recommendation recommendation(Offer o, int score, List<ClosedGap> gaps, String closes) {
        List<ClosedGap> sorted = gaps.stream().sorted(Comparator.comparing(ClosedGap::competencyCode)).toList();
        return new Recommendation(o.code(), o.title(), o.hours(), score, reason(closes, sorted), sorted,
                o.openCohorts());
    }

    /** "закрывает: BUD-01 1 → 3, LAW-02 2 → 3". */
    public static String reason(String closes, List<ClosedGap> gaps) {
        StringBuilder s = new StringBuilder(closes);
        for (int i = 0; i < gaps.size(); i++) {
            s.append(i == 0 ? " " : ", ").append(gaps.get(i).text());
        }
        return s.toString();
    }

    /** Compiles the offers against a competency index (codes it does not know are left out), for many people. */
    public static Compiled compile(List<Offer> offers, ToIntFunction<String> indexOf) {
        return new Compiled(offers, indexOf);
    }

    /**
     * Offers as index arrays, scored against profiles and current levels held as arrays indexed the same way
     * (target and weight 0 where not required; current −1 where there is no level). Allocation-free scoring: 10,000
     * persons × 200 programmes take milliseconds.
     */
    public static final class Compiled {

        private final List<Offer> offers;
        private final int[][] competency;
        private final int[][] target;
        private final List<List<String>> codes = new ArrayList<>();

        private Compiled(List<Offer> offers, ToIntFunction<String> indexOf) {
            this.offers = List.copyOf(offers);
            competency = new int[offers.size()][];
            target = new int[offers.size()][];
            for (int o = 0; o < offers.size(); o++) {
                List<Integer> idx = new ArrayList<>();
                List<Integer> lvl = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (CompetencyTarget t : offers.get(o).develops()) {
                    int i = indexOf.applyAsInt(t.competencyCode());
                    if (i >= 0 && t.targetLevel() != null) {
                        idx.add(i);
                        lvl.add(t.targetLevel());
                        names.add(t.competencyCode());
                    }
                }
                competency[o] = idx.stream().mapToInt(Integer::intValue).toArray();
                target[o] = lvl.stream().mapToInt(Integer::intValue).toArray();
                codes.add(names);
            }
        }

        public List<Offer> offers() {
            return offers;
        }

        /** The offer's position, or −1. */
        public int indexOf(String programmeCode) {
            for (int o = 0; o < offers.size(); o++) {
                if (offers.get(o).code().equals(programmeCode)) {
                    return o;
                }
            }
            return -1;
        }

        /** Σ weight × levels closed of offer {@code o} for a person. */
        public int score(int o, int[] required, int[] weight, byte[] current) {
            int[] cs = competency[o];
            int[] ts = target[o];
            int score = 0;
            for (int k = 0; k < cs.length; k++) {
                int c = cs[k];
                int req = required[c];
                if (req > 0) {
                    int closed = Math.min(ts[k], req) - Math.max(0, current[c]);
                    if (closed > 0) {
                        score += weight[c] * closed;
                    }
                }
            }
            return score;
        }

        /** The gaps offer {@code o} closes for a person. */
        public List<ClosedGap> closes(int o, int[] required, byte[] current) {
            List<ClosedGap> out = new ArrayList<>();
            int[] cs = competency[o];
            for (int k = 0; k < cs.length; k++) {
                int c = cs[k];
                if (required[c] > 0) {
                    ClosedGap g = closed(codes.get(o).get(k), target[o][k], required[c],
                            current[c] < 0 ? null : (int) current[c]);
                    if (g != null) {
                        out.add(g);
                    }
                }
            }
            return out;
        }
    }
}
