package org.munacademy.assessment.entity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a question file is imported, whatever its format.
 *
 * @param defaultCompetency the competency of items whose category names none and is not mapped (null: none)
 * @param defaultLevel      the level of items whose file gives none (null: none)
 * @param activate          new questions (and, in an update, drafts) become active at once
 * @param mode              create (the default when null) or update
 * @param dryRun            store nothing, say what would happen
 * @param categoryMap       the competency code for each category of the file (a GIFT {@code $CATEGORY}, a QTI
 *                          item's category) whose items name no competency; never null
 * @param partial           store the items that are valid and report the others (the default, false, refuses
 *                          the whole file when one item is wrong)
 */
public record ImportOptions(String defaultCompetency, Integer defaultLevel, boolean activate, ImportMode mode,
        boolean dryRun, Map<String, String> categoryMap, boolean partial) {

    public ImportOptions {
        mode = mode == null ? ImportMode.CREATE : mode;
        categoryMap = categoryMap == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new LinkedHashMap<>(categoryMap));
    }

    /** All or nothing, no category mapped. */
    public ImportOptions(String defaultCompetency, Integer defaultLevel, boolean activate, ImportMode mode,
            boolean dryRun) {
        this(defaultCompetency, defaultLevel, activate, mode, dryRun, Map.of(), false);
    }

    /** The same options as a dry run (or not). */
    public ImportOptions dryRun(boolean dry) {
        return new ImportOptions(defaultCompetency, defaultLevel, activate, mode, dry, categoryMap, partial);
    }
}
