package org.munacademy.competency.entity;

import org.munacademy.shared.entity.BusinessException;

/**
 * Somebody tried to record evidence of their own competency other than a self-assessment: an HR officer whose
 * own person lies in their scope, or an administrator, rating themselves. Evidence about a person comes from
 * somebody else (or from the system); a person's own view is a self-assessment, which never counts as a level.
 */
public class OwnEvidenceException extends BusinessException {

    public OwnEvidenceException() {
        super(CompetencyError.OWN_EVIDENCE);
    }
}
