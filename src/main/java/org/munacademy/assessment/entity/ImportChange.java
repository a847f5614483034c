package org.munacademy.assessment.entity;

import java.util.List;
import org.munacademy.shared.entity.Location;

/**
 * What an import does (or, in a dry run, would do) with one item of the file.
 *
 * @param location    where the item is in the file (a GIFT line, a QTI item); JSON carries its machine form
 *                    ("line 12", "item items/q-7.xml")
 * @param code        the code of the question created or changed
 * @param fileCode    the code the file gives (differs from {@code code} when a taken code was replaced by a fresh
 *                    one in {@link ImportMode#CREATE}; null when the file gives none)
 * @param action      created, updated or unchanged
 * @param newRevision an update that adds a revision (the question is active or drawn by an attempt) rather than
 *                    rewriting an unused draft
 * @param changes     for an update, each field that changes with its old and new value
 */
public record ImportChange(Location location, String code, String fileCode, Action action, boolean newRevision,
        List<FieldChange> changes) {

    public ImportChange {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** What happens to the item. */
    public enum Action {
        CREATE, UPDATE, UNCHANGED
    }

    /**
     * One changed field of a question: {@code stem}, {@code type}, {@code competency}, {@code level},
     * {@code difficulty}, {@code options} (choices with weights, pairs, sequence, numbers) or {@code feedback}.
     */
    public record FieldChange(String field, String before, String after) {
    }
}
