package org.munacademy.shared.entity;

/** The object asked for does not exist (or was removed meanwhile). */
public class NotFoundException extends BusinessException {
    public NotFoundException(String message) {
        super("NOT_FOUND", 404, message);
    }
}
