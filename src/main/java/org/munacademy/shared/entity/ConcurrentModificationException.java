package org.munacademy.shared.entity;

/**
 * Somebody else changed the object after the caller read it; the caller's change is refused rather than
 * overwriting theirs. Reload and apply the change again.
 */
public class ConcurrentModificationException extends BusinessException {

    public ConcurrentModificationException(ErrorCode code, Object... args) {
        super(code, args);
    }
}
