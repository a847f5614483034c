package org.munacademy.shared.entity;

/**
 * The caller is known but may not do this, or the data lies outside their scope (an HR officer of one
 * region asking for a person of another). Never says whether the object exists. Refusals are audited as
 * {@code ACCESS_DENIED} where they become answers (the REST problem mapper, the UI error handler).
 */
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException(ErrorCode code, Object... args) {
        super(code, args);
    }
}
