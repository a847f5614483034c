package org.munacademy.shared.entity;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What an import would do, shown before it is confirmed (a dry run): every item with whether it would be created,
 * updated (and what changes) or left unchanged. Nothing is stored while a preview is made. Everything a user reads
 * is {@link Translatable} (places, field names, notes), so the preview reads in the viewer's language; the values
 * themselves (names, dates, codes) are the file's and the database's.
 *
 * @param changes every item of the file, in file order (then any item the import removes)
 */
public record ImportPreview(List<Change> changes) {

    /**
     * The UI bundle key of one changed field: {@code {0}} its name, {@code {1}} before, {@code {2}} after (with
     * {@code .added} and {@code .removed} for a value that was or becomes empty). A preview is read in the UI only;
     * API clients get its parts.
     */
    static final String DIFFERENCE_KEY = "kit.preview.difference";

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
     * @param kind        created, updated or unchanged
     * @param location    where it is in the file (a row, a line, a QTI item); JSON carries its machine form
     * @param item        what it is (a person's name, a question's code)
     * @param differences for an update, each field that changes; empty otherwise
     * @param note        a remark on the whole change (e.g. "adds a revision"), or null
     */
    public record Change(Kind kind, Location location, String item, List<Difference> differences,
            Translatable note) {

        public Change {
            differences = differences == null ? List.of() : List.copyOf(differences);
        }

        public Change(Kind kind, Location location, String item) {
            this(kind, location, item, List.of(), null);
        }

        /** What changes, in the language {@code texts} speaks: "Должность: Специалист → Главный специалист; …". */
        public String detail(Texts texts) {
            String fields = differences.stream().map(d -> d.text(texts)).collect(Collectors.joining("; "));
            return note == null ? fields : (fields + " " + note.text(texts)).strip();
        }
    }

    /**
     * One changed field.
     *
     * @param field  the field's name as a text of the bundles
     * @param before its value before ("" or null when it had none)
     * @param after  its value after
     */
    public record Difference(Translatable field, String before, String after) implements Translatable {

        @Override
        public String text(Texts texts) {
            boolean was = before != null && !before.isEmpty();
            boolean is = after != null && !after.isEmpty();
            String key = was == is ? DIFFERENCE_KEY : was ? DIFFERENCE_KEY + ".removed" : DIFFERENCE_KEY + ".added";
            return texts.render(key, field, was ? before : "", is ? after : "");
        }
    }

    /** How many items are of a kind. */
    public long count(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }
}
