package org.munacademy.shared.entity;

/**
 * A stored file as its readers see it: the SHA-256 of its bytes (lower-case hex, its identity), its type as found
 * by content, its size and the name it was first stored under (for Content-Disposition and downloads).
 */
public record FileInfo(String sha256, FileType type, long size, String name) {

    /** The name with the type's extension, for a download. */
    public String downloadName() {
        String base = name == null || name.isBlank() ? sha256.substring(0, 12) : name;
        return base.toLowerCase(java.util.Locale.ROOT).endsWith("." + type.extension()) ? base
                : base + "." + type.extension();
    }
}
