package org.munacademy.assessment.entity;

import org.munacademy.shared.entity.BusinessException;

/**
 * An answer came after the attempt's deadline (plus the grace period): it is not accepted, and the taking page
 * closes the attempt.
 */
public class DeadlinePassedException extends BusinessException {

    public DeadlinePassedException() {
        super(AssessmentError.DEADLINE_PASSED);
    }
}
