package org.munacademy.assessment.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a methodologist sets on a test. A class rather than a record: Payara's OpenAPI generator fails on
 * constraint annotations of record components.
 */
public class TestSettings {

    @NotBlank(message = "{test.title.required}")
    @Size(max = 300, message = "{test.title.size}")
    private String title;

    @Size(max = 2000, message = "{test.description.size}")
    private String description;

    private String positionGroupCode;

    @Min(value = 10, message = "{test.timeLimit.range}")
    @Max(value = 6 * 3600, message = "{test.timeLimit.range}")
    private int timeLimitSeconds = 1800;

    private Instant opensAt;

    private Instant closesAt;

    @Min(value = 1, message = "{test.attempts.range}")
    @Max(value = 20, message = "{test.attempts.range}")
    private int attemptsAllowed = 1;

    private boolean shuffleQuestions = true;

    private boolean shuffleOptions = true;

    private boolean onePerPage = true;

    @NotNull(message = "{test.review.required}")
    private ReviewPolicy review = ReviewPolicy.COMPETENCY_REPORT;

    private boolean openForSelf;

    /** «Проверять анонимно / Blind grading»: essay graders see an attempt code instead of the taker's name. */
    private boolean blindGrading;

    @NotNull
    private List<BlueprintRule> rules = new ArrayList<>();

    @NotNull
    private List<CutScore> cuts = new ArrayList<>();

    @NotNull
    private List<Accommodation> accommodations = new ArrayList<>();

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPositionGroupCode() {
        return positionGroupCode;
    }

    public void setPositionGroupCode(String positionGroupCode) {
        this.positionGroupCode = positionGroupCode;
    }

    public int getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public void setTimeLimitSeconds(int timeLimitSeconds) {
        this.timeLimitSeconds = timeLimitSeconds;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(Instant opensAt) {
        this.opensAt = opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(Instant closesAt) {
        this.closesAt = closesAt;
    }

    public int getAttemptsAllowed() {
        return attemptsAllowed;
    }

    public void setAttemptsAllowed(int attemptsAllowed) {
        this.attemptsAllowed = attemptsAllowed;
    }

    public boolean isShuffleQuestions() {
        return shuffleQuestions;
    }

    public void setShuffleQuestions(boolean shuffleQuestions) {
        this.shuffleQuestions = shuffleQuestions;
    }

    public boolean isShuffleOptions() {
        return shuffleOptions;
    }

    public void setShuffleOptions(boolean shuffleOptions) {
        this.shuffleOptions = shuffleOptions;
    }

    public boolean isOnePerPage() {
        return onePerPage;
    }

    public void setOnePerPage(boolean onePerPage) {
        this.onePerPage = onePerPage;
    }

    public ReviewPolicy getReview() {
        return review;
    }

    public void setReview(ReviewPolicy review) {
        this.review = review;
    }

    public boolean isOpenForSelf() {
        return openForSelf;
    }

    public void setOpenForSelf(boolean openForSelf) {
        this.openForSelf = openForSelf;
    }

    public boolean isBlindGrading() {
        return blindGrading;
    }

    public void setBlindGrading(boolean blindGrading) {
        this.blindGrading = blindGrading;
    }

    public List<BlueprintRule> getRules() {
        return rules;
    }

    public void setRules(List<BlueprintRule> rules) {
        this.rules = rules == null ? new ArrayList<>() : new ArrayList<>(rules);
    }

    public List<CutScore> getCuts() {
        return cuts;
    }

    public void setCuts(List<CutScore> cuts) {
        this.cuts = cuts == null ? new ArrayList<>() : new ArrayList<>(cuts);
    }

    public List<Accommodation> getAccommodations() {
        return accommodations;
    }

    public void setAccommodations(List<Accommodation> accommodations) {
        this.accommodations = accommodations == null ? new ArrayList<>() : new ArrayList<>(accommodations);
    }
}
