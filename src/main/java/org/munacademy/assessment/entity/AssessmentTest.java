package org.munacademy.assessment.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.munacademy.shared.entity.BaseEntity;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.InvalidInputException;

/**
 * A test: its blueprint (items per competency and level drawn at random for each attempt), shuffling, time limit,
 * availability window, attempts allowed, cut scores, review policy and accommodations.
 */
@Entity
@Table(name = "assessment_test")
public class AssessmentTest extends BaseEntity {

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(name = "standard_code", nullable = false)
    private String standardCode;

    @Column(name = "position_group_code")
    private String positionGroupCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TestStatus status;

    @Column(name = "time_limit_seconds", nullable = false)
    private int timeLimitSeconds;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "attempts_allowed", nullable = false)
    private int attemptsAllowed;

    @Column(name = "shuffle_questions", nullable = false)
    private boolean shuffleQuestions;

    @Column(name = "shuffle_options", nullable = false)
    private boolean shuffleOptions;

    @Column(name = "one_per_page", nullable = false)
    private boolean onePerPage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewPolicy review;

    @Column(name = "open_for_self", nullable = false)
    private boolean openForSelf;

    /** «Проверять анонимно»: essay graders see an attempt code, never the taker's name. */
    @Column(name = "blind_grading", nullable = false)
    private boolean blindGrading;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_blueprint_rule", joinColumns = @JoinColumn(name = "test_id"))
    @OrderColumn(name = "sort_order")
    private List<RuleRow> rules = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_cut_score", joinColumns = @JoinColumn(name = "test_id"))
    private List<CutRow> cuts = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_accommodation", joinColumns = @JoinColumn(name = "test_id"))
    private List<AccommodationRow> accommodations = new ArrayList<>();

    protected AssessmentTest() {
    }

    public AssessmentTest(String code, String standardCode, String createdBy, Instant createdAt) {
        this.code = code;
        this.standardCode = standardCode;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = TestStatus.DRAFT;
    }

    /** Applies the settings a methodologist edits (validated by the boundary). */
    public void apply(TestSettings s) {
        this.title = s.getTitle().trim();
        this.description = s.getDescription() == null || s.getDescription().isBlank() ? null
                : s.getDescription().trim();
        this.positionGroupCode = s.getPositionGroupCode() == null || s.getPositionGroupCode().isBlank() ? null
                : s.getPositionGroupCode();
        this.timeLimitSeconds = s.getTimeLimitSeconds();
        this.opensAt = s.getOpensAt();
        this.closesAt = s.getClosesAt();
        this.attemptsAllowed = s.getAttemptsAllowed();
        this.shuffleQuestions = s.isShuffleQuestions();
        this.shuffleOptions = s.isShuffleOptions();
        this.onePerPage = s.isOnePerPage();
        this.review = s.getReview();
        this.openForSelf = s.isOpenForSelf();
        this.blindGrading = s.isBlindGrading();
        this.rules.clear();
        s.getRules().forEach(r -> rules.add(new RuleRow(r.competencyCode(), r.level(), r.count())));
        this.cuts.clear();
        s.getCuts().forEach(c -> cuts.add(new CutRow(c)));
        this.accommodations.clear();
        s.getAccommodations().forEach(a -> accommodations.add(new AccommodationRow(a.personId(), a.extraMinutes())));
    }

    /**
     * Opens the test to takers. Only a draft is published, and only with a blueprint the bank can serve: at least
     * one rule, and no rule short of active questions ({@code shortfalls}, worked out by the boundary from the bank).
     * A published test is closed by {@link #archive}, never drafted again: attempts refer to it.
     */
    public void publish(List<Shortfall> shortfalls) {
        if (status != TestStatus.DRAFT) {
            throw new BusinessException(AssessmentError.TEST_NOT_DRAFT, code);
        }
        if (rules.isEmpty()) {
            throw new InvalidInputException("rules", AssessmentError.NO_RULES);
        }
        if (!shortfalls.isEmpty()) {
            throw new InvalidInputException(shortfalls.stream().map(Shortfall::violation).toList());
        }
        this.status = TestStatus.PUBLISHED;
    }

    /** Closes a published test to new attempts; attempts in progress may finish. */
    public void archive() {
        if (status != TestStatus.PUBLISHED) {
            throw new BusinessException(AssessmentError.TEST_NOT_PUBLISHED, code);
        }
        this.status = TestStatus.ARCHIVED;
    }

    /** Whether people may be assigned to the test and start it (published, not a draft or archived). */
    public boolean isPublished() {
        return status == TestStatus.PUBLISHED;
    }

    /** The extra minutes a person gets, 0 without an accommodation. */
    public int extraMinutesFor(long personId) {
        return accommodations.stream().filter(a -> a.getPersonId() == personId)
                .mapToInt(AccommodationRow::getExtraMinutes).sum();
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getStandardCode() {
        return standardCode;
    }

    public String getPositionGroupCode() {
        return positionGroupCode;
    }

    public TestStatus getStatus() {
        return status;
    }

    public int getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public int getAttemptsAllowed() {
        return attemptsAllowed;
    }

    public boolean isShuffleQuestions() {
        return shuffleQuestions;
    }

    public boolean isShuffleOptions() {
        return shuffleOptions;
    }

    public boolean isOnePerPage() {
        return onePerPage;
    }

    public ReviewPolicy getReview() {
        return review;
    }

    public boolean isOpenForSelf() {
        return openForSelf;
    }

    public boolean isBlindGrading() {
        return blindGrading;
    }

    public List<RuleRow> getRules() {
        return rules;
    }

    public List<CutScore> cutScores() {
        return cuts.stream().map(CutRow::toCut).toList();
    }

    public List<AccommodationRow> getAccommodations() {
        return accommodations;
    }
}
