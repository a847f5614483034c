package org.munacademy.shared.boundary;

/**
 * Who may read a stored file is decided by the context that references it: each context that keeps files in the
 * {@link FileStore} provides one of these (a CDI bean in its boundary). A file is served to the current caller when
 * any of them says yes; a file no context references is served to nobody.
 */
public interface FileAccess {

    /** Whether the current caller may read the file with this SHA-256 as far as this context is concerned. */
    boolean mayRead(String sha256);
}
