package org.munacademy.assessment.entity;

import java.util.List;

/**
 * What an import did, or with {@code dryRun} what it would do (nothing stored): new questions, questions given a
 * new revision (or an unused draft rewritten), questions already identical; {@code renamed} counts new questions
 * whose code in the file was taken and replaced by a fresh one. {@code items} says it per item of the file.
 */
public record ImportSummary(int created, int revised, int unchanged, int renamed, ImportMode mode, boolean dryRun,
        List<ImportChange> items) {

    public ImportSummary {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
