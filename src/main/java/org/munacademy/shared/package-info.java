/**
 * The shared kernel: what every bounded context stands on and nothing that belongs to one of them.
 * <ul>
 * <li>{@code entity}: the base entity (database id + optimistic-lock version), the named business exceptions with
 * their stable error codes, paging records;</li>
 * <li>{@code control}: the CSV reader and access to the seed content shipped from {@code content/};</li>
 * <li>{@code boundary}: start-up (data source from MicroProfile Config, Flyway, the {@code DatabaseReady} event
 * each context loads its content on), the JAX-RS application with its problem+json mappers and authentication
 * filter, the database readiness check, explicit input validation;</li>
 * <li>{@code ui}: the app shell and theme, the main layout, translations (Russian first, English second), the
 * global error handler and the not-found page.</li>
 * </ul>
 * The file store ({@code boundary.FileStore}) keeps binary content for every context: addressed by SHA-256, typed
 * by content, size-limited, streamed in chunks (database) or files ({@code ACADEMY_FILES_DIR}). It trusts its
 * callers; who may read a file is decided by the context that references it ({@code FileAccess}), and a text refers
 * to a file as {@code ![alt](file:<sha256>)} ({@code entity.FileRefs}), so texts stay plain text everywhere.
 * Decisions: the shared kernel depends on no context (the architecture test checks it); the main layout learns
 * the menu from the views' own {@code @Menu} and security annotations and reports sign-out as a CDI event, so it
 * needs no identity classes. Input is validated explicitly after the capability check (see
 * {@code InputValidator}): a caller who may not act gets 403, not a list of field errors.
 */
package org.munacademy.shared;
