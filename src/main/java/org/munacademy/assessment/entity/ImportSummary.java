package org.munacademy.assessment.entity;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.List;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;

/**
 * What an import did, or with {@code dryRun} what it would do (nothing stored): new questions, questions given a
 * new revision (or an unused draft rewritten), questions already identical; {@code renamed} counts new questions
 * whose code in the file was taken and replaced by a fresh one. {@code items} says it per item of the file.
 * {@code categories} are the categories the file's items name (without a competency of their own), for the user to
 * map to competencies. {@code refused} lists, in a partial import ({@link ImportOptions#partial}), the problems of
 * the items left out, each at its place in the file (REST writes them translated, see the resource).
 */
public record ImportSummary(int created, int revised, int unchanged, int renamed, ImportMode mode, boolean dryRun,
        List<ImportChange> items, List<String> categories, @JsonbTransient List<ImportError> refused) {

    public ImportSummary {
        items = items == null ? List.of() : List.copyOf(items);
        categories = categories == null ? List.of() : List.copyOf(categories);
        refused = refused == null ? List.of() : List.copyOf(refused);
    }

    public ImportSummary(int created, int revised, int unchanged, int renamed, ImportMode mode, boolean dryRun,
            List<ImportChange> items) {
        this(created, revised, unchanged, renamed, mode, dryRun, items, List.of(), List.of());
    }

    /** How many items of the file were left out (a partial import), counted by place. */
    public long refusedItems() {
        return refused.stream().map(e -> e.location().field()).distinct().count();
    }
}
