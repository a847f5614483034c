package org.munacademy.competency.entity;

import java.util.List;
import java.util.Map;

/**
 * Gaps of many people at once, for HR: one row per person (or per municipality), one column per competency of
 * the standard. A cell is a person's gap (or, per municipality, the share of people who meet the target).
 */
public record HeatMap(Mode mode, String standardCode, List<Column> columns, List<Row> rows, boolean truncated) {

    /** Rows are people or municipalities. */
    public enum Mode { PEOPLE, MUNICIPALITIES }

    /** A competency column. */
    public record Column(String code, String name, String areaCode) {
    }

    /** A row with its cells by competency code (a competency the row's profile does not require has no cell). */
    public record Row(Long id, String label, String municipality, Double fit, Map<String, Cell> cells) {
    }

    /**
     * A cell: the status (worst status in a municipality), the current and target level (people) or the share
     * meeting the target and the number of people (municipalities). {@code selfAssessed} is a person's own rating,
     * shown apart and never counted in the status (null for municipalities).
     */
    public record Cell(Gap.Status status, Integer current, Integer target, Double share, Integer people,
            Integer selfAssessed) {
    }
}
