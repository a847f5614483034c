package org.munacademy.assessment.entity;

import org.munacademy.shared.entity.BusinessException;

/**
 * A result was asked for an attempt still in progress: there is none yet; the result page sends the taker back to
 * the attempt.
 */
public class AttemptNotFinishedException extends BusinessException {

    public AttemptNotFinishedException() {
        super(AssessmentError.ATTEMPT_NOT_FINISHED);
    }
}
