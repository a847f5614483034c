package org.munacademy.competency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.munacademy.shared.entity.BaseEntity;

/**
 * A competency standard (e.g. the national standard of professional competencies of municipal officials): its
 * code, title and the source it rests on. Its content lives in versions.
 */
@Entity
@Table(name = "competency_standard")
public class CompetencyStandard extends BaseEntity {

    @NotBlank
    @Size(max = 40)
    @Column(nullable = false)
    private String code;

    @NotBlank
    @Size(max = 500)
    @Column(nullable = false)
    private String title;

    @Size(max = 500)
    @Column(name = "source_ref")
    private String sourceRef;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CompetencyStandard() {
    }

    public CompetencyStandard(String code, String title, String sourceRef, Instant createdAt) {
        this.code = code;
        this.title = title;
        this.sourceRef = sourceRef;
        this.createdAt = createdAt;
    }

    public void describe(String title, String sourceRef) {
        this.title = title;
        this.sourceRef = sourceRef;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getSourceRef() {
        return sourceRef;
    }
}
