package org.munacademy.contest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.munacademy.shared.entity.BaseEntity;

/**
 * A file an application carries in one of its questionnaire's FILE fields (a slot: «эссе», «решение кейса», «фото»):
 * one file a slot, a new upload replaces it. The bytes are in the shared file store under their SHA-256, their type
 * found from the content when uploaded; the name the applicant gave is kept here, for the applicant and the contest
 * administrator only (a juror of a blind stage sees the slot's label instead).
 */
@Entity(name = "ContestAttachment")
@Table(name = "contest_attachment")
public class Attachment extends BaseEntity {

    /** The longest file name kept (longer names are cut). */
    public static final int NAME_LENGTH = 255;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private Application application;

    @Column(name = "slot", nullable = false, updatable = false)
    private String slot;

    @Column(name = "sha256", nullable = false)
    private String sha256;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    protected Attachment() {
    }

    public Attachment(Application application, String slot) {
        this.application = application;
        this.slot = slot;
    }

    /** Points the slot at a newly uploaded file. */
    public void replace(String sha256, String fileName, String contentType, long sizeBytes, Instant uploadedAt,
            String uploadedBy) {
        this.sha256 = sha256;
        this.fileName = fileName.length() <= NAME_LENGTH ? fileName : fileName.substring(0, NAME_LENGTH);
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public Application getApplication() {
        return application;
    }

    public String getSlot() {
        return slot;
    }

    public String getSha256() {
        return sha256;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
