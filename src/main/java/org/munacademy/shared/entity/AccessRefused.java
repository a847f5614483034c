package org.munacademy.shared.entity;

/**
 * A CDI event: a signed-in or anonymous caller was refused access ({@link AccessDeniedException} became a response).
 * Fired centrally where refusals turn into answers (the REST problem mapper, the UI error handler) and observed by
 * the identity context, which writes the {@code ACCESS_DENIED} audit entry with the caller's user name.
 *
 * @param what  what was refused (the refusal's message)
 * @param where the view or path refused, or {@code null} for the current HTTP request's method and path
 */
public record AccessRefused(String what, String where) {
}
