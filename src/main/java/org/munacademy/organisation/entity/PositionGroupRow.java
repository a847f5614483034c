package org.munacademy.organisation.entity;

import java.util.List;

/** A position group with its positions (names only). */
public record PositionGroupRow(Long id, String code, String nameRu, String nameEn, PositionGroupKind kind,
        Integer sortOrder, List<PositionRow> positions) {

    /** A position inside its group. */
    public record PositionRow(Long id, String code, String name) {
    }
}
