package org.munacademy.competency.control;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.munacademy.competency.entity.CurrentLevel;
import org.munacademy.competency.entity.EvidenceItem;
import org.munacademy.competency.entity.LevelRule;

/**
 * A person's current levels kept as one short text, with the days they hold for: what lets a shortlist rank every
 * employee of a region from one row per person instead of from all their evidence. The levels are those
 * {@link LevelRules#currentLevels} gives (a level per competency with usable evidence; self-assessments never count)
 * and they stay the same from the day computed until {@link #validUntil} (exclusive): the first day on which a piece
 * of evidence becomes usable (dated in the future), expires, or — under HIGHEST_IN_WINDOW — leaves the window. Under
 * DECAYING_AVERAGE every day may round differently, so a snapshot holds for its own day only. The dates are never
 * later than a real change (a day early only costs a recomputation), which {@code LevelSnapshotsTest} checks day by
 * day against the rules on random evidence.
 */
public final class LevelSnapshots {

    /** The longest encoded text stored; a person with more levels than that fits is computed from evidence. */
    public static final int MAX_TEXT = 2000;

    private LevelSnapshots() {
    }

    /** The rule as a key: a snapshot computed under another rule (the configuration changed) is not used. */
    public static String ruleKey(String standardCode, LevelRule rule) {
        return standardCode + "|" + rule.kind() + "|" + rule.windowMonths() + "|" + rule.halfLifeMonths();
    }

    /** The integer current levels in the evidence as of {@code today}, by competency code (sorted). */
    public static Map<String, Integer> levels(List<EvidenceItem> evidence, LevelRule rule, LocalDate today) {
        Map<String, Integer> out = new TreeMap<>();
        for (CurrentLevel c : LevelRules.currentLevels(evidence, rule, today).values()) {
            if (c.level() != null) {
                out.put(c.competencyCode(), c.level());
            }
        }
        return out;
    }

    /**
     * The first day after {@code today} on which the levels the evidence gives may differ from today's, or null if
     * nothing in the evidence will ever change them.
     */
    public static LocalDate validUntil(List<EvidenceItem> evidence, LevelRule rule, LocalDate today) {
        if (rule.kind() == LevelRule.Kind.DECAYING_AVERAGE) {
            return today.plusDays(1);
        }
        LocalDate first = null;
        for (EvidenceItem e : evidence) {
            if (e.source() != null && !e.source().countsAsLevel()) {
                continue;
            }
            if (e.observedOn().isAfter(today)) {
                first = earlier(first, e.observedOn());
                continue;
            }
            if (e.expiredOn(today)) {
                continue;
            }
            if (e.expiresOn() != null) {
                first = earlier(first, e.expiresOn().plusDays(1));
            }
            if (rule.kind() == LevelRule.Kind.HIGHEST_IN_WINDOW
                    && !e.observedOn().isBefore(today.minusMonths(rule.windowMonths()))) {
                first = earlier(first, leavesWindow(e.observedOn(), rule.windowMonths()));
            }
        }
        return first;
    }

    /** The first day d on which {@code d.minusMonths(window)} is after the day observed (month ends clamp). */
    static LocalDate leavesWindow(LocalDate observedOn, int windowMonths) {
        LocalDate d = observedOn.plusMonths(windowMonths).minusDays(3);
        while (!d.minusMonths(windowMonths).isAfter(observedOn)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * {@code DIG-01=3;LAW-02=2}, or null when it cannot be kept: a code holding '=' or ';', or a text longer than
     * {@link #MAX_TEXT} (such a person is then computed from the evidence every time).
     */
    public static String encode(Map<String, Integer> levels) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Integer> e : levels.entrySet()) {
            if (e.getKey().indexOf('=') >= 0 || e.getKey().indexOf(';') >= 0) {
                return null;
            }
            s.append(s.length() == 0 ? "" : ";").append(e.getKey()).append('=').append(e.getValue());
        }
        return s.length() > MAX_TEXT ? null : s.toString();
    }

    /** The levels {@link #encode} wrote. */
    public static Map<String, Integer> decode(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
        }
        return out;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
