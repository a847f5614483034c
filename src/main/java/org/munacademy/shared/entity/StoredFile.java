package org.munacademy.shared.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The record of one stored file: its content address (SHA-256), type, size, first name and where its bytes are
 * (chunks in the database, or a file in the configured directory). Content-addressed, so never changed once
 * written; the same bytes stored again find this row.
 */
@Entity
@Table(name = "shared_file")
public class StoredFile extends BaseEntity {

    /** Where the bytes of a file are kept. */
    public enum Storage {
        /** In {@code shared_file_chunk}, {@link #getChunkCount()} rows. */
        DATABASE,
        /** In the directory {@code ACADEMY_FILES_DIR}, under the SHA-256. */
        DIRECTORY
    }

    /** The longest name kept (the column's length); a longer one is shortened, keeping its end. */
    public static final int MAX_NAME = 255;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Storage storage;

    @Column(name = "chunk_count", nullable = false)
    private int chunkCount;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredFile() {
    }

    public StoredFile(String sha256, FileType type, long sizeBytes, String name, Storage storage, int chunkCount,
            String createdBy, Instant createdAt) {
        this.sha256 = sha256;
        this.contentType = type.mediaType();
        this.sizeBytes = sizeBytes;
        this.name = fit(name);
        this.storage = storage;
        this.chunkCount = chunkCount;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A name without path or control characters, at most {@link #MAX_NAME} characters. */
    static String fit(String raw) {
        String n = raw == null ? "" : raw.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (n.isEmpty()) {
            n = "file";
        }
        return n.length() <= MAX_NAME ? n : n.substring(n.length() - MAX_NAME);
    }

    public FileInfo info() {
        return new FileInfo(sha256, FileType.ofMediaType(contentType).orElseThrow(), sizeBytes, name);
    }

    public String getSha256() {
        return sha256;
    }

    public Storage getStorage() {
        return storage;
    }

    public int getChunkCount() {
        return chunkCount;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
