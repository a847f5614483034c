package org.munacademy.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.munacademy.shared.entity.BaseEntity;

/** A test assigned to a person or to everybody of a municipality (with its settlements) or region. */
@Entity
@Table(name = "assessment_assignment")
public class Assignment extends BaseEntity {

    @Column(name = "test_id", nullable = false)
    private Long testId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false)
    private AssignmentTarget target;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "municipality_id")
    private Long municipalityId;

    @Column(name = "region_id")
    private Long regionId;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "assigned_by")
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    /** Whether the "deadline in 3 days" reminder went out (claimed once by a conditional UPDATE). */
    @Column(name = "due_reminder_sent", nullable = false)
    private boolean dueReminderSent;

    protected Assignment() {
    }

    public Assignment(Long testId, AssignmentTarget target, Long targetId, LocalDate dueDate, String assignedBy,
            Instant assignedAt) {
        this.testId = testId;
        this.target = target;
        switch (target) {
            case PERSON -> personId = targetId;
            case MUNICIPALITY -> municipalityId = targetId;
            case REGION -> regionId = targetId;
        }
        this.dueDate = dueDate;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    public Long getTestId() {
        return testId;
    }

    public AssignmentTarget getTarget() {
        return target;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public Long getRegionId() {
        return regionId;
    }

    public Long targetId() {
        return switch (target) {
            case PERSON -> personId;
            case MUNICIPALITY -> municipalityId;
            case REGION -> regionId;
        };
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public boolean isDueReminderSent() {
        return dueReminderSent;
    }

}
