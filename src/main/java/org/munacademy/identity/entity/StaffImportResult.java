package org.munacademy.identity.entity;

import java.util.List;
import java.util.Map;
import org.munacademy.shared.entity.ImportPreview;

/**
 * What a staff-list import did or would do.
 *
 * @param header   the file's column names, as written
 * @param mapping  which column each field was read from (guessed from the header unless the caller gave one)
 * @param preview  every row: created, updated (with what changes) or unchanged
 * @param stored   false for a dry run (nothing was stored), true when the changes were stored
 * @param accounts the accounts created (or, in a dry run, to be created) for people of the list without one, and
 *                 the people left without an account for want of an e-mail address; empty unless asked for
 */
public record StaffImportResult(List<String> header, Map<StaffField, String> mapping, ImportPreview preview,
        boolean stored, List<StaffAccount> accounts) {

    public long created() {
        return preview.count(ImportPreview.Kind.CREATE);
    }

    public long updated() {
        return preview.count(ImportPreview.Kind.UPDATE);
    }

    public long unchanged() {
        return preview.count(ImportPreview.Kind.UNCHANGED);
    }
}
