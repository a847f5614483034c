package org.munacademy.assessment.entity;

import java.util.List;

/**
 * Classical statistics of one item: {@code n} attempts contained it, {@code facility} is its mean score there,
 * {@code discrimination} the corrected point-biserial correlation (null when it cannot be computed), and
 * {@code flags} the warnings for methodologists (empty when fine or when {@code n} is too small to judge).
 */
public record ItemStat(long itemId, int n, double facility, Double discrimination, List<ItemFlag> flags) {

    public ItemStat {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }
}
