package org.munacademy.shared.entity;

/**
 * The caller is known but may not do this, or the data lies outside their scope (an HR officer of one
 * region asking for a person of another). Never says whether the object exists.
 */
public class AccessDeniedException extends BusinessException {
    public AccessDeniedException(String message) {
        super("ACCESS_DENIED", 403, message);
    }
}
