package org.munacademy.learning.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.munacademy.shared.entity.BaseEntity;

/**
 * An uploaded SCORM 1.2 package: the title of its manifest (plain text, shown only as text), the path of the SCO's
 * launch file, and every file of it by its path inside the package, each stored once in the shared file store under
 * its SHA-256. Never changed after upload: a new upload is a new package.
 */
@Entity
@Table(name = "learning_scorm_package")
public class ScormPackage extends BaseEntity {

    @Column(nullable = false)
    private String title;

    @Column(name = "launch_path", nullable = false)
    private String launchPath;

    @Column(name = "file_count", nullable = false)
    private int fileCount;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "learning_scorm_entry", joinColumns = @JoinColumn(name = "package_id"))
    @MapKeyColumn(name = "entry_path")
    @Column(name = "sha256", nullable = false)
    private Map<String, String> entries = new HashMap<>();

    protected ScormPackage() {
    }

    public ScormPackage(String title, String launchPath, Map<String, String> entries, long sizeBytes,
            String createdBy, Instant createdAt) {
        this.title = title;
        this.launchPath = launchPath;
        this.entries = new HashMap<>(entries);
        this.fileCount = entries.size();
        this.sizeBytes = sizeBytes;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The SHA-256 of the file at this path inside the package, if it has one. */
    public Optional<String> sha256Of(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    public ScormPackageRow row() {
        return new ScormPackageRow(getId(), title, launchPath, fileCount, sizeBytes);
    }

    public String getTitle() {
        return title;
    }

    public String getLaunchPath() {
        return launchPath;
    }

    public int getFileCount() {
        return fileCount;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }
}
