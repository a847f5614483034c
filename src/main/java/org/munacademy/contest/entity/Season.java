package org.munacademy.contest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.munacademy.shared.entity.BaseEntity;

/** A season of the contest «Муниципальный лидер» (e.g. 2026): its nominations, the window for applications. */
@Entity
@Table(name = "contest_season")
public class Season extends BaseEntity {
    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "season_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SeasonStatus status;

    @Column(name = "applications_from", nullable = false)
    private LocalDate applicationsFrom;

    @Column(name = "applications_until", nullable = false)
    private LocalDate applicationsUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Season() {
    }

    public Season(String code, String title, int year, SeasonStatus status, LocalDate applicationsFrom,
            LocalDate applicationsUntil, Instant createdAt) {
        this.code = code;
        this.title = title;
        this.year = year;
        this.status = status;
        this.applicationsFrom = applicationsFrom;
        this.applicationsUntil = applicationsUntil;
        this.createdAt = createdAt;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public SeasonStatus getStatus() {
        return status;
    }

    public void setStatus(SeasonStatus status) {
        this.status = status;
    }

    public LocalDate getApplicationsFrom() {
        return applicationsFrom;
    }

    public void setApplicationsFrom(LocalDate applicationsFrom) {
        this.applicationsFrom = applicationsFrom;
    }

    public LocalDate getApplicationsUntil() {
        return applicationsUntil;
    }

    public void setApplicationsUntil(LocalDate applicationsUntil) {
        this.applicationsUntil = applicationsUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
