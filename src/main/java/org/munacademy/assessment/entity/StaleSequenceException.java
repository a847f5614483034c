package org.munacademy.assessment.entity;

import org.munacademy.shared.entity.BusinessException;

/**
 * An answer was sent for an attempt that changed meanwhile (another window saved or finished it): the sequence
 * number the client holds is not the attempt's. The taking page reloads the saved answers rather than overwrite them.
 */
public class StaleSequenceException extends BusinessException {

    public StaleSequenceException(long expected, long received) {
        super(AssessmentError.STALE_SEQUENCE, expected, received);
    }
}
