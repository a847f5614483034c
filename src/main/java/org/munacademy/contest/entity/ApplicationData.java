package org.munacademy.contest.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.munacademy.shared.entity.FieldLimits;

/**
 * What a candidate submits: the nomination (season and code), the questionnaire's answers (field code → text; a file
 * field holds the file store's id), consent to personal data processing, and for a team its name and the members'
 * person codes (the applicant included), each of whom consents when they confirm.
 * <p>
 * A class, not a record: Payara's OpenAPI generator fails on constraint annotations of record components.
 */
public class ApplicationData {

    @NotBlank
    @Size(max = FieldLimits.CONTEST_CODE)
    private String season;

    @NotBlank
    @Size(max = FieldLimits.CONTEST_CODE)
    private String nomination;

    private Map<String, String> answers;

    private boolean consent;

    @Size(max = FieldLimits.CONTEST_TITLE)
    private String teamName;

    @Size(max = 5)
    private List<String> members;

    public ApplicationData() {
    }

    public ApplicationData(String season, String nomination, Map<String, String> answers, boolean consent,
            String teamName, List<String> members) {
        this.season = season;
        this.nomination = nomination;
        this.answers = answers;
        this.consent = consent;
        this.teamName = teamName;
        this.members = members;
    }

    public String getSeason() {
        return season;
    }

    public void setSeason(String season) {
        this.season = season;
    }

    /** The season (record-style accessor). */
    public String season() {
        return season;
    }

    public String getNomination() {
        return nomination;
    }

    public void setNomination(String nomination) {
        this.nomination = nomination;
    }

    /** The nomination (record-style accessor). */
    public String nomination() {
        return nomination;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, String> answers) {
        this.answers = answers;
    }

    /** The answers (record-style accessor). */
    public Map<String, String> answers() {
        return answers;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    /** The consent (record-style accessor). */
    public boolean consent() {
        return consent;
    }

    public String getTeamName() {
        return teamName;
    }

    public void setTeamName(String teamName) {
        this.teamName = teamName;
    }

    /** The teamName (record-style accessor). */
    public String teamName() {
        return teamName;
    }

    public List<String> getMembers() {
        return members;
    }

    public void setMembers(List<String> members) {
        this.members = members;
    }

    /** The members (record-style accessor). */
    public List<String> members() {
        return members;
    }
}
