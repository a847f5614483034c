package org.munacademy.competency.entity;

import java.util.List;

/**
 * What importing a file as a new draft would do, nothing stored yet: the framework the file holds and how it differs
 * from the version the draft would be based on — the published version of the same standard, or nothing for a new
 * standard (or one without a published version), when every element is new.
 *
 * @param standardCode  the standard the draft would belong to
 * @param newStandard   whether the standard does not exist yet
 * @param basedOnNumber the number of the published version compared with, or null when there is none
 * @param framework     the file's content
 * @param changes       the differences from the published version (every element added when there is none)
 */
public record StandardImportPreview(String standardCode, boolean newStandard, Integer basedOnNumber,
        Framework framework, List<FrameworkChange> changes) {

    public StandardImportPreview {
        changes = List.copyOf(changes);
    }
}
