package org.munacademy.competency.entity;

/**
 * One difference between two versions of a standard (see {@code FrameworkDiff}), as the comparison view and the
 * API show it.
 *
 * @param element "level", "area", "competency" or "indicators"
 * @param code    the level number, the area or competency code
 * @param field   the field that changed ("name", "descriptor", "description", "kind", "area", "level 2" for
 *                indicators); null for an added or removed element
 * @param before  the old value (the name of a removed element; indicators one per line), null when added
 * @param after   the new value (the name of an added element), null when removed
 */
public record FrameworkChange(Kind kind, String element, String code, String field, String before, String after) {

    /** How an element differs. */
    public enum Kind { ADDED, REMOVED, CHANGED }
}
