package org.munacademy.competency.entity;

import java.util.List;

/**
 * A person's gaps against the required profile of their position, and one overall fit figure: the weighted share
 * of the target levels attained (1.0 = every target met; a competency without usable evidence counts as 0).
 */
public record GapReport(Long personId, String personName, String positionGroupCode, String standardCode,
        int standardVersion, List<Gap> gaps, double fit) {

    public GapReport {
        gaps = List.copyOf(gaps);
    }
}
