package org.munacademy.assessment.entity;

import org.munacademy.shared.entity.BusinessException;

/**
 * An answer came for an attempt that is already finished (by its taker, the timer or the overdue job); the taking
 * page shows that it is closed.
 */
public class AttemptClosedException extends BusinessException {

    public AttemptClosedException() {
        super(AssessmentError.ATTEMPT_CLOSED);
    }
}
