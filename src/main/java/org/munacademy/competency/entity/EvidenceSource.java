package org.munacademy.competency.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a piece of evidence of a person's competency level comes from, and what follows from that: who may write
 * it and whether it counts as the person's level.
 */
public enum EvidenceSource {
    /** A formal assessment or test; written by the assessment context when a result is computed. */
    ASSESSMENT(true),
    /** A completed course; written by the learning context. */
    COURSE(true),
    /** A contest jury's score; written by the contest context. */
    CONTEST_JURY(true),
    /** A rating by the line manager, recorded by an HR officer (or administrator) about somebody else. */
    MANAGER(false),
    /** The person's own view of themselves: shown beside the assessed level, never counted as it. */
    SELF_ASSESSMENT(false);

    private final boolean systemOnly;

    EvidenceSource(boolean systemOnly) {
        this.systemOnly = systemOnly;
    }

    /**
     * Whether only the system writes this source (another context's boundary, from a result it computed itself),
     * never a person through the API or a form: a typed-in "assessment" would be evidence nobody assessed.
     */
    public boolean systemOnly() {
        return systemOnly;
    }

    /** Whether the source counts towards the current level (and so towards meeting a requirement). */
    public boolean countsAsLevel() {
        return this != SELF_ASSESSMENT;
    }

    /** The sources a person may record through the API or a form. */
    public static Set<EvidenceSource> recordable() {
        Set<EvidenceSource> out = EnumSet.noneOf(EvidenceSource.class);
        for (EvidenceSource s : values()) {
            if (!s.systemOnly) {
                out.add(s);
            }
        }
        return out;
    }
}
