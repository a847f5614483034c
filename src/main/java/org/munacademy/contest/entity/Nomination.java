package org.munacademy.contest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.munacademy.shared.entity.BaseEntity;

/**
 * A nomination of a season: who may apply (kind, eligibility rules), its questionnaire (JSON list of fields) and its
 * stages.
 */
@Entity
@Table(name = "contest_nomination")
public class Nomination extends BaseEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "season_id", nullable = false, updatable = false)
    private Season season;

    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Column(name = "title", nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private NominationKind kind;

    @Column(name = "team_min")
    private Integer teamMin;

    @Column(name = "team_max")
    private Integer teamMax;

    @Column(name = "min_age")
    private Integer minAge;

    @Column(name = "max_age")
    private Integer maxAge;

    @Column(name = "min_experience")
    private Integer minExperience;

    @Column(name = "position_groups")
    private String positionGroups;

    @Column(name = "region_codes")
    private String regionCodes;

    @Column(name = "questionnaire")
    private String questionnaire;

    protected Nomination() {
    }

    public Nomination(Season season, String code, String title, NominationKind kind) {
        this.season = season;
        this.code = code;
        this.title = title;
        this.kind = kind;
    }

    public Season getSeason() {
        return season;
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

    public NominationKind getKind() {
        return kind;
    }

    public void setKind(NominationKind kind) {
        this.kind = kind;
    }

    public Integer getTeamMin() {
        return teamMin;
    }

    public void setTeamMin(Integer teamMin) {
        this.teamMin = teamMin;
    }

    public Integer getTeamMax() {
        return teamMax;
    }

    public void setTeamMax(Integer teamMax) {
        this.teamMax = teamMax;
    }

    public Integer getMinAge() {
        return minAge;
    }

    public void setMinAge(Integer minAge) {
        this.minAge = minAge;
    }

    public Integer getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(Integer maxAge) {
        this.maxAge = maxAge;
    }

    public Integer getMinExperience() {
        return minExperience;
    }

    public void setMinExperience(Integer minExperience) {
        this.minExperience = minExperience;
    }

    public String getPositionGroups() {
        return positionGroups;
    }

    public void setPositionGroups(String positionGroups) {
        this.positionGroups = positionGroups;
    }

    public String getRegionCodes() {
        return regionCodes;
    }

    public void setRegionCodes(String regionCodes) {
        this.regionCodes = regionCodes;
    }

    public String getQuestionnaire() {
        return questionnaire;
    }

    public void setQuestionnaire(String questionnaire) {
        this.questionnaire = questionnaire;
    }
}
