package org.munacademy.shared.entity;

import java.util.List;

/**
 * What an import would do, shown before it is confirmed (a dry run): every item with whether it would be created,
 * updated (and what changes) or left unchanged. Nothing is stored while a preview is made.
 *
 * @param changes every item of the file, in file order (then any item the import removes)
 */
public record ImportPreview(List<Change> changes) {

    public ImportPreview {
        changes = List.copyOf(changes);
    }

    /** What would happen to one item (REMOVE: an item stored now that the file no longer has). */
    public enum Kind {
        CREATE, UPDATE, UNCHANGED, REMOVE
    }

    /**
     * One item of the file.
     *
     * @param kind     created, updated or unchanged
     * @param location where it is in the file ("строка 5", a QTI item id)
     * @param item     what it is (a person's name, a question's code)
     * @param detail   for an update, what changes ("Должность: Специалист → Главный специалист"); may be empty
     */
    public record Change(Kind kind, String location, String item, String detail) {
    }

    /** How many items are of a kind. */
    public long count(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }
}
