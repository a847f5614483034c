package org.munacademy.shared.entity;

/**
 * The object asked for does not exist (or was removed meanwhile). In the UI it opens the one "not found" page,
 * which does not say whether the object or the view is missing.
 */
public class NotFoundException extends BusinessException {

    public NotFoundException(ErrorCode code, Object... args) {
        super(code, args);
    }
}
